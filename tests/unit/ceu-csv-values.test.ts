/**
 * The values of a CSV log, cell by cell: which CEU figures and dates are read and which are
 * refused (with the words the reader sees), cells with spaces inside their quotes, the text a
 * set-aside row keeps, the ids rows get, and how the tracker writes cells.
 *
 * The patterns for CEUs and dates, and the writer's quoting rule, are made when their module
 * loads, so the tests that check them load it afresh (vi.resetModules, then import): a change to a
 * pattern then fails the test that reads it (the mutation run tries such changes).
 */
import { describe, expect, it, vi } from 'vitest';

async function freshReader() {
  vi.resetModules();
  return import('../../src/lib/ceu/csv-read.ts');
}

const NOT_A_NUMBER = (t: string) => `"${t}" is not a number of CEUs (write it like 1.5)`;

describe('CEU figures', () => {
  it('reads whole numbers, decimals and a leading point in a comma-separated file', async () => {
    const { readCsv } = await freshReader();
    const r = readCsv('date,title,ceus\n2026-03-01,A,12\n2026-03-01,B,1.25\n2026-03-01,C,.25\n2026-03-01,D,10.5\n');
    expect(r.ok && r.read.rejected).toEqual([]);
    expect(r.ok && r.read.activities.map((a) => a.ceus)).toEqual([12, 1.25, 0.25, 10.5]);
  });

  it('refuses anything else in a comma-separated file, quoting the cell', async () => {
    const { readCsv } = await freshReader();
    const bad = ['a1', '1x', 'x.5', '.5x', '1.x', '.x'];
    const r = readCsv(`date,title,ceus\n${bad.map((b) => `2026-03-01,T,${b}`).join('\n')}\n`);
    expect(r.ok && r.read.activities).toEqual([]);
    expect(r.ok && r.read.rejected.map((x) => x.errors)).toEqual(bad.map((b, i) => [{ row: i + 2, field: 'ceus', message: NOT_A_NUMBER(b) }]));
  });

  it('asks for a decimal point only for a figure written with a decimal comma', async () => {
    const { readCsv } = await freshReader();
    const r = readCsv('date,title,ceus\n2026-03-01,T,"12,5"\n2026-03-01,T,",25"\n2026-03-01,T,"x,5"\n2026-03-01,T,"1,5x"\n');
    expect(r.ok && r.read.rejected.map((x) => x.errors[0]?.message)).toEqual([
      '"12,5": write CEUs with a decimal point (1.5) in a file whose cells are separated by commas',
      '",25": write CEUs with a decimal point (1.5) in a file whose cells are separated by commas',
      NOT_A_NUMBER('x,5'),
      NOT_A_NUMBER('1,5x'),
    ]);
  });

  it('reads a decimal comma where cells are separated by semicolons, and refuses anything else', async () => {
    const { readCsv } = await freshReader();
    const good = readCsv('date;title;ceus\n2026-03-01;A;12,5\n2026-03-01;B;1,25\n2026-03-01;C;,25\n2026-03-01;D;7\n');
    expect(good.ok && good.read.rejected).toEqual([]);
    expect(good.ok && good.read.activities.map((a) => a.ceus)).toEqual([12.5, 1.25, 0.25, 7]);
    const bad = ['a1', 'x', '1,5x', '1,x', 'x,5', ',5x', ',x'];
    const r = readCsv(`date;title;ceus\n${bad.map((b) => `2026-03-01;T;${b}`).join('\n')}\n`);
    expect(r.ok && r.read.activities).toEqual([]);
    expect(r.ok && r.read.rejected.map((x) => x.errors)).toEqual(bad.map((b, i) => [{ row: i + 2, field: 'ceus', message: NOT_A_NUMBER(b) }]));
  });

  it('reads a figure with spaces inside its quotes', async () => {
    const { readCsv } = await freshReader();
    const r = readCsv('date,title,ceus\n" 2026-03-01 ",T," 1.5 "\n');
    expect(r.ok && r.read.rejected).toEqual([]);
    expect(r.ok && r.read.activities.map((a) => [a.date, a.ceus])).toEqual([['2026-03-01', 1.5]]);
  });
});

