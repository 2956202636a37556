/**
 * Reading a CSV activity log, through csv-parse (a maintained RFC 4180 parser): files the tracker
 * wrote and files a reader made in a spreadsheet.
 *
 * - Delimiter: comma, semicolon (European Excel) or tab, chosen by the header line: the one that
 *   splits it into the most columns the tracker knows.
 * - Cells: spaces around a cell are dropped, quoted or not (`a, "b, c" ,d`); quoted cells keep
 *   the spaces inside their quotes.
 * - Header: names are matched without regard to case, spaces, `_` or `-`, with common other
 *   names ("Index Number", "CEUs", "Applies To", "Completed", ...). Columns it does not know are
 *   reported and left out; a missing date, title or CEUs column refuses the file.
 * - Values: dates `YYYY-MM-DD`, `M/D/YYYY` (US) or `D.M.YYYY`; CEUs `1.5`, or `1,5` when the
 *   delimiter is not a comma; lists (categories, credentials) separated by `;`, `,` or `|`.
 * - Salvage per row: every valid row is kept; every bad row is listed with its row (header = 1),
 *   each problem's column, and its text as it is in the file. A row is never half-imported.
 *
 * Rows carry no id: each gets one derived from its content, so the same file imported twice gives
 * the same ids and adds nothing the second time. Never throws.
 */
import { parse, type CsvError, type InfoRecord } from 'csv-parse/browser/esm/sync';
import { activitySchema, completeActivity, show } from './schema.ts';
import { fingerprint } from './merge.ts';
import { CSV_COLUMNS, unguard } from './csv-guard.ts';
import type { FileRead, Progress, ReadResult, RejectedRecord } from './file-read.ts';
import type { Activity, Decoded, FieldError } from './types.ts';

/** Columns a reader's file can have: the design's, and two optional activity fields. */
type Column = (typeof CSV_COLUMNS)[number] | 'format' | 'certificate_location';

/** Columns a hand-made file must have; the others may be left out. */
const REQUIRED: readonly Column[] = ['date', 'title', 'ceus'];
export const MAX_ROWS = 100_000;
/** Problems listed per rejected row. */
const MAX_ROW_ERRORS = 5;

/** Header names, lower case without spaces, `_`, `-`, `.`, `(`, `)` or `#`, to the column they mean. */
const ALIASES: Record<string, Column> = {};
const alias = (column: Column, names: string[]) => names.forEach((n) => (ALIASES[n] = column));
alias('date', ['date', 'completed', 'datecompleted', 'completiondate', 'completedon', 'activitydate', 'dateofcompletion']);
alias('title', ['title', 'activity', 'activitytitle', 'course', 'coursetitle', 'coursename', 'event', 'name']);
alias('provider', ['provider', 'sponsor', 'organization', 'organisation', 'presenter', 'vendor']);
alias('ceus', ['ceus', 'ceu', 'ceuhours', 'ceucredits', 'credits', 'hours', 'contacthours', 'ceusearned', 'ceuamount']);
alias('index_number', ['indexnumber', 'index', 'indexno', 'indexnum', 'approvalnumber', 'approvalno', 'approval', 'approvalcode', 'programnumber', 'courseid']);
alias('categories', ['categories', 'category', 'ceucategory', 'ceucategories']);
alias('applies_to', ['appliesto', 'appliedto', 'countsfor', 'credentials', 'credential', 'certifications', 'certification']);
alias('notes', ['notes', 'note', 'comments', 'comment', 'remarks']);
alias('format', ['format', 'type', 'activitytype']);
alias('certificate_location', ['certificatelocation', 'certificate', 'certificatekept', 'wherecertificateiskept']);

