/**
 * The CSV log's columns and its formula guard (csv.ts explains it), shared by the writer (csv.ts)
 * and the reader (csv-read.ts), which load apart.
 */
export const CSV_COLUMNS = ['date', 'title', 'provider', 'ceus', 'index_number', 'categories', 'applies_to', 'notes'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Characters that make a spreadsheet cell a formula when they come first. */
const DANGEROUS = /[=+\-@\t\r\0]/;
/** Where a spreadsheet may start a cell inside our text. */
const SEPARATOR = /[;,\t\r\n]/;

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