describe('dates', () => {
  it('reads US dates (month first) and dotted dates (day first), with one or two digits', async () => {
    const { readCsv } = await freshReader();
    const dates = ['3/1/2026', '12/31/2026', '3/15/2026', '1.3.2026', '31.12.2026', '15.3.2026', '2026-03-01'];
    const r = readCsv(`date,title,ceus\n${dates.map((d) => `${d},T,1`).join('\n')}\n`);
    expect(r.ok && r.read.rejected).toEqual([]);
    expect(r.ok && r.read.activities.map((a) => a.date)).toEqual(['2026-03-01', '2026-12-31', '2026-03-15', '2026-03-01', '2026-12-31', '2026-03-15', '2026-03-01']);
  });

  it('refuses a date with anything before or after it, quoting the cell', async () => {
    const { readCsv } = await freshReader();
    const bad = ['x3/1/2026', '3/1/20261', 'x1.3.2026', '1.3.20261', '3/1/26', '123/1/2026', '1/123/2026'];
    const r = readCsv(`date,title,ceus\n${bad.map((d) => `${d},T,1`).join('\n')}\n`);
    expect(r.ok && r.read.activities).toEqual([]);
    expect(r.ok && r.read.rejected.map((x) => x.errors)).toEqual(bad.map((d, i) => [{ row: i + 2, field: 'date', message: `the date must be a real date written YYYY-MM-DD, not "${d}"` }]));
  });
});

describe('the text a set-aside row keeps', () => {
  it('keeps a carriage return inside a quoted cell, dropping only the line end', async () => {
    const { readCsv } = await freshReader();
    const r = readCsv('date,title,ceus\n2026-03-01,"a\rb",x\n2026-03-02,"Open\rmore,1\n');
    expect(r.ok && r.read.rejected.map((x) => x.source)).toEqual(['2026-03-01,"a\rb",x', '2026-03-02,"Open\rmore,1']);
  });
});

describe('the plain import of a CSV log (all or nothing)', () => {
  it('lists at most 100 problems', async () => {
    const { csvToActivities } = await freshReader();
    const rows = Array.from({ length: 101 }, () => '2026-03-01,T,x');
    const r = csvToActivities(`date,title,ceus\n${rows.join('\n')}\n`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(100);
    expect(r.errors.at(-1)).toEqual({ row: 101, field: 'ceus', message: NOT_A_NUMBER('x') });
  });
});

describe('the id a row gets', () => {
  it('is the same as in earlier versions of the tracker, so a log saved then still matches', async () => {
    const { readCsv } = await freshReader();
    const r = readCsv('date,title,ceus\n2026-03-01,Coding update,1.5\n2026-03-01,t,1.5\n');
    expect(r.ok && r.read.activities.map((a) => a.id)).toEqual(['csv-4924205c08ed229d', 'csv-169d1d9ba735e542']);
  });
});

describe('cells the tracker writes', () => {
  async function freshWriter() {
    vi.resetModules();
    return import('../../src/lib/ceu/csv.ts');
  }

  it('quotes a cell only for a comma, a quote, a line break or a space at either end', async () => {
    const { csvCell } = await freshWriter();
    expect(['ab', 'a b', 'a,b', 'a"b', 'a\nb', 'a\rb', ' a', 'a '].map(csvCell)).toEqual(['ab', 'a b', '"a,b"', '"a""b"', '"a\nb"', '"a\rb"', '" a"', '"a "']);
  });

  it('puts an apostrophe before a formula character only where a spreadsheet starts a cell, and reading back removes it', async () => {
    const { activitiesToCsv, csvCell } = await freshWriter();
    expect(['=1', 'x=y', 'a;=b', 'plain', '@me', "'quote"].map(csvCell)).toEqual(["'=1", 'x=y', `a;'=b`, 'plain', "'@me", "''quote"]);
    const { readCsv } = await import('../../src/lib/ceu/csv-read.ts');
    const text = activitiesToCsv([{ id: 'a', date: '2026-03-01', title: '=SUM(A1)', provider: '', ceus: 1, indexNumber: '', categories: [], appliesTo: [], notes: "x;@y 'z" }]);
    expect(text).toContain(`'=SUM(A1)`);
    const r = readCsv(text);
    expect(r.ok && r.read.activities.map((a) => [a.title, a.notes])).toEqual([['=SUM(A1)', "x;@y 'z"]]);
  });
});