const headerKey = (name: string) => name.toLowerCase().replace(/[\s_\-.()#/]+/g, '');

const FIELD_TO_COLUMN: Record<string, Column> = {
  date: 'date',
  title: 'title',
  provider: 'provider',
  ceus: 'ceus',
  indexNumber: 'index_number',
  categories: 'categories',
  appliesTo: 'applies_to',
  notes: 'notes',
  format: 'format',
  certificateLocation: 'certificate_location',
};

const DELIMITERS = [',', ';', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

/**
 * The delimiter that splits the header line into the most columns the tracker knows; when none
 * gives any, the one that splits it into the most cells; ties go to the comma.
 */
export function detectDelimiter(text: string): Delimiter {
  const end = text.search(/\r|\n/);
  const line = end === -1 ? text.slice(0, 10_000) : text.slice(0, Math.min(end, 10_000));
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const cells = line.split(d);
    const known = cells.filter((c) => headerKey(c.replaceAll('"', '')) in ALIASES).length;
    const score = known * 1000 + (cells.length > 1 ? cells.length : 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

const CEUS = /^\d+(\.\d+)?$|^\.\d+$/;
const CEUS_DECIMAL_COMMA = /^\d+(,\d+)?$|^,\d+$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** `YYYY-MM-DD` from `M/D/YYYY` or `D.M.YYYY`; other text as it is (the schema judges it). */
export function normaliseDate(text: string): string {
  const us = US_DATE.exec(text);
  if (us) return `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
  const dotted = DOTTED_DATE.exec(text);
  if (dotted) return `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`;
  return text;
}

/** A list cell's items: separated by `;`, `,` or `|`, lower case, spaces inside turned to `-`. */
const list = (cell: string) =>
  cell
    .split(/[;,|]/)
    .map((s) =>
      s
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '-'),
    )
    .filter((s) => s !== '');

/** The column names of a header row, or the file-level problems that stop the import. */
function readHeader(cells: string[]): { columns: Map<Column, number>; notices: FieldError[] } | { errors: FieldError[] } {
  const columns = new Map<Column, number>();
  const errors: FieldError[] = [];
  const notices: FieldError[] = [];
  cells.forEach((raw, i) => {
    const name = raw.trim();
    if (name === '') return;
    const column = ALIASES[headerKey(name)];
    if (column === undefined)
      notices.push({
        row: 1,
        field: show(name),
        message: `the column "${show(name)}" is not one the tracker reads; it was left out`,
      });
    else if (columns.has(column))
      errors.push({
        row: 1,
        field: show(name),
        message: `the column "${show(name)}" appears twice (as ${column})`,
      });
    else columns.set(column, i);
  });
  for (const name of REQUIRED)
    if (!columns.has(name))
      errors.push({
        row: 1,
        field: name,
        message: `the column "${name}" is missing; the first row should name the columns: ${CSV_COLUMNS.join(',')}`,
      });
  return errors.length > 0 ? { errors } : { columns, notices };
}

const SYNTAX: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is never closed (a " is missing); the rest of the file from here could not be read',
  CSV_INVALID_CLOSING_QUOTE: 'a quoted cell has text after its closing quote',
};

/**
 * Reads `text` (already decoded) row by row. Never throws. `maxRows` is the row limit after the
 * header (MAX_ROWS; a test gives a small one to check the edge without reading 100,000 rows).
 */
export function readCsv(text: string, onProgress?: Progress, maxRows = MAX_ROWS): ReadResult {
  try {
    return readUnsafe(typeof text === 'string' ? text : '', onProgress, maxRows);
  } catch (error) {
    const message = error instanceof TooManyRows ? error.message : `this file could not be read (${show(String(error))})`;
    return { ok: false, errors: [{ field: 'file', message }] };
  }
}

class TooManyRows extends Error {}
/** Rows after which reading starts again; past them, the rest of the file is set aside as one row that could not be read. */
const MAX_RESUMES = 100;
const LF = 10;
const CR = 13;
/** Thrown to stop csv-parse after a row it cannot go on from: read again from `from`. */
class Resume {
  constructor(readonly from: number) {}
}

function readUnsafe(text: string, onProgress: Progress | undefined, maxRows: number): ReadResult {
  const delimiter = detectDelimiter(text);
  const decimalComma = delimiter !== ',';
  let header: { columns: Map<Column, number>; notices: FieldError[] } | undefined;
  let headerErrors: FieldError[] | undefined;
  let headerText: string | undefined;
  const activities: Activity[] = [];
  const rejected: RejectedRecord[] = [];
  const copies = new Map<string, number>();
  let row = 0;
  /** How far the parser is (csv-parse says on each record), for progress. */
  let consumed = 0;
  // The parser reads bytes: given text, it would encode all of it each time it starts again (below).
  const bytes = new TextEncoder().encode(text);

  const onRow = (cells: string[], raw: string): void => {
    row += 1;
    if (row === 1) {
      headerText = raw.replace(/\r?\n$|\r$/, '');
      const h = readHeader(cells);
      if ('errors' in h) headerErrors = h.errors;
      else header = h;
      return;
    }
    if (header === undefined) return;
    if (row > maxRows + 1) throw new TooManyRows(`the file has more than ${maxRows.toLocaleString('en-US')} rows`);
    if (onProgress !== undefined && row % 2000 === 0) onProgress(Math.min(1, consumed / Math.max(1, bytes.length)));
    if (cells.every((c) => c === '')) return;
    const result = readRow(cells, header.columns, decimalComma, copies);
    if (result.ok) activities.push(result.activity);
    else
      rejected.push({
        row,
        errors: result.errors.slice(0, MAX_ROW_ERRORS).map((e) => ({ row, ...e })),
        source: raw.replace(/\r?\n$|\r$/, ''),
      });
  };

  // csv-parse cannot go on after a cell with text after its closing quote: it reads the rest of
  // the file as inside that quote. So such a row is set aside with its whole line, and reading
  // starts again on the next line. `start` is the byte where the part being parsed begins (after a
  // byte-order mark); `at`, the byte where the record being read begins.
  let start = text.charCodeAt(0) === 0xfeff ? 3 : 0;
  let at = start;
  let resumes = 0;
  const options = {
    delimiter,
    trim: true,
    raw: true,
    relax_column_count: true,
    skip_records_with_error: true,
    // With `raw`, a record comes with its text as in the file (typed as the bare record).
    on_record: (record: unknown, context: InfoRecord) => {
      consumed = at = start + context.bytes;
      const r = record as { record: string[]; raw: string };
      onRow(r.record, r.raw);
      return null;
    },
    on_skip: (error: CsvError | undefined, raw: string | undefined): undefined => {
      row += 1;
      const source = (raw ?? '').replace(/\r?\n$|\r$/, '');
      const column = typeof error?.column === 'number' ? error.column : undefined;
      const field = columnName(header?.columns, column) ?? (column !== undefined ? `column ${column + 1}` : 'row');
      const message = SYNTAX[error?.code ?? ''] ?? 'this row could not be read';
      if (row === 1)
        headerErrors = [
          {
            row: 1,
            field: column !== undefined ? `column ${column + 1}` : 'file',
            message,
          },
        ];
      else if (error?.code === 'CSV_INVALID_CLOSING_QUOTE' && resumes < MAX_RESUMES) {
        let end = at + new TextEncoder().encode(raw ?? '').length;
        while (end < bytes.length && bytes[end] !== LF && bytes[end] !== CR) end += 1;
        rejected.push({ row, errors: [{ row, field, message }], source: new TextDecoder().decode(bytes.subarray(at, end)) });
        resumes += 1;
        throw new Resume(bytes[end] === CR && bytes[end + 1] === LF ? end + 2 : end + 1);
      } else rejected.push({ row, errors: [{ row, field, message }], source });
    },
  };
  for (;;)
    try {
      parse(bytes.subarray(start), options);
      break;
    } catch (error) {
      if (!(error instanceof Resume)) throw error;
      start = at = error.from;
    }

  if (row === 0)
    return {
      ok: false,
      errors: [
        {
          row: 1,
          field: 'file',
          message: `the file is empty; the first row should name the columns: ${CSV_COLUMNS.join(',')}`,
        },
      ],
    };
  if (headerErrors !== undefined) return { ok: false, errors: headerErrors };
  const read: FileRead = {
    kind: 'csv',
    activities,
    credentials: [],
    rejected,
    notices: header?.notices ?? [],
  };
  if (headerText !== undefined) read.header = headerText;
  onProgress?.(1);
  return { ok: true, read };
}

function columnName(columns: Map<Column, number> | undefined, at: number | undefined): Column | undefined {
  if (columns === undefined || at === undefined) return undefined;
  for (const [name, i] of columns) if (i === at) return name;
  return undefined;
}

function readRow(cells: string[], columns: Map<Column, number>, decimalComma: boolean, copies: Map<string, number>): { ok: true; activity: Activity } | { ok: false; errors: FieldError[] } {
  const cell = (name: Column) => {
    const at = columns.get(name);
    return at === undefined ? '' : unguard(cells[at] ?? '');
  };
  const errors: FieldError[] = [];
  const ceusText = cell('ceus').trim();
  const ceusOk = CEUS.test(ceusText) || (decimalComma && CEUS_DECIMAL_COMMA.test(ceusText));
  if (!ceusOk)
    errors.push({
      field: 'ceus',
      message:
        ceusText === ''
          ? 'CEUs are missing'
          : CEUS_DECIMAL_COMMA.test(ceusText)
            ? `"${show(ceusText)}": write CEUs with a decimal point (1.5) in a file whose cells are separated by commas`
            : `"${show(ceusText)}" is not a number of CEUs (write it like 1.5)`,
    });
  const draft: Record<string, unknown> = {
    date: normaliseDate(cell('date').trim()),
    title: cell('title'),
    provider: cell('provider'),
    ceus: ceusOk ? Number(ceusText.replace(',', '.')) : 1,
    indexNumber: cell('index_number'),
    categories: list(cell('categories')),
    appliesTo: list(cell('applies_to')),
    notes: cell('notes'),
  };
  if (columns.has('format')) draft['format'] = cell('format');
  if (columns.has('certificate_location')) draft['certificateLocation'] = cell('certificate_location');
  const print = fingerprint(draft as unknown as Activity);
  const copy = (copies.get(print) ?? 0) + 1;
  copies.set(print, copy);
  const result = activitySchema.safeParse({
    id: `csv-${hash(print)}${copy > 1 ? `-${copy}` : ''}`,
    ...draft,
  });
  if (!result.success)
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? 'row');
      errors.push({
        field: FIELD_TO_COLUMN[key] ?? key,
        message: issue.message,
      });
    }
  if (errors.length > 0 || !result.success) return { ok: false, errors };
  const activity = completeActivity(result.data);
  if (activity.format === '') delete activity.format;
  if (activity.certificateLocation === '') delete activity.certificateLocation;
  return { ok: true, activity };
}

/**
 * Activities from CSV text, all or nothing: every activity, or every problem (row and column).
 * For callers that cannot ask the reader (the store's plain import); the import preview uses
 * `readCsv`, which keeps the good rows. Never throws.
 */
export function csvToActivities(text: string): Decoded<Activity[]> {
  const r = readCsv(text);
  if (!r.ok) return r;
  if (r.read.rejected.length > 0)
    return {
      ok: false,
      errors: r.read.rejected.flatMap((x) => x.errors).slice(0, 100),
    };
  return { ok: true, data: r.read.activities };
}

/** 64-bit FNV-1a of the text, as 16 hex digits: a stable id from a row's content. */
function hash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000197) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
