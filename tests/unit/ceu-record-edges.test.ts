/** Records at the edges of the rules, checked in full or by the quick path, and CSV details a reader sees. */
import { describe, expect, it } from 'vitest';
import { checkActivity } from '../../src/lib/ceu/check.ts';
import { detectDelimiter, readCsv } from '../../src/lib/ceu/csv-read.ts';
import { CEU_CATEGORIES } from '../../src/lib/ceu/types.ts';

const good = { id: 'a1', date: '2026-01-10', title: 'Coding update', ceus: 1.5 };
const errorsOf = (value: unknown) => {
  const r = checkActivity(value);
  return r.ok ? [] : r.errors;
};

describe('an activity with one bad field', () => {
  it('is refused whatever the field, even when everything else is fine', () => {
    expect(errorsOf({ ...good, appliesTo: [8] })).toEqual([{ field: 'appliesTo', message: 'a credential id must be text' }]);
    expect(errorsOf({ ...good, appliesTo: [{}] })).toEqual([{ field: 'appliesTo', message: 'a credential id must be text' }]);
    expect(errorsOf({ ...good, provider: 5 })).toEqual([{ field: 'provider', message: 'the provider must be text' }]);
    expect(errorsOf({ ...good, notes: true })).toEqual([{ field: 'notes', message: 'the notes must be text' }]);
  });

  it('gets empty lists and text where it gave none', () => {
    const r = checkActivity(good);
    expect(r.ok && r.value).toEqual({ ...good, provider: '', indexNumber: '', categories: [], appliesTo: [], notes: '' });
  });

  it('at the list limits, is not refused for its lists when another field is wrong', () => {
    const full = { ...good, categories: [...CEU_CATEGORIES, ...CEU_CATEGORIES], appliesTo: Array(50).fill('cpc'), ceus: '1' };
    expect(errorsOf(full)).toEqual([{ field: 'ceus', message: 'CEUs must be a number' }]);
    expect(errorsOf({ ...good, categories: ['cms', 'cms', 'cms', 'cms', 'cms'], ceus: '1' })).toEqual([{ field: 'ceus', message: 'CEUs must be a number' }]);
  });
});

describe('CSV details', () => {
  it('chooses the delimiter from the header line only', () => {
    expect(detectDelimiter('a;b;c\nx,y,z,w,v,u,t')).toBe(';');
    expect(detectDelimiter('date,title,ceus,notes;x;y;z;w;v')).toBe(',');
    expect(detectDelimiter('"date","title","ceus";x;y;z;w')).toBe(',');
  });

  it('turns runs of spaces in a list item into one hyphen', () => {
    const r = readCsv('date,title,ceus,categories\n2026-03-01,T,1,practice  management\n');
    expect(r.ok && r.read.activities[0]?.categories).toEqual(['practice-management']);
  });

  it('keeps line breaks inside quoted cells in the header and in a rejected row as the file has them', () => {
    const r = readCsv('date,title,ceus,"my\ncolumn","other\rone"\n2026-03-01,"bad\ndate",x,a,b\n');
    expect(r.ok && r.read.header).toBe('date,title,ceus,"my\ncolumn","other\rone"');
    expect(r.ok && r.read.rejected[0]?.source).toBe('2026-03-01,"bad\ndate",x,a,b');
    const unclosed = readCsv('date,title,ceus\n2026-03-01,"Open\nstill open,1\n');
    expect(unclosed.ok && unclosed.read.rejected[0]?.source).toBe('2026-03-01,"Open\nstill open,1');
  });

  it('leaves the byte-order mark out of the header it keeps', () => {
    const r = readCsv('\uFEFFdate,title,ceus\n2026-03-01,T,1\n');
    expect(r.ok && r.read.header).toBe('date,title,ceus');
  });

  it('reads a row shorter than the header with its missing cells empty', () => {
    const r = readCsv('date,title,ceus,provider,notes\n2026-03-01,T,1\n');
    expect(r.ok && r.read.activities[0]).toMatchObject({ provider: '', notes: '' });
  });
});
