/**
 * A row with text after a closing quote (`"Course"x`): csv-parse cannot go on from it (it reads the
 * rest of the file as inside the quote), so the reader used to lose every row after it. Now that
 * row is set aside with its whole line, and the rows after it are read as usual.
 */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/ceu/csv-read.ts';

const read = (text: string) => {
  const r = readCsv(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.read;
};
const AFTER_QUOTE = 'a quoted cell has text after its closing quote';
const NEVER_CLOSED = 'a quoted cell is never closed (a " is missing); the rest of the file from here could not be read';

describe('a row with text after a closing quote', () => {
  it('is set aside with its whole line, and the rows after it are still imported', () => {
    const r = read('date,title,ceus\n2026-03-01,"Coding"x,1\n2026-03-02,Next,1\n2026-03-03,Last,2\n');
    expect(r.rejected).toEqual([{ row: 2, errors: [{ row: 2, field: 'title', message: AFTER_QUOTE }], source: '2026-03-01,"Coding"x,1' }]);
    expect(r.activities.map((a) => [a.date, a.title, a.ceus])).toEqual([
      ['2026-03-02', 'Next', 1],
      ['2026-03-03', 'Last', 2],
    ]);
  });

  it('keeps counting rows and finding lines in a file with CR LF line ends, a byte-order mark and a cell over two lines', () => {
    const text = '\uFEFFdate,title,ceus\r\n2026-03-01,"Two\r\nlines",1\r\n2026-03-01,"A"B,1\r\n2026-03-02,ok,1\r\n2026-03-03,"é"x\r\n2026-03-04,ok2,1';
    const r = read(text);
    expect(r.activities.map((a) => a.title)).toEqual(['Two\r\nlines', 'ok', 'ok2']);
    expect(r.rejected).toEqual([
      { row: 3, errors: [{ row: 3, field: 'title', message: AFTER_QUOTE }], source: '2026-03-01,"A"B,1' },
      { row: 5, errors: [{ row: 5, field: 'title', message: AFTER_QUOTE }], source: '2026-03-03,"é"x' },
    ]);
  });

  it('finds the line end in a file whose lines end with CR only, and in a last line with no line end', () => {
    const cr = read('date;title;ceus\r2026-03-01;"A"B;1\r2026-03-02;ok;1\r');
    expect(cr.rejected.map((x) => x.source)).toEqual(['2026-03-01;"A"B;1']);
    expect(cr.activities.map((a) => a.title)).toEqual(['ok']);
    const last = read('date,title,ceus\n2026-03-01,ok,1\n2026-03-02,"A"B,1');
    expect(last.rejected).toEqual([{ row: 3, errors: [{ row: 3, field: 'title', message: AFTER_QUOTE }], source: '2026-03-02,"A"B,1' }]);
    expect(last.activities.map((a) => a.title)).toEqual(['ok']);
  });

  it('sets aside the whole row when the cell with text after its quote runs over two lines', () => {
    const r = read('date,title,ceus\n2026-03-01,"Two\nlines"x,1\n2026-03-02,ok,1\n');
    expect(r.rejected).toEqual([{ row: 2, errors: [{ row: 2, field: 'title', message: AFTER_QUOTE }], source: '2026-03-01,"Two\nlines"x,1' }]);
    expect(r.activities.map((a) => a.title)).toEqual(['ok']);
  });

  it('keeps the numbers of the rows after it when an empty line follows it', () => {
    const r = read('date,title,ceus\n2026-03-01,"A"B,1\n\n2026-03-02,"C"D,1\n2026-03-03,ok,1\n');
    expect(r.rejected.map((x) => [x.row, x.source])).toEqual([
      [2, '2026-03-01,"A"B,1'],
      [4, '2026-03-02,"C"D,1'],
    ]);
    expect(r.activities.map((a) => a.title)).toEqual(['ok']);
  });

  it('finds the row after an empty line, and keeps the header line of a file with a byte-order mark without the mark', () => {
    const r = read('\uFEFFdate,title,ceus\n2026-03-01,ok,1\n\n2026-03-02,"A"B,1\n2026-03-03,ok2,1\n');
    expect(r.header).toBe('date,title,ceus');
    expect(r.rejected).toEqual([{ row: 4, errors: [{ row: 4, field: 'title', message: AFTER_QUOTE }], source: '2026-03-02,"A"B,1' }]);
    expect(r.activities.map((a) => a.title)).toEqual(['ok', 'ok2']);
  });

  it('still says when a later quoted cell is never closed', () => {
    const r = read('date,title,ceus\n2026-03-01,"A"B,1\n2026-03-02,"Open,1\n2026-03-03,lost,1\n');
    expect(r.rejected).toEqual([
      { row: 2, errors: [{ row: 2, field: 'title', message: AFTER_QUOTE }], source: '2026-03-01,"A"B,1' },
      { row: 3, errors: [{ row: 3, field: 'title', message: NEVER_CLOSED }], source: '2026-03-02,"Open,1\n2026-03-03,lost,1' },
    ]);
    expect(r.activities).toEqual([]);
  });

  it('after 100 such rows, sets the rest of the file aside as one row that could not be read', () => {
    const bad = '2026-03-01,"A"B,1\n';
    const hundred = read(`date,title,ceus\n${bad.repeat(100)}2026-03-02,ok,1\n`);
    expect(hundred.rejected).toHaveLength(100);
    expect(hundred.activities.map((a) => a.title)).toEqual(['ok']);
    const more = read(`date,title,ceus\n${bad.repeat(101)}2026-03-02,ok,1\n`);
    expect(more.activities).toEqual([]);
    expect(more.rejected).toHaveLength(102);
    expect(more.rejected.slice(100)).toEqual([
      { row: 102, errors: [{ row: 102, field: 'title', message: AFTER_QUOTE }], source: '2026-03-01,"A"' },
      { row: 103, errors: [{ row: 103, field: 'title', message: NEVER_CLOSED }], source: '2026-03-01,"A"B,1\n2026-03-02,ok,1' },
    ]);
  });

  it('in the header line, still refuses the file', () => {
    expect(readCsv('date,"ti"tle,ceus\n2026-03-01,A,1\n')).toEqual({ ok: false, errors: [{ row: 1, field: 'column 2', message: AFTER_QUOTE }] });
  });
});

describe('a reader that fails while reporting progress part way', () => {
  it('gets the reason, not a reading that starts over', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `2026-03-01,T${i},1`).join('\n');
    const fail = () => {
      throw new Error('page gone');
    };
    expect(readCsv(`date,title,ceus\n${rows}\n`, fail)).toEqual({ ok: false, errors: [{ field: 'file', message: 'this file could not be read (Error: page gone)' }] });
  });
});
