/**
 * Reading CSV logs a reader made by hand or in a spreadsheet: the header names it understands,
 * the delimiter it picks, dates and CEUs written other ways, and what it says about a row or a
 * file it cannot read.
 */
import { describe, expect, it } from 'vitest';
import { detectDelimiter, normaliseDate, readCsv } from '../../src/lib/ceu/csv-read.ts';
import { activitiesToCsv, csvCell } from '../../src/lib/ceu/csv.ts';
import { guard, unguard } from '../../src/lib/ceu/csv-guard.ts';

const read = (text: string) => {
  const r = readCsv(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.read;
};
const titles = (text: string) => read(text).activities.map((a) => a.title);

describe('header names', () => {
  it('understands the other names spreadsheets use for each column', () => {
    const header = 'Date Completed;Course Name;Sponsor;CEU Hours;Approval No.;CEU Category;Counts For;Comments;Activity Type;Where Certificate Is Kept';
    const r = read(`${header}\n2026-03-01;Coding update;AAPC;1,5;IDX-9;cms;CPC;fine;webinar;drawer\n`);
    expect(r.notices).toEqual([]);
    expect(r.activities).toEqual([
      { id: expect.stringMatching(/^csv-[0-9a-f]{16}$/), date: '2026-03-01', title: 'Coding update', provider: 'AAPC', ceus: 1.5, indexNumber: 'IDX-9', categories: ['cms'], appliesTo: ['cpc'], notes: 'fine', format: 'webinar', certificateLocation: 'drawer' },
    ]);
  });

  it('accepts each alias of the required columns', () => {
    for (const date of ['date', 'completed', 'date_completed', 'completion-date', 'Completed On', 'activity date', 'Date of Completion'])
      for (const [title, ceus] of [['title', 'ceus'], ['Activity', 'CEU'], ['activity title', 'ceu credits'], ['course', 'credits'], ['course title', 'hours'], ['event', 'contact hours'], ['name', 'ceus earned'], ['Course ID', 'CEU amount']])
        if (title !== 'Course ID') expect(titles(`${date},${title},${ceus}\n2026-03-01,T,1\n`), `${date} ${title} ${ceus}`).toEqual(['T']);
  });

  it('accepts each alias of the optional columns', () => {
    const aliases: Record<string, string[]> = {
      provider: ['provider', 'sponsor', 'organization', 'organisation', 'presenter', 'vendor'],
      indexNumber: ['index number', 'index', 'index no', 'index #', 'indexnum', 'approval number', 'approval no', 'approval', 'approval code', 'program number', 'course id'],
      notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
      format: ['format', 'type', 'activity type'],
      certificateLocation: ['certificate location', 'certificate', 'certificate kept', 'where certificate is kept'],
    };
    for (const [field, names] of Object.entries(aliases))
      for (const name of names) {
        const [a] = read(`date,title,ceus,${name}\n2026-03-01,T,1,V\n`).activities;
        expect((a as unknown as Record<string, unknown>)[field], `${name} → ${field}`).toBe('V');
      }
    for (const name of ['categories', 'category', 'CEU category', 'ceu categories']) expect(read(`date,title,ceus,${name}\n2026-03-01,T,1,cms\n`).activities[0]?.categories, name).toEqual(['cms']);
    for (const name of ['applies to', 'applied to', 'counts for', 'credentials', 'credential', 'certifications', 'certification'])
      expect(read(`date,title,ceus,${name}\n2026-03-01,T,1,cpc\n`).activities[0]?.appliesTo, name).toEqual(['cpc']);
  });

  it('leaves out a column it does not know, and says so', () => {
    const r = read('date,title,ceus,Mood\n2026-03-01,T,1,happy\n');
    expect(r.notices).toEqual([{ row: 1, field: 'Mood', message: 'the column "Mood" is not one the tracker reads; it was left out' }]);
    expect(r.activities[0]).not.toHaveProperty('Mood');
    expect(read('date,title,ceus,,\n2026-03-01,T,1,,\n').notices).toEqual([]);
  });

  it('refuses a file naming a column twice', () => {
    expect(readCsv('date,title,ceus,Hours\n2026-03-01,T,1,2\n')).toEqual({ ok: false, errors: [{ row: 1, field: 'Hours', message: 'the column "Hours" appears twice (as ceus)' }] });
  });

  it('names every missing required column, with the columns a file should have', () => {
    expect(readCsv('provider\nAAPC\n')).toEqual({
      ok: false,
      errors: ['date', 'title', 'ceus'].map((field) => ({ row: 1, field, message: `the column "${field}" is missing; the first row should name the columns: date,title,provider,ceus,index_number,categories,applies_to,notes` })),
    });
    expect(readCsv('')).toEqual({ ok: false, errors: [{ row: 1, field: 'file', message: 'the file is empty; the first row should name the columns: date,title,provider,ceus,index_number,categories,applies_to,notes' }] });
  });

  it('keeps the header line as the file has it, to write rejected rows back out', () => {
    expect(read('Date;Title;CEUs\r\n2026-03-01;T;1\r\n').header).toBe('Date;Title;CEUs');
    expect(read('date,title,ceus\r2026-03-01,T,1\r').header).toBe('date,title,ceus');
    expect(read('date,title,ceus').header).toBe('date,title,ceus');
  });
});

describe('the delimiter', () => {
  it('is the one that splits the header into the most known columns', () => {
    expect(detectDelimiter('date;title;ceus')).toBe(';');
    expect(detectDelimiter('date\ttitle\tceus\nx,y,z,w,v')).toBe('\t');
    expect(detectDelimiter('date,title;ceus')).toBe(',');
    expect(detectDelimiter('"date";"title";"ceus"')).toBe(';');
    expect(detectDelimiter('date;title,notes,ceus\r\n')).toBe(',');
  });

  it('without known columns, is the one that splits the header into the most cells, ties to the comma', () => {
    expect(detectDelimiter('a;b;c,d')).toBe(';');
    expect(detectDelimiter('a\tb\tc;d')).toBe('\t');
    expect(detectDelimiter('a;b,c')).toBe(',');
    expect(detectDelimiter('abc')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });

  it('looks at the first 10,000 characters of the first line only', () => {
    expect(detectDelimiter(`${'x'.repeat(10_000)};date;title;ceus`)).toBe(',');
    expect(detectDelimiter(`date;title;ceus${'x'.repeat(20_000)}`)).toBe(';');
  });
});

describe('values written other ways', () => {
  it('reads US and dotted dates, padding the day and month', () => {
    expect(normaliseDate('3/1/2026')).toBe('2026-03-01');
    expect(normaliseDate('12/31/2026')).toBe('2026-12-31');
    expect(normaliseDate('1.3.2026')).toBe('2026-03-01');
    expect(normaliseDate('31.12.2026')).toBe('2026-12-31');
    expect(normaliseDate('2026-03-01')).toBe('2026-03-01');
    for (const t of ['3/1/26', '123/1/2026', '1.3.26', 'x3/1/2026', '3/1/2026x', '1.3.2026.', '3-1-2026']) expect(normaliseDate(t)).toBe(t);
  });

  it('reads CEUs with a decimal comma only where cells are not separated by commas', () => {
    const semi = read('date;title;ceus\n2026-03-01;A;1,25\n2026-03-01;B;,5\n2026-03-01;C;2.5\n2026-03-01;D;.75\n');
    expect(semi.activities.map((a) => a.ceus)).toEqual([1.25, 0.5, 2.5, 0.75]);
    const comma = readCsv('date,title,ceus\n2026-03-01,A,"1,25"\n');
    expect(comma.ok && comma.read.rejected).toEqual([
      { row: 2, errors: [{ row: 2, field: 'ceus', message: '"1,25": write CEUs with a decimal point (1.5) in a file whose cells are separated by commas' }], source: '2026-03-01,A,"1,25"' },
    ]);
  });

  it('says when CEUs are missing or not a number', () => {
    const r = read('date,title,ceus\n2026-03-01,A,\n2026-03-01,B,1.5.1\n2026-03-01,C,-1\n2026-03-01,D,1e2\n');
    expect(r.rejected.map((x) => x.errors)).toEqual([
      [{ row: 2, field: 'ceus', message: 'CEUs are missing' }],
      [{ row: 3, field: 'ceus', message: '"1.5.1" is not a number of CEUs (write it like 1.5)' }],
      [{ row: 4, field: 'ceus', message: '"-1" is not a number of CEUs (write it like 1.5)' }],
      [{ row: 5, field: 'ceus', message: '"1e2" is not a number of CEUs (write it like 1.5)' }],
    ]);
  });

  it('splits lists on semicolons, commas or bars, lower case, spaces turned to hyphens', () => {
    const r = read('date;title;ceus;categories;applies to\n2026-03-01;A;1;Practice Management | CMS;CCS P, cpc ;;\n');
    expect(r.activities[0]).toMatchObject({ categories: ['practice-management', 'cms'], appliesTo: ['ccs-p', 'cpc'] });
    expect(read('date,title,ceus,categories\n2026-03-01,A,1,"hiim_domain;;AHIMA sourced"\n').activities[0]?.categories).toEqual(['hiim-domain', 'ahima-sourced']);
  });

  it('keeps format and certificate columns only when the file has them, and leaves empty ones out', () => {
    expect(read('date,title,ceus\n2026-03-01,A,1\n').activities[0]).not.toHaveProperty('format');
    const r = read('date,title,ceus,format,certificate\n2026-03-01,A,1,,\n2026-03-02,B,1,live,binder\n');
    expect(r.activities[0]).not.toHaveProperty('format');
    expect(r.activities[0]).not.toHaveProperty('certificateLocation');
    expect(r.activities[1]).toMatchObject({ format: 'live', certificateLocation: 'binder' });
  });

  it('removes the formula guard the tracker writes', () => {
    const r = read(`date,title,ceus,notes\n2026-03-01,'=SUM(A1),1,"a;'+b"\n`);
    expect(r.activities[0]).toMatchObject({ title: '=SUM(A1)', notes: 'a;+b' });
  });
});

describe('rows that cannot be read', () => {
  it('lists each with its row, the problem columns by their file names and its text, at most five problems', () => {
    const line = `never,,1.5.1,${'p'.repeat(201)},BOGUS,CPC!,`;
    const r = read(`date,title,ceus,provider,categories,applies_to,notes\n${line}\r\n`);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]?.row).toBe(2);
    expect(r.rejected[0]?.source).toBe(line);
    expect(r.rejected[0]?.errors.map((e) => e.field)).toEqual(['ceus', 'date', 'title', 'provider', 'categories']);
    expect(r.rejected[0]?.errors.every((e) => e.row === 2)).toBe(true);
  });

  it('names the column of a broken quote by the file column it is in', () => {
    const r = read('date,title,ceus\n2026-03-01,"A"B,1\n');
    expect(r.rejected[0]).toEqual({ row: 2, errors: [{ row: 2, field: 'title', message: 'a quoted cell has text after its closing quote' }], source: '2026-03-01,"A"B,1' });
    const unclosed = read('date,title,ceus\n2026-03-01,Fine,1\n2026-03-02,"Open,1\n');
    expect(unclosed.activities.map((a) => a.title)).toEqual(['Fine']);
    expect(unclosed.rejected).toEqual([
      { row: 3, errors: [{ row: 3, field: 'title', message: 'a quoted cell is never closed (a " is missing); the rest of the file from here could not be read' }], source: '2026-03-02,"Open,1' },
    ]);
    const unknownColumn = read('date,title,ceus,x\n2026-03-01,T,1,"a"b\n');
    expect(unknownColumn.rejected[0]?.errors[0]?.field).toBe('column 4');
  });

  it('refuses a file whose header line cannot be read, naming the column', () => {
    expect(readCsv('date,"ti"tle,ceus\n2026-03-01,A,1\n')).toEqual({ ok: false, errors: [{ row: 1, field: 'column 2', message: 'a quoted cell has text after its closing quote' }] });
  });

  it('gives two identical rows two ids, and the same ids on every reading', () => {
    const text = 'date,title,ceus\n2026-03-01,Same,1\n2026-03-01,Same,1\n2026-03-01,Same,1\n';
    const ids = read(text).activities.map((a) => a.id);
    expect(ids[1]).toBe(`${ids[0]}-2`);
    expect(ids[2]).toBe(`${ids[0]}-3`);
    expect(read(text).activities.map((a) => a.id)).toEqual(ids);
    const other = read('date,title,ceus\n2026-03-01,Same,2\n').activities[0]?.id;
    expect(other).not.toBe(ids[0]);
    expect(read('date,title,ceus\n2026-03-01,Samf,1\n').activities[0]?.id).not.toBe(ids[0]);
  });

  it('reports progress every 2,000 rows and when done', () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `2026-03-01,T${i},1`).join('\n');
    const progress: number[] = [];
    readCsv(`date,title,ceus\n${rows}\n`, (d) => progress.push(d));
    expect(progress).toHaveLength(3);
    expect(progress[0]).toBeGreaterThan(0.4);
    expect(progress[0]).toBeLessThan(0.6);
    expect(progress[1]).toBeGreaterThan(0.9);
    expect(progress[1]).toBeLessThanOrEqual(1);
    expect(progress[2]).toBe(1);
  });

  it('never throws: text that is not text is read as an empty file', () => {
    expect(readCsv(undefined as unknown as string)).toMatchObject({ ok: false, errors: [{ field: 'file', message: expect.stringMatching(/^the file is empty/) }] });
  });
});

