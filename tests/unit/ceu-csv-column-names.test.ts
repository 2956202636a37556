/**
 * The column names a CSV log may use, and the names its problems are given: every other name the
 * reader understands for each column, the columns a file must have, the column each problem of a
 * row is reported under, and the words for a row the parser cannot read.
 *
 * The reader builds these tables when its module loads, so each test here loads it afresh
 * (vi.resetModules, then import): the tables are then built while the test runs, and a change to
 * any of them fails the test that reads it (the mutation run tries such changes).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Activity } from '../../src/lib/ceu/types.ts';

async function freshReader() {
  vi.resetModules();
  return import('../../src/lib/ceu/csv-read.ts');
}

const COLUMNS = 'date,title,provider,ceus,index_number,categories,applies_to,notes';

/** Every other name per column, as the reader's table has them (lower case, no spaces). */
const ALIASES: Record<string, { field: keyof Activity; cell: string; value: unknown; names: string[] }> = {
  date: { field: 'date', cell: '3/1/2026', value: '2026-03-01', names: ['date', 'completed', 'datecompleted', 'completiondate', 'completedon', 'activitydate', 'dateofcompletion'] },
  title: { field: 'title', cell: 'Coding update', value: 'Coding update', names: ['title', 'activity', 'activitytitle', 'course', 'coursetitle', 'coursename', 'event', 'name'] },
  provider: { field: 'provider', cell: 'AAPC', value: 'AAPC', names: ['provider', 'sponsor', 'organization', 'organisation', 'presenter', 'vendor'] },
  ceus: { field: 'ceus', cell: '1.5', value: 1.5, names: ['ceus', 'ceu', 'ceuhours', 'ceucredits', 'credits', 'hours', 'contacthours', 'ceusearned', 'ceuamount'] },
  index_number: {
    field: 'indexNumber',
    cell: 'IDX-9',
    value: 'IDX-9',
    names: ['indexnumber', 'index', 'indexno', 'indexnum', 'approvalnumber', 'approvalno', 'approval', 'approvalcode', 'programnumber', 'courseid'],
  },
  categories: { field: 'categories', cell: 'cms', value: ['cms'], names: ['categories', 'category', 'ceucategory', 'ceucategories'] },
  applies_to: { field: 'appliesTo', cell: 'CPC', value: ['cpc'], names: ['appliesto', 'appliedto', 'countsfor', 'credentials', 'credential', 'certifications', 'certification'] },
  notes: { field: 'notes', cell: 'kept', value: 'kept', names: ['notes', 'note', 'comments', 'comment', 'remarks'] },
  format: { field: 'format', cell: 'webinar', value: 'webinar', names: ['format', 'type', 'activitytype'] },
  certificate_location: { field: 'certificateLocation', cell: 'drawer', value: 'drawer', names: ['certificatelocation', 'certificate', 'certificatekept', 'wherecertificateiskept'] },
};

describe('the other names of each column', () => {
  for (const [column, { field, cell, value, names }] of Object.entries(ALIASES))
    it(`reads a column headed by any other name for ${column} into that field, with no notice`, async () => {
      const { readCsv } = await freshReader();
      for (const name of names) {
        // The other required columns under their own names; this column under the name tried.
        const header = ['date', 'title', 'ceus'].filter((c) => c !== column);
        const cells = header.map((c) => ({ date: '2026-03-01', title: 'T', ceus: '1' })[c]!);
        const r = readCsv(`${[...header, name].join(',')}\n${[...cells, cell].join(',')}\n`);
        expect(r.ok && r.read.notices, name).toEqual([]);
        expect(r.ok && r.read.rejected, name).toEqual([]);
        expect(r.ok && r.read.activities[0]?.[field], name).toEqual(value);
      }
    });

  it('reads a name written with spaces, capitals, dots and brackets as the same name', async () => {
    const { readCsv } = await freshReader();
    const r = readCsv('Date of Completion,Course Name,CEU (Hours),Approval No.,Where Certificate Is Kept\n3/1/2026,T,2,A-1,binder\n');
    expect(r.ok && r.read.activities).toEqual([
      { id: expect.stringMatching(/^csv-/), date: '2026-03-01', title: 'T', provider: '', ceus: 2, indexNumber: 'A-1', categories: [], appliesTo: [], notes: '', certificateLocation: 'binder' },
    ]);
  });
});

