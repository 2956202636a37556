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
import { CSV_COLUMNS, guard } from './csv-guard.ts';
import type { Activity } from './types.ts';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

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