describe('the CSV the tracker writes', () => {
  it('quotes cells with commas, quotes, line breaks or edge spaces only', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(' lead')).toBe('" lead"');
    expect(csvCell('trail ')).toBe('"trail "');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell('in side')).toBe('in side');
  });

  it('writes no byte-order mark when asked', () => {
    expect(activitiesToCsv([], { bom: false })).toBe('date,title,provider,ceus,index_number,categories,applies_to,notes\r\n');
    expect(activitiesToCsv([])).toBe('\uFEFFdate,title,provider,ceus,index_number,categories,applies_to,notes\r\n');
  });

  it('guards a formula character only where a spreadsheet starts a cell, and reading back removes only that', () => {
    expect(guard('a=b')).toBe('a=b');
    expect(guard('a;=b,+c\t-d\r@e\nf')).toBe("a;'=b,'+c\t'-d\r'@e\nf");
    expect(guard("it's")).toBe("it's");
    expect(guard("'")).toBe("''");
    expect(unguard("it's")).toBe("it's");
    expect(unguard("'")).toBe("'");
    expect(unguard("'x")).toBe("'x");
    expect(unguard("a'=b")).toBe("a'=b");
    expect(unguard("a;'=b")).toBe('a;=b');
    for (const v of ['=1', "''=", "a,'b", '\t\t=', "x\n'@", '+', "'", 'no guard']) expect(unguard(guard(v)), JSON.stringify(v)).toBe(v);
  });
});
