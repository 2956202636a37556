import { describe, expect, it } from 'vitest';
import { abbreviationFirst, excerptParts, mergeResults, queryVariants, readSearchState, writeSearchState } from '../../src/lib/search.ts';
import { isSearchShortcut } from '../../src/lib/search-shortcut.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('search address', () => {
  it('reads and writes the query and filters, ignoring the rest', () => {
    const state = readSearchState('?q=%20cpc%20exam%20&kind=Guide&topic=&utm=x');
    expect(state).toEqual({ query: 'cpc exam', filters: { kind: 'Guide' } });
    expect(writeSearchState(state)).toBe('?q=cpc+exam&kind=Guide');
    expect(writeSearchState({ query: '  ', filters: {} })).toBe('');
    expect(readSearchState(writeSearchState({ query: 'a&b=c', filters: { audience: 'career changers' } }))).toEqual({
      query: 'a&b=c',
      filters: { audience: 'career changers' },
    });
  });
});

describe('search shortcut', () => {
  it('opens on "/" outside text fields and on Ctrl/Cmd+K anywhere', () => {
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('/'), true)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key('k'), false)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
  });
});

describe('excerptParts', () => {
  it('keeps highlights as data and never passes markup through', () => {
    expect(excerptParts('the <mark>CPC</mark> exam &amp; <b>books</b> &lt;script&gt;')).toEqual([
      { text: 'the ', mark: false },
      { text: 'CPC', mark: true },
      { text: ' exam & books <script>', mark: false },
    ]);
  });
});

describe('queryVariants', () => {
  it('drops filler words, then uses each synonym group\'s own word', () => {
    expect(queryVariants('how much do coders make')).toEqual(['much coders make', 'much coders salary', 'coders make']);
    expect(queryVariants('wage')).toEqual(['salary']);
    expect(queryVariants('continuing education')).toEqual(['ceu education', 'education', 'continuing']);
  });
  it('offers nothing new for a query already in its simplest words', () => {
    expect(queryVariants('salary')).toEqual([]);
    expect(queryVariants('  ')).toEqual([]);
  });
  it('keeps a query made only of filler words', () => {
    expect(queryVariants('how to')).toEqual(['to', 'how']);
  });
});

describe('mergeResults', () => {
  it('lists each page once with its best score, a variant counting a little less', () => {
    const merged = mergeResults([
      [
        { id: 'a', score: 2 },
        { id: 'b', score: 1 },
      ],
      [
        { id: 'b', score: 5 },
        { id: 'c', score: 1 },
      ],
    ]);
    expect(merged.map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('abbreviationFirst', () => {
  const r = (abbr?: string) => ({ meta: abbr ? { abbr } : {} });
  it('moves the page whose abbreviation is the query to the top, keeping the rest in order', () => {
    const list = [r(), r('CPC-A'), r('CPC'), r()];
    expect(abbreviationFirst('cpc', list)).toEqual([list[2], list[0], list[1], list[3]]);
    expect(abbreviationFirst('CPC A', list)[0]).toBe(list[1]);
  });
  it('leaves the order alone when no abbreviation matches', () => {
    const list = [r(), r('CCS')];
    expect(abbreviationFirst('coding', list)).toEqual(list);
    expect(abbreviationFirst('', list)).toEqual(list);
  });
});
