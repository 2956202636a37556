import { describe, expect, it } from 'vitest';
import {
  isFuturePartialDate,
  laterPartialDate,
  normalisePartialDate,
  parsePartialDate,
  startOfPartialDate,
} from '../../src/lib/dates.ts';

describe('partial dates', () => {
  it('parses a year, a month and a day', () => {
    expect(parsePartialDate('2022')).toEqual({ year: 2022 });
    expect(parsePartialDate('2026-11')).toEqual({ year: 2026, month: 11 });
    expect(parsePartialDate('2026-11-01')).toEqual({ year: 2026, month: 11, day: 1 });
  });

  it('rejects impossible dates and other text', () => {
    expect(parsePartialDate('2026-13')).toBeNull();
    expect(parsePartialDate('2026-02-30')).toBeNull();
    expect(parsePartialDate('Nov 2026')).toBeNull();
    expect(parsePartialDate('')).toBeNull();
  });

  it('normalises what YAML produces', () => {
    expect(normalisePartialDate(new Date('2026-11-01T00:00:00Z'))).toBe('2026-11-01');
    expect(normalisePartialDate(2022)).toBe('2022');
    expect(normalisePartialDate('2026-11')).toBe('2026-11');
    expect(normalisePartialDate(20.5)).toBe(20.5);
  });

  it('knows a date in the future from today', () => {
    const today = new Date('2026-11-23T12:00:00Z');
    expect(isFuturePartialDate('2026-11-23', today)).toBe(false);
    expect(isFuturePartialDate('2026-11', today)).toBe(false);
    expect(isFuturePartialDate('2026-11-24', today)).toBe(true);
    expect(isFuturePartialDate('2027', today)).toBe(true);
  });

  it('orders partial dates by their first day', () => {
    expect(startOfPartialDate('2026')).toBe(Date.UTC(2026, 0, 1));
    expect(laterPartialDate('2026-10', '2026-11-02')).toBe('2026-11-02');
    expect(laterPartialDate('2026-11', '2025')).toBe('2026-11');
    expect(() => startOfPartialDate('soon')).toThrow(/not a date/);
  });
});
