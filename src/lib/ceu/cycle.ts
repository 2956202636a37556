/**
 * An issuer's current renewal cycle and its deadlines: from the cycle dates a reader copies
 * from the issuer's account, or else from the day a credential was earned.
 */
import { addDays, addMonths, addYears, isIsoDay } from './days.ts';
import type { HeldCredential } from './types.ts';

/** The window in which CEUs count; `end` is the due date. */
export interface Cycle {
  start: string;
  end: string;
  /** Where the dates came from: the reader's cycle dates, or worked out from an earned date. */
  from: 'cycle-dates' | 'earned';
}

/** Where the reader stands in the cycle. */
export type CycleStatus = 'needs-dates' | 'not-started' | 'in-cycle' | 'submission-open' | 'overdue' | 'lapsed';

export interface Deadlines {
  due: string;
  /** When the issuer starts accepting the submission; null when the pack does not say. */
  submissionOpens: string | null;
  /** When the credential lapses (is revoked) if nothing was submitted; null when unknown. */
  lapse: string | null;
}

/**
 * The cycle shared by an issuer's credentials. Cycle dates win over earned dates; when held
 * credentials disagree, the one due first is used and `differ` is set. From an earned date, the
 * first cycle starts that day and cycles follow every `years`, up to the one holding `today`
 * (no carry-over: only the current cycle matters).
 */
export function findCycle(
  held: readonly HeldCredential[],
  years: number,
  today: string,
): { cycle: Cycle | null; differ: boolean } {
  let best: Cycle | null = null;
  let differ = false;
  for (const h of held) {
    const { cycleStart: start, cycleEnd: end } = h;
    if (start === undefined || end === undefined || !isIsoDay(start) || !isIsoDay(end) || start > end) continue;
    if (best !== null && (best.start !== start || best.end !== end)) differ = true;
    if (best === null || end < best.end || (end === best.end && start < best.start)) best = { start, end, from: 'cycle-dates' };
  }
  if (best !== null) return { cycle: best, differ };

  let earned: string | undefined;
  for (const h of held) if (h.earned !== undefined && isIsoDay(h.earned) && (earned === undefined || h.earned < earned)) earned = h.earned;
  if (earned === undefined) return { cycle: null, differ: false };
  return { cycle: cycleFromEarned(earned, years, today), differ: false };
}

/** The cycle that holds `today` in the series starting on `earned` (the first one if today is earlier). */
export function cycleFromEarned(earned: string, years: number, today: string): Cycle {
  const step = Math.max(1, Math.round(years));
  // Jump close to today, then settle; counting from `earned` each time avoids Feb 29 drift.
  let k = Math.max(0, Math.floor((Number(today.slice(0, 4)) - Number(earned.slice(0, 4))) / step) - 1);
  let start = addYears(earned, k * step);
  let end = addDays(addYears(earned, (k + 1) * step), -1);
  while (today > end) {
    k += 1;
    start = addYears(earned, k * step);
    end = addDays(addYears(earned, (k + 1) * step), -1);
  }
  return { start, end, from: 'earned' };
}

/** Due date, submission opening and lapse date of a cycle. */
export function deadlines(cycle: Cycle, opensMonthsBefore: number | undefined, lapseDaysAfter: number | undefined): Deadlines {
  return {
    due: cycle.end,
    submissionOpens: opensMonthsBefore === undefined ? null : addMonths(cycle.end, -opensMonthsBefore),
    lapse: lapseDaysAfter === undefined ? null : addDays(cycle.end, lapseDaysAfter),
  };
}

/** Where `today` falls: before the cycle, in it, in the submission window, past due, or lapsed. */
export function cycleStatus(cycle: Cycle | null, dates: Deadlines | null, today: string): CycleStatus {
  if (cycle === null || dates === null) return 'needs-dates';
  if (today < cycle.start) return 'not-started';
  if (today <= dates.due) return dates.submissionOpens !== null && today >= dates.submissionOpens ? 'submission-open' : 'in-cycle';
  return dates.lapse !== null && today > dates.lapse ? 'lapsed' : 'overdue';
}
