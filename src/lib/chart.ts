/** Geometry for the build-time SVG charts: pure numbers in, shapes out. */

export interface Bar {
  label: string;
  value: number;
}

/** A "nice" axis maximum (1, 2 or 5 times a power of ten) at or above `max`. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= max) ?? 10;
  return step * power;
}

/** Horizontal bars laid out in a `width` wide chart: each bar's y, and its length in px. */
export function layoutBars(bars: readonly Bar[], width: number, rowHeight = 28, labelWidth = 0) {
  const max = niceMax(Math.max(0, ...bars.map((b) => b.value)));
  const room = width - labelWidth;
  return {
    max,
    height: bars.length * rowHeight,
    bars: bars.map((b, i) => ({ ...b, y: i * rowHeight, length: Math.max(0, (b.value / max) * room) })),
    ticks: [0, 0.25, 0.5, 0.75, 1].map((f) => ({ value: f * max, x: labelWidth + f * room })),
  };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month numbers (1-12) named in a date text such as "January 1 and July 1"; [] when none. */
export function monthsIn(text: string): number[] {
  const lower = text.toLowerCase();
  return MONTHS.flatMap((m, i) => (new RegExp(`\\b${m}\\b`).test(lower) ? [i + 1] : []));
}

/** Short month labels for a calendar axis. */
export const MONTH_LABELS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
