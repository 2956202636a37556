import { describe, expect, it } from 'vitest';
import { excerptParts, readSearchState, writeSearchState } from '../../src/lib/search.ts';
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
