import { describe, expect, it } from 'vitest';
import { cycleFromEarned, cycleStatus, deadlines, findCycle, type Cycle } from '../../src/lib/ceu/cycle.ts';
import { held } from './ceu-fixture.ts';

describe('the renewal cycle from the dates a reader enters', () => {
  it('uses the cycle dates copied from the issuer account, whatever the earned date says', () => {
    const r = findCycle([held('cpc', 'aapc', { cycleStart: '2025-06-01', cycleEnd: '2027-05-31', earned: '2019-03-10' })], 2, '2026-01-01');
    expect(r).toEqual({ cycle: { start: '2025-06-01', end: '2027-05-31', from: 'cycle-dates' }, differ: false });
  });

  it('skips cycle dates that are half given, not real days, or backwards, and falls back to the earned date', () => {
    const bad = [
      held('a', 'x', { cycleStart: '2025-06-01', earned: '2024-01-10' }),
      held('b', 'x', { cycleEnd: '2027-05-31', earned: '2024-01-10' }),
      held('c', 'x', { cycleStart: '2025-02-30', cycleEnd: '2027-05-31', earned: '2024-01-10' }),
      held('d', 'x', { cycleStart: '2025-06-01', cycleEnd: '2027-13-01', earned: '2024-01-10' }),
      held('e', 'x', { cycleStart: '2027-06-01', cycleEnd: '2025-05-31', earned: '2024-01-10' }),
    ];
    for (const h of bad) {
      const r = findCycle([h], 2, '2024-06-01');
      expect(r, h.credential).toEqual({ cycle: { start: '2024-01-10', end: '2026-01-09', from: 'earned' }, differ: false });
    }
  });

  it('accepts a one-day cycle (start on the due date)', () => {
    expect(findCycle([held('a', 'x', { cycleStart: '2026-05-31', cycleEnd: '2026-05-31' })], 2, '2026-01-01').cycle).toEqual({ start: '2026-05-31', end: '2026-05-31', from: 'cycle-dates' });
  });

  it('with credentials that disagree, takes the one due first and says the dates differ', () => {
    const list = [
      held('a', 'x', { cycleStart: '2025-01-01', cycleEnd: '2026-12-31' }),
      held('b', 'x', { cycleStart: '2025-06-01', cycleEnd: '2026-06-30' }),
      held('c', 'x', { cycleStart: '2024-01-01', cycleEnd: '2027-12-31' }),
    ];
    expect(findCycle(list, 2, '2026-01-01')).toEqual({ cycle: { start: '2025-06-01', end: '2026-06-30', from: 'cycle-dates' }, differ: true });
    // Same order reversed: the same answer.
    expect(findCycle([...list].reverse(), 2, '2026-01-01')).toEqual({ cycle: { start: '2025-06-01', end: '2026-06-30', from: 'cycle-dates' }, differ: true });
  });

  it('with the same due date but other starts, takes the earlier start and says the dates differ', () => {
    const list = [held('a', 'x', { cycleStart: '2025-06-01', cycleEnd: '2027-05-31' }), held('b', 'x', { cycleStart: '2025-03-01', cycleEnd: '2027-05-31' })];
    expect(findCycle(list, 2, '2026-01-01')).toEqual({ cycle: { start: '2025-03-01', end: '2027-05-31', from: 'cycle-dates' }, differ: true });
    expect(findCycle([...list].reverse(), 2, '2026-01-01')).toEqual({ cycle: { start: '2025-03-01', end: '2027-05-31', from: 'cycle-dates' }, differ: true });
  });

  it('does not call identical dates on two credentials a difference', () => {
    const list = [held('a', 'x', { cycleStart: '2025-06-01', cycleEnd: '2027-05-31' }), held('b', 'x', { cycleStart: '2025-06-01', cycleEnd: '2027-05-31' })];
    expect(findCycle(list, 2, '2026-01-01').differ).toBe(false);
  });

  it('ignores credentials without cycle dates when another has them', () => {
    const list = [held('a', 'x', { earned: '2020-01-01' }), held('b', 'x', { cycleStart: '2025-06-01', cycleEnd: '2027-05-31' })];
    expect(findCycle(list, 2, '2026-01-01')).toEqual({ cycle: { start: '2025-06-01', end: '2027-05-31', from: 'cycle-dates' }, differ: false });
  });

  it('from earned dates alone, counts from the earliest real one', () => {
    const list = [held('a', 'x', { earned: '2024-05-01' }), held('b', 'x', { earned: '2023-02-31' }), held('c', 'x', { earned: '2024-03-15' }), held('d', 'x')];
    expect(findCycle(list, 2, '2024-06-01')).toEqual({ cycle: { start: '2024-03-15', end: '2026-03-14', from: 'earned' }, differ: false });
  });

  it('has no cycle without any usable date', () => {
    expect(findCycle([held('a', 'x'), held('b', 'x', { earned: 'soon' })], 2, '2026-01-01')).toEqual({ cycle: null, differ: false });
    expect(findCycle([], 2, '2026-01-01')).toEqual({ cycle: null, differ: false });
  });
});

