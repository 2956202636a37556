/**
 * Calendar days as `YYYY-MM-DD` text. Renewal rules work in whole days, in no time zone: a
 * certificate's date is the same wherever the reader is. ISO days compare correctly as strings,
 * so hot loops compare text and only the few cycle dates are turned into numbers.
 */

const MS_PER_DAY = 86_400_000;

/** The number written in `text` from `start` to `end` (digits only), or -1. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Days in a month of the Gregorian calendar. */
function monthLength(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True for a real calendar day written `YYYY-MM-DD`. Checked on characters, without a regex or
 * a Date, because decoding a saved log checks thousands of dates. Years before 100 are refused
 * (JavaScript dates read them as 19xx, so the day arithmetic below could not handle them).
 */
export function isIsoDay(text: string): boolean {
  if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month);
}

/**
 * What is wrong with a date field's value, for the reader, or undefined when it is a real day
 * written YYYY-MM-DD. The one date rule of the forms, the decoders and the importers (the CEU
 * tracker's and the roadmap's target dates).
 */
export function dayProblem(value: unknown, what = 'the date'): string | undefined {
  if (typeof value !== 'string') return `${what} must be a date written YYYY-MM-DD`;
  if (isIsoDay(value)) return undefined;
  const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
  return `${what} must be a real date written YYYY-MM-DD, not "${shown}"`;
}

/** Days since 1970-01-01 for a real calendar day, or null for anything else. */
export function dayNumber(text: string): number | null {
  if (!isIsoDay(text)) return null;
  return Date.UTC(digits(text, 0, 4), digits(text, 5, 7) - 1, digits(text, 8, 10)) / MS_PER_DAY;
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
