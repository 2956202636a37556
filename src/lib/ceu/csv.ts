/**
 * The CSV audit log (design.md): columns `date,title,provider,ceus,index_number,categories,
 * applies_to,notes`, lists separated by `;`. Written per RFC 4180 (CRLF, quotes doubled, cells
 * with commas, quotes, line breaks or edge spaces quoted), with a UTF-8 byte-order mark so
 * spreadsheet programs read accents right.
 *
 * Formula injection: a cell starting with = + - @ (or tab, carriage return) would run as a
 * formula in a spreadsheet, so it is written with a leading apostrophe; a cell that itself starts
 * with an apostrophe gets one more, so reading the file back strips exactly one and returns the
 * text as it was.
 *
 * Import reads the whole file, validates every row and returns either all activities or every
 * problem with its row (spreadsheet numbering: the header is row 1) and column. It never throws.
 * Rows carry no id: each gets one derived from its content, so the same file imported twice gives
 * the same ids and adds nothing the second time.
 */
import { activitySchema, completeActivity, show } from './schema.ts';
import { fingerprint } from './merge.ts';
import type { Activity, Decoded, FieldError } from './types.ts';

export const CSV_COLUMNS = ['date', 'title', 'provider', 'ceus', 'index_number', 'categories', 'applies_to', 'notes'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns a hand-made file must have; the others may be left out. */
const REQUIRED: readonly CsvColumn[] = ['date', 'title', 'ceus'];
export const MAX_ROWS = 100_000;
const MAX_ERRORS = 100;

// ---------------------------------------------------------------------------------- export

const DANGEROUS_START = /^[=+\-@\t\r']/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell as written: formula-safe, quoted when needed. */
export function csvCell(value: string): string {
  const safe = DANGEROUS_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The CSV text of an activity log, header first. */
export function activitiesToCsv(activities: readonly Activity[], { bom = true }: { bom?: boolean } = {}): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const a of activities) {
    const cells = [a.date, a.title, a.provider, String(a.ceus), a.indexNumber, a.categories.join(';'), a.appliesTo.join(';'), a.notes];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------- parsing

/**
 * RFC 4180 records of `text` (CRLF, LF or CR line ends). Unquoted cells are trimmed, since
 * hand-made files often put a space after each comma; quoted cells keep every character.
 */
export function parseCsvRecords(text: string, maxRecords = MAX_ROWS + 1): { ok: true; records: string[][] } | { ok: false; error: CsvSyntaxError } {
  const records: string[][] = [];
  let cells: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const endRecord = () => {
    records.push(cells);
    cells = [];
  };
  while (i <= n) {
    if (records.length >= maxRecords) return { ok: false, error: { message: `the file has more than ${maxRecords - 1} rows` } };
    if (i === n) {
      // End of text: close a record only if something was started on this line.
      if (cells.length > 0) endRecord();
      break;
    }
    let cell: string;
    if (text[i] === '"') {
      const startRow = records.length + 1;
      let value = '';
      i += 1;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) return { ok: false, error: { row: startRow, column: cells.length, message: 'a quoted cell is never closed (a " is missing)' } };
        value += text.slice(i, close);
        if (text[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r')
        return { ok: false, error: { row: startRow, column: cells.length, message: 'a quoted cell has text after its closing quote' } };
      cell = value;
    } else {
      let j = i;
      while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j += 1;
      cell = text.slice(i, j).trim();
      i = j;
    }
    cells.push(cell);
    if (i >= n) {
      endRecord();
      break;
    }
    const ch = text[i];
    i += 1;
    if (ch === ',') {
      if (i === n) {
        cells.push('');
        endRecord();
        break;
      }
      continue;
    }
    if (ch === '\r' && text[i] === '\n') i += 1;
    endRecord();
  }
  return { ok: true, records };
}

/** A syntax problem: the record (header = 1) and the cell's position in it (0-based). */
export interface CsvSyntaxError {
  row?: number;
  column?: number;
  message: string;
}

/** Name a syntax error's column from the file's header line when it can be read. */
function syntaxError(text: string, error: CsvSyntaxError): FieldError {
  const located = error.row === undefined ? {} : { row: error.row };
  if (error.column === undefined) return { ...located, field: 'file', message: error.message };
  const firstLine = text.slice(0, Math.min(text.length, 10_000)).split(/\r\n?|\n/, 1)[0] ?? '';
  const header = error.row === 1 ? undefined : parseCsvRecords(firstLine, 2);
  const name = header?.ok ? header.records[0]?.[error.column]?.trim().toLowerCase() : undefined;
  return { ...located, field: name || `column ${error.column + 1}`, message: error.message };
}

// ---------------------------------------------------------------------------------- import

/** Undo the export's formula guard: one leading apostrophe before a guarded character. */
function unguard(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && DANGEROUS_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

const list = (cell: string) =>
  cell
    .split(';')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');

const NUMBER = /^\d+(\.\d+)?$|^\.\d+$/;

const FIELD_TO_COLUMN: Record<string, CsvColumn> = {
  date: 'date',
  title: 'title',
  provider: 'provider',
  ceus: 'ceus',
  indexNumber: 'index_number',
  categories: 'categories',
  appliesTo: 'applies_to',
  notes: 'notes',
};

/**
 * Activities from CSV text: all of them, or every problem (row and column). Nothing is
 * returned when any row is bad, so an import never half-happens. Never throws.
 */
export function csvToActivities(text: string): Decoded<Activity[]> {
  try {
    return importCsv(typeof text === 'string' ? text : '');
  } catch (error) {
    return { ok: false, errors: [{ field: 'file', message: `this file could not be read (${show(String(error))})` }] };
  }
}

function importCsv(text: string): Decoded<Activity[]> {
  const parsed = parseCsvRecords(text);
  if (!parsed.ok) return { ok: false, errors: [syntaxError(text, parsed.error)] };
  const [header, ...rows] = parsed.records;
  if (header === undefined || header.every((c) => c === ''))
    return { ok: false, errors: [{ row: 1, field: 'file', message: `the file is empty; the first row should name the columns: ${CSV_COLUMNS.join(',')}` }] };

  const columns = new Map<string, number>();
  const errors: FieldError[] = [];
  header.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if (name === '') return;
    if (columns.has(name)) errors.push({ row: 1, field: show(name), message: `the column "${show(name)}" appears twice` });
    else columns.set(name, i);
  });
  for (const name of REQUIRED) if (!columns.has(name)) errors.push({ row: 1, field: name, message: `the column "${name}" is missing; the first row should name the columns: ${CSV_COLUMNS.join(',')}` });
  if (errors.length > 0) return { ok: false, errors };

  const activities: Activity[] = [];
  const copies = new Map<string, number>();
  rows.forEach((record, index) => {
    const row = index + 2;
    if (record.every((c) => c === '')) return;
    if (errors.length >= MAX_ERRORS) return;
    const cell = (name: CsvColumn) => {
      const at = columns.get(name);
      return at === undefined ? '' : unguard(record[at] ?? '');
    };
    const ceusText = cell('ceus').trim();
    const ceusOk = NUMBER.test(ceusText);
    if (!ceusOk)
      errors.push({ row, field: 'ceus', message: ceusText === '' ? 'CEUs are missing' : `"${show(ceusText)}" is not a number of CEUs (write it like 1.5)` });
    const draft = {
      date: cell('date').trim(),
      title: cell('title'),
      provider: cell('provider'),
      ceus: ceusOk ? Number(ceusText) : 1,
      indexNumber: cell('index_number'),
      categories: list(cell('categories')),
      appliesTo: list(cell('applies_to')),
      notes: cell('notes'),
    };
    const print = fingerprint(draft);
    const copy = (copies.get(print) ?? 0) + 1;
    copies.set(print, copy);
    const result = activitySchema.safeParse({ id: `csv-${hash(print)}${copy > 1 ? `-${copy}` : ''}`, ...draft });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? 'row');
        errors.push({ row, field: FIELD_TO_COLUMN[key] ?? key, message: issue.message });
      }
    } else if (ceusOk) activities.push(completeActivity(result.data));
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  return { ok: true, data: activities };
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
