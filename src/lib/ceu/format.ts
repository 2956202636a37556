/**
 * Dates as the tracker shows them: "Nov 1, 2026", "Nov 2026" or "2022", exactly as
 * `formatAsOf` of src/lib/facts.ts writes them. The tracker has its own copy because the facts
 * helpers bring their words and unit formatting into the page's JavaScript, and it needs none
 * of that.
 */
import { isIsoDay } from './days.ts';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const utc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
const monthYear = utc({ month: 'short', year: 'numeric' });
const dayMonthYear = utc({ month: 'short', day: 'numeric', year: 'numeric' });

/** A day (`YYYY-MM-DD`), month (`YYYY-MM`) or year for a reader; anything else unchanged. */
export function formatDate(text: string): string {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return text;
  const [, year, month, day] = m;
  if (month === undefined) return String(Number(year));
  if (day === undefined ? !(Number(month) >= 1 && Number(month) <= 12) : !isIsoDay(text)) return text;
  return (day === undefined ? monthYear : dayMonthYear).format(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
}
