/**
 * The CEU rules engine: from rule packs, the credentials a reader holds, their activity log and
 * today's date, where they stand with each issuer. Pure and synchronous; one pass over the
 * activities per issuer (plus a sort of the rare activities that could fill two minimums), so a
 * log of thousands recomputes in a few milliseconds.
 *
 * CEUs are added in hundredths (integers), so totals do not depend on the order of the log.
 */
import { cycleStatus, deadlines, findCycle, type Cycle, type CycleStatus, type Deadlines } from './cycle.ts';
import { isIsoDay, daysBetween } from './days.ts';
import { findRule, known, rulesInForce, type Rule, type RulePack } from './rules.ts';
import { fillContested, fromH, h, minimumSlots, shareSlots, tallyActivities, type MinimumProgress, type Verdict } from './tally.ts';
import { requiredTotal, type RequiredTotal } from './totals.ts';
import type { Activity, HeldCredential } from './types.ts';

export type { Cycle, CycleStatus, MinimumProgress, RequiredTotal, Verdict };
export type { VerdictReason } from './tally.ts';

export type EngineWarning =
  /** Held credentials of this issuer have different cycle dates; the one due first is used. */
  | 'cycle-dates-differ'
  /** The cycle was worked out from an earned date, but the issuer aligns cycles to a renewal month. */
  | 'cycle-estimated'
  /** The rule pack does not know the cycle length; two years is assumed. */
  | 'cycle-length-assumed'
  /** A held credential is not in the issuer's rule pack; it still counts toward the number held. */
  | 'unknown-credential'
  /**
   * The issuer does not say whether a held credential is a specialty one (AAPC does not list
   * them); the pack treats it as one and asks for its minimum, to be safe. `classUnconfirmed` names them.
   */
  | 'class-unconfirmed';

export interface IssuerProgress {
  issuer: string;
  /** Held credential ids, in the order given. */
  credentials: string[];
  cycle: Cycle | null;
  status: CycleStatus;
  required: RequiredTotal;
  minimums: MinimumProgress[];
  /** CEUs that count toward the total. */
  counted: number;
  /** CEUs short of the total (0 when met). */
  missing: number;
  /** At least this many more CEUs are needed, minimums included. */
  stillNeeded: number;
  dueDate: string | null;
  submissionOpens: string | null;
  lapseDate: string | null;
  /** Days from today to the due date (negative once past). */
  daysLeft: number | null;
  /** One per input activity, in input order. */
  verdicts: Verdict[];
  /** The rules in force for this cycle (on its due date), to cite and explain. */
  rules: Rule[];
  warnings: EngineWarning[];
  /** Names of held credentials whose specialty or role class the issuer has not confirmed ('class-unconfirmed'). */
  classUnconfirmed: string[];
}

export interface EngineInput {
  packs: readonly RulePack[];
  credentials: readonly HeldCredential[];
  activities: readonly Activity[];
  /** `YYYY-MM-DD`. */
  today: string;
}

/**
 * Progress per issuer, for every issuer (in pack order) of which the reader holds a credential.
 * Throws only when `today` is not a calendar day (a programming error, not reader data).
 */
export function computeProgress({ packs, credentials, activities, today }: EngineInput): IssuerProgress[] {
  if (!isIsoDay(today)) throw new RangeError(`today is not a calendar day: ${today}`);
  const out: IssuerProgress[] = [];
  for (const pack of packs) {
    const held = uniqueHeld(credentials.filter((c) => c.issuer === pack.id));
    if (held.length > 0) out.push(issuerProgress(pack, held, activities, today));
  }
  return out;
}

function uniqueHeld(list: readonly HeldCredential[]): HeldCredential[] {
  const seen = new Set<string>();
  return list.filter((c) => !seen.has(c.credential) && (seen.add(c.credential), true));
}

/** One issuer's progress. Exported for tests and for callers that work issuer by issuer. */
export function issuerProgress(pack: RulePack, held: readonly HeldCredential[], activities: readonly Activity[], today: string): IssuerProgress {
  const warnings: EngineWarning[] = [];
  const cycleRule = findRule(rulesInForce(pack, today), 'cycle');
  const knownYears = known(cycleRule?.years);
  if (knownYears === undefined) warnings.push('cycle-length-assumed');
  const found = findCycle(held, knownYears ?? 2, today);
  const cycle = found.cycle;
  if (found.differ) warnings.push('cycle-dates-differ');
  if (cycle?.from === 'earned' && cycleRule?.firstCycle === 'renewal-month') warnings.push('cycle-estimated');
  if (held.some((c) => !pack.credentials.some((p) => p.id === c.credential))) warnings.push('unknown-credential');
  // A minimum asked for on a class the issuer has not confirmed: the reader is told, not left to guess.
  const classUnconfirmed = pack.credentials
    .filter((p) => held.some((c) => c.credential === p.id) && p.class !== undefined && (p.class.kind === 'unknown' || (p.class.confidence === 'unconfirmed' && p.class.value !== 'core')))
    .map((p) => p.name);
  if (classUnconfirmed.length > 0) warnings.push('class-unconfirmed');

  const rules = rulesInForce(pack, cycle?.end ?? today);
  const required = requiredTotal(rules, held, cycle);
  const dates: Deadlines | null = cycle && deadlines(cycle, known(findRule(rules, 'submission')?.opensBefore), known(findRule(rules, 'lapse')?.afterDue));

  const { heldInfo, slots } = minimumSlots(pack, rules, held);
  const shares = shareSlots(rules, required.ceus);
  const tally = tallyActivities(activities, { rules, heldInfo, shares, cycle, today });
  fillContested(tally.contested, activities, tally.verdicts, tally.perActivity);

  const counted = tally.counted;
  const requiredH = required.ceus === null ? 0 : h(required.ceus);
  const missing = Math.max(0, requiredH - counted);
  let credentialShort = 0;
  let shareShort = 0;
  const minimums = [...slots, ...shares].map((slot) => {
    const short = Math.max(0, slot.required - slot.counted);
    if (slot.progress.kind === 'credential') credentialShort += short;
    else shareShort = Math.max(shareShort, short);
    return { ...slot.progress, required: fromH(slot.required), counted: fromH(slot.counted), missing: fromH(short), met: short === 0 };
  });

  return {
    issuer: pack.id,
    credentials: held.map((c) => c.credential),
    cycle,
    status: cycleStatus(cycle, dates, today),
    required,
    minimums,
    counted: fromH(counted),
    missing: fromH(missing),
    stillNeeded: fromH(Math.max(missing, credentialShort, shareShort)),
    dueDate: dates?.due ?? null,
    submissionOpens: dates?.submissionOpens ?? null,
    lapseDate: dates?.lapse ?? null,
    daysLeft: dates ? daysBetween(today, dates.due) : null,
    verdicts: tally.verdicts,
    rules,
    warnings,
    classUnconfirmed,
  };
}
