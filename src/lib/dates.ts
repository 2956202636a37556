/**
 * Partial dates: content states an as-of date as precisely as its source does,
 * a year ("2022"), a month ("2026-11") or a day ("2026-11-01").
 */
import { lazyFormat } from './intl.ts';

export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parsed parts of a partial date, or null when the text is not one. */
export function parsePartialDate(text: string): { year: number; month?: number; day?: number } | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined) {
    const probe = new Date(Date.UTC(year, (month ?? 1) - 1, day));
    if (probe.getUTCDate() !== day) return null;
  }
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

/**
 * YAML turns `2026-11-01` into a Date and `2022` into a number; both mean a partial date.
 * Anything else is returned unchanged for the schema to reject.
 */
export function normalisePartialDate(input: unknown): unknown {
  if (input instanceof Date && !Number.isNaN(input.getTime())) return input.toISOString().slice(0, 10);
  if (typeof input === 'number' && Number.isInteger(input)) return String(input);
  return input;
}

/** The first day the partial date covers, as a UTC timestamp. */
export function startOfPartialDate(text: PartialDate): number {
  const p = parsePartialDate(text);
  if (!p) throw new Error(`not a date: ${text}`);
  return Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1);
}

/** True when the partial date begins after `today` (a fact cannot be checked in the future). */
export function isFuturePartialDate(text: PartialDate, today: Date = new Date()): boolean {
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return startOfPartialDate(text) > todayUtc;
}

/** Later of two partial dates (compared by their first day). */
export function laterPartialDate(a: PartialDate, b: PartialDate): PartialDate {
  return startOfPartialDate(b) > startOfPartialDate(a) ? b : a;
}

const monthYear = lazyFormat(() => new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }));
const dayMonthYear = lazyFormat(() => new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }));

/** "2022", "Nov 2026" or "Nov 1, 2026", as precise as the date given; other text unchanged. */
export function formatAsOf(date: PartialDate): string {
  const p = parsePartialDate(date);
  if (!p) return date;
  if (p.month === undefined) return String(p.year);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day ?? 1));
  return p.day === undefined ? monthYear().format(d) : dayMonthYear().format(d);
}
