import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, dayNumber, dayProblem, daysBetween, isIsoDay, isoDay } from '../../src/lib/ceu/days.ts';

describe('checking a date the reader typed', () => {
  it('refuses a day that is not in the calendar, at each edge of the month and year', () => {
    expect(isIsoDay('2026-01-31')).toBe(true);
    expect(isIsoDay('2026-01-32')).toBe(false);
    expect(isIsoDay('2026-01-00')).toBe(false);
    expect(isIsoDay('2026-04-30')).toBe(true);
    expect(isIsoDay('2026-06-31')).toBe(false);
    expect(isIsoDay('2026-09-31')).toBe(false);
    expect(isIsoDay('2026-11-31')).toBe(false);
    expect(isIsoDay('2026-12-31')).toBe(true);
    expect(isIsoDay('2026-07-31')).toBe(true);
    expect(isIsoDay('2026-02-28')).toBe(true);
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2100-02-29')).toBe(false);
    expect(isIsoDay('2400-02-29')).toBe(true);
    expect(isIsoDay('0100-01-01')).toBe(true);
    expect(isIsoDay('0099-12-31')).toBe(false);
  });

  it('refuses other separators and characters around the digits', () => {
    for (const t of ['2026/01/15', '2026-01/15', '2026.01-15', '2026-0a-15', '2026-01-1:', '2026-01-1/', '202a-01-15', ' 2026-01-1', '2026-01-015'])
      expect(isIsoDay(t), t).toBe(false);
    expect(isIsoDay(20260115 as unknown as string)).toBe(false);
  });

  it('says what is wrong with a date field, quoting a long value shortened', () => {
    expect(dayProblem('2026-02-30')).toBe('the date must be a real date written YYYY-MM-DD, not "2026-02-30"');
    expect(dayProblem(42, 'the cycle start')).toBe('the cycle start must be a date written YYYY-MM-DD');
    const long = 'x'.repeat(41);
    expect(dayProblem(long)).toBe(`the date must be a real date written YYYY-MM-DD, not "${'x'.repeat(37)}..."`);
    const forty = 'y'.repeat(40);
    expect(dayProblem(forty)).toBe(`the date must be a real date written YYYY-MM-DD, not "${forty}"`);
  });
});

describe('day arithmetic for due dates', () => {
  it('numbers days from 1970-01-01 and back', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-12-07')).toBe(20_794);
    expect(isoDay(20_794)).toBe('2026-12-07');
    expect(dayNumber('2026-13-01')).toBeNull();
  });

  it('adds and takes away days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-05-31', 90)).toBe('2027-08-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(() => addDays('2026-02-30', 1)).toThrow('not a calendar day: 2026-02-30');
  });

  it('adds months keeping the day where the month has it, else its last day', () => {
    expect(addMonths('2027-05-31', -1)).toBe('2027-04-30');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonths('2028-03-31', -1)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(() => addMonths('2026-04-31', 1)).toThrow('not a calendar day: 2026-04-31');
  });

  it('adds years, Feb 29 becoming Feb 28 in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2025-06-01', 2)).toBe('2027-06-01');
  });

  it('counts the days between two dates, negative when the second is earlier', () => {
    expect(daysBetween('2026-12-01', '2027-05-31')).toBe(181);
    expect(daysBetween('2027-05-31', '2026-12-01')).toBe(-181);
    expect(daysBetween('2026-12-01', '2026-12-01')).toBe(0);
    expect(() => daysBetween('2026-12-32', '2027-01-01')).toThrow('not a calendar day: 2026-12-32');
    expect(() => daysBetween('2026-12-01', '2027-02-29')).toThrow('not a calendar day: 2027-02-29');
  });
});