describe('the columns a file must have', () => {
  it('refuses a file without date, title or CEUs, naming each missing column and the columns to use', async () => {
    const { readCsv } = await freshReader();
    const missing = (column: string) => ({ row: 1, field: column, message: `the column "${column}" is missing; the first row should name the columns: ${COLUMNS}` });
    expect(readCsv('title,ceus\nT,1\n')).toEqual({ ok: false, errors: [missing('date')] });
    expect(readCsv('date,ceus\n2026-03-01,1\n')).toEqual({ ok: false, errors: [missing('title')] });
    expect(readCsv('date,title\n2026-03-01,T\n')).toEqual({ ok: false, errors: [missing('ceus')] });
    expect(readCsv('notes\nx\n')).toEqual({ ok: false, errors: [missing('date'), missing('title'), missing('ceus')] });
  });

  it('reads a file with only date, title and CEUs, leaving the rest empty', async () => {
    const { readCsv } = await freshReader();
    const r = readCsv('date,title,ceus\n2026-03-01,T,1\n');
    expect(r.ok && r.read.activities).toEqual([{ id: expect.stringMatching(/^csv-/), date: '2026-03-01', title: 'T', provider: '', ceus: 1, indexNumber: '', categories: [], appliesTo: [], notes: '' }]);
  });
});

describe('the column a problem of a row is reported under', () => {
  it('names each problem by the column of the file, not the field inside the tracker', async () => {
    const { readCsv } = await freshReader();
    const header = 'date,title,provider,ceus,index_number,categories,applies_to,notes,format,certificate_location';
    const ok = ['2026-03-01', 'T', 'P', '1', 'I', 'cms', 'cpc', 'n', 'live', 'box'];
    /** A row with one bad cell; the column it is in, and the message. */
    const cases: [number, string, string, string][] = [
      [0, '2026-02-30', 'date', 'the date must be a real date written YYYY-MM-DD, not "2026-02-30"'],
      [1, ' ', 'title', 'an activity needs a title'],
      [2, 'p'.repeat(201), 'provider', 'the provider is longer than 200 characters'],
      [3, '1000', 'ceus', 'CEUs must be at most 999 for one activity'],
      [4, 'i'.repeat(101), 'index_number', 'the index number is longer than 100 characters'],
      [5, 'bogus', 'categories', expect.stringMatching(/^"bogus" is not a category; use /) as unknown as string],
      [6, 'cpc!', 'applies_to', '"cpc!" is not a credential id (like cpc or ccs-p)'],
      [7, 'n'.repeat(5001), 'notes', 'the notes is longer than 5000 characters'],
      [8, 'f'.repeat(101), 'format', 'the format is longer than 100 characters'],
      [9, 'c'.repeat(501), 'certificate_location', 'the certificate location is longer than 500 characters'],
    ];
    const rows = cases.map(([at, bad]) => ok.map((c, i) => (i === at ? `"${bad}"` : c)).join(','));
    const r = readCsv(`${header}\n${rows.join('\n')}\n`);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.read.activities).toEqual([]);
    expect(r.read.rejected.map((x) => x.errors)).toEqual(cases.map(([, , field, message], i) => [{ row: i + 2, field, message }]));
  });
});

describe('a row the parser cannot read', () => {
  it('says a quoted cell has text after its closing quote, or is never closed', async () => {
    const { readCsv } = await freshReader();
    const r = readCsv('date,title,ceus\n2026-03-01,"A"B,1\n2026-03-02,"Open,1\n');
    expect(r.ok && r.read.rejected).toEqual([
      { row: 2, errors: [{ row: 2, field: 'title', message: 'a quoted cell has text after its closing quote' }], source: '2026-03-01,"A"B,1' },
      { row: 3, errors: [{ row: 3, field: 'title', message: 'a quoted cell is never closed (a " is missing); the rest of the file from here could not be read' }], source: '2026-03-02,"Open,1' },
    ]);
  });
});
