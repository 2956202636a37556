/**
 * Calendar days as `YYYY-MM-DD` text. Renewal rules work in whole days, in no time zone: a
 * certificate's date is the same wherever the reader is. ISO days compare correctly as strings,
 * so hot loops compare text and only the few cycle dates are turned into numbers.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a real calendar day, or null for anything else. */
export function dayNumber(text: string): number | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(text: string): boolean {
  return dayNumber(text) !== null;
}

/** The `YYYY-MM-DD` text of a day number. */
export function isoDay(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

function parts(text: string): [number, number, number] {
  if (dayNumber(text) === null) throw new RangeError(`not a calendar day: ${text}`);
  return [Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))];
}

/** `text` plus `n` days (n may be negative). */
export function addDays(text: string, n: number): string {
  const d = dayNumber(text);
  if (d === null) throw new RangeError(`not a calendar day: ${text}`);
  return isoDay(d + n);
}

/** `text` plus `n` months, keeping the day where it exists (Mar 31 − 1 month = Feb 28/29). */
export function addMonths(text: string, n: number): string {
  const [y, m, d] = parts(text);
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** `text` plus `n` years (Feb 29 becomes Feb 28 in a common year). */
export function addYears(text: string, n: number): string {
  return addMonths(text, 12 * n);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === null || b === null) throw new RangeError(`not a calendar day: ${a === null ? from : to}`);
  return b - a;
}
