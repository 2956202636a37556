import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isIsoDay } from '../../src/lib/ceu/days.ts';

/** The reference: a regex and a Date round trip (what isIsoDay did before it was made cheap). */
function referenceIsIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const dayLike = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

describe('calendar days', () => {
  it('accepts exactly the real days written YYYY-MM-DD', () => {
    for (const t of ['2024-02-29', '2000-02-29', '2026-12-31', '0100-01-01']) expect(isIsoDay(t), t).toBe(true);
    for (const t of ['2023-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-01', '2026-01-01 ', '２０２６-01-01', '0099-01-01', ''])
      expect(isIsoDay(t), t).toBe(false);
  });

  it('agrees with the Date-based check on any text', () => {
    fc.assert(
      fc.property(fc.oneof(dayLike, fc.string({ maxLength: 12 })), (t) => {
        expect(isIsoDay(t)).toBe(referenceIsIsoDay(t));
      }),
    );
  });

  it('counts days across leap years', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-02-30')).toBeNull();
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