describe('cycles worked out from the day a credential was earned', () => {
  it('is the first cycle before and during it', () => {
    expect(cycleFromEarned('2024-03-15', 2, '2020-01-01')).toEqual({ start: '2024-03-15', end: '2026-03-14', from: 'earned' });
    expect(cycleFromEarned('2024-03-15', 2, '2024-03-15')).toEqual({ start: '2024-03-15', end: '2026-03-14', from: 'earned' });
    expect(cycleFromEarned('2024-03-15', 2, '2026-03-14')).toEqual({ start: '2024-03-15', end: '2026-03-14', from: 'earned' });
  });

  it('moves to the next cycle the day after the due date', () => {
    expect(cycleFromEarned('2024-03-15', 2, '2026-03-15')).toEqual({ start: '2026-03-15', end: '2028-03-14', from: 'earned' });
  });

  it('finds the cycle holding today many years on, for one-, two- and three-year cycles', () => {
    expect(cycleFromEarned('2001-07-04', 2, '2026-12-01')).toEqual({ start: '2025-07-04', end: '2027-07-03', from: 'earned' });
    expect(cycleFromEarned('2001-07-04', 2, '2027-07-04')).toEqual({ start: '2027-07-04', end: '2029-07-03', from: 'earned' });
    expect(cycleFromEarned('2001-07-04', 1, '2026-12-01')).toEqual({ start: '2026-07-04', end: '2027-07-03', from: 'earned' });
    expect(cycleFromEarned('2001-07-04', 1, '2026-03-01')).toEqual({ start: '2025-07-04', end: '2026-07-03', from: 'earned' });
    expect(cycleFromEarned('2020-10-01', 3, '2026-12-01')).toEqual({ start: '2026-10-01', end: '2029-09-30', from: 'earned' });
    expect(cycleFromEarned('2020-10-01', 3, '2026-09-30')).toEqual({ start: '2023-10-01', end: '2026-09-30', from: 'earned' });
  });

  it('treats a cycle length that is not a whole number of years as the nearest one, and never less than a year', () => {
    expect(cycleFromEarned('2020-10-01', 2.4, '2026-12-01')).toEqual(cycleFromEarned('2020-10-01', 2, '2026-12-01'));
    expect(cycleFromEarned('2020-10-01', 2.6, '2026-12-01')).toEqual(cycleFromEarned('2020-10-01', 3, '2026-12-01'));
    expect(cycleFromEarned('2020-10-01', 0, '2026-12-01')).toEqual({ start: '2026-10-01', end: '2027-09-30', from: 'earned' });
  });
});

describe('deadlines of a cycle', () => {
  const cycle: Cycle = { start: '2025-06-01', end: '2027-05-31', from: 'cycle-dates' };

  it('gives the due date, when submission opens and when the credential lapses', () => {
    expect(deadlines(cycle, 1, 90)).toEqual({ due: '2027-05-31', submissionOpens: '2027-04-30', lapse: '2027-08-29' });
    expect(deadlines(cycle, 3, 30)).toEqual({ due: '2027-05-31', submissionOpens: '2027-02-28', lapse: '2027-06-30' });
  });

  it('leaves out what the rules do not say', () => {
    expect(deadlines(cycle, undefined, undefined)).toEqual({ due: '2027-05-31', submissionOpens: null, lapse: null });
    expect(deadlines(cycle, 0, 0)).toEqual({ due: '2027-05-31', submissionOpens: '2027-05-31', lapse: '2027-05-31' });
  });
});

describe('where today falls in the cycle', () => {
  const cycle: Cycle = { start: '2025-06-01', end: '2027-05-31', from: 'cycle-dates' };
  const dates = deadlines(cycle, 1, 90);
  const open = (today: string) => cycleStatus(cycle, dates, today);

  it('needs dates without a cycle', () => {
    expect(cycleStatus(null, null, '2026-01-01')).toBe('needs-dates');
    expect(cycleStatus(cycle, null, '2026-01-01')).toBe('needs-dates');
  });

  it('goes from not started to in cycle, submission open, overdue and lapsed, on the right days', () => {
    expect(open('2025-05-31')).toBe('not-started');
    expect(open('2025-06-01')).toBe('in-cycle');
    expect(open('2027-04-29')).toBe('in-cycle');
    expect(open('2027-04-30')).toBe('submission-open');
    expect(open('2027-05-31')).toBe('submission-open');
    expect(open('2027-06-01')).toBe('overdue');
    expect(open('2027-08-29')).toBe('overdue');
    expect(open('2027-08-30')).toBe('lapsed');
  });

  it('without a submission window or lapse date, is in cycle up to the due date and overdue after it, never lapsed', () => {
    const plain = deadlines(cycle, undefined, undefined);
    expect(cycleStatus(cycle, plain, '2027-05-31')).toBe('in-cycle');
    expect(cycleStatus(cycle, plain, '2027-06-01')).toBe('overdue');
    expect(cycleStatus(cycle, plain, '2035-01-01')).toBe('overdue');
  });
});
