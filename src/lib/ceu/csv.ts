/**
 * The CSV audit log as written (design.md): columns `date,title,provider,ceus,index_number,
 * categories,applies_to,notes`, lists separated by `;`. Written per RFC 4180 (CRLF, quotes
 * doubled, cells with commas, quotes, line breaks or edge spaces quoted), with a UTF-8 byte-order
 * mark so spreadsheet programs read accents right. Reading a file is csv-read.ts (it brings the
 * parser; this file stays small, since it loads when the reader downloads the log).
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or tab, carriage return,
 * NUL) as a formula. A spreadsheet that splits lines on `;` (European Excel), `,`, tabs or line
 * breaks, ignoring our quotes, starts a cell after any of those too. So at every such place (the
 * cell's start, and right after `;` `,` tab CR LF) a dangerous character gets an apostrophe before
 * it, which makes the cell text. An apostrophe already at such a place gets one more, so reading
 * the file back removes exactly one at each place and returns the text as it was.
 */
import type { Activity } from './types.ts';

export const CSV_COLUMNS = ['date', 'title', 'provider', 'ceus', 'index_number', 'categories', 'applies_to', 'notes'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Characters that make a spreadsheet cell a formula when they come first. */
const DANGEROUS = /[=+\-@\t\r\0]/;
/** Where a spreadsheet may start a cell inside our text. */
const SEPARATOR = /[;,\t\r\n]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** The text with the formula guard applied (no quoting). */
export function guard(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if ((c === "'" || DANGEROUS.test(c)) && (i === 0 || SEPARATOR.test(value[i - 1]!))) out += "'";
    out += c;
  }
  return out;
}

/** Undoes `guard`: one apostrophe before a dangerous character or an apostrophe, at each guard place. */
export function unguard(value: string): string {
  if (!value.includes("'")) return value;
  // At each place `guard` looks, one apostrophe it wrote before a dangerous character or an apostrophe.
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const atGuardPoint = i === 0 || SEPARATOR.test(value[i - 1]!);
    const next = value[i + 1];
    if (c === "'" && atGuardPoint && next !== undefined && (next === "'" || DANGEROUS.test(next))) continue;
    out += c;
  }
  return out;
}

/** One cell as written: formula-safe, quoted when needed. */
export function csvCell(value: string): string {
  const safe = guard(value);
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
