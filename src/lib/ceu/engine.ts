/**
 * The CEU rules engine: from rule packs, the credentials a reader holds, their activity log and
 * today's date, where they stand with each issuer. Pure and synchronous; one pass over the
 * activities per issuer (plus a sort of the rare activities that could fill two minimums), so a
 * log of thousands recomputes in a few milliseconds.
 *
 * CEUs are added in hundredths (integers), so totals do not depend on the order of the log.
 */
import { cycleStatus, deadlines, findCycle, type Cycle, type CycleStatus, type Deadlines } from './cycle.ts';
import { addDays, isIsoDay, daysBetween } from './days.ts';
import type { Fact } from '../facts.ts';
import { findRule, findRules, known, rulesInForce, type Rule, type RulePack } from './rules.ts';
import { fillContested, fromH, h, minimumSlots, shareSlots, tallyActivities, type MinimumProgress, type Verdict } from './tally.ts';
import { requiredTotal, type RequiredTotal } from './totals.ts';
import type { Activity, HeldCredential } from './types.ts';

export type { Cycle, CycleStatus, MinimumProgress, RequiredTotal, Verdict };

/**
 * Where the reader stands: the cycle's status, or `inactive` when the cycle has ended with CEUs
 * still needed and the issuer makes a credential inactive until it is revoked (AHIMA).
 */
export type ProgressStatus = CycleStatus | 'inactive';

/** A held credential that another held one replaces (the RHIT, once the RHIA is granted). */
export interface Replacement {
  /** The replaced credential: the reader's record stays, its requirement is not counted. */
  credential: string;
  /** The held credential that replaces it. */
  by: string;
  /** The issuer's words, to cite. */
  statement: Fact<string>;
}
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
  /** Held credential ids, in the order given (replaced ones included: see `replaced`). */
  credentials: string[];
  /** Held credentials that another held one replaces; the total and minimums leave them out. */
  replaced: Replacement[];
  cycle: Cycle | null;
  status: ProgressStatus;
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
  /** When the credentials are revoked if the requirements are not met; null when the pack does not say. */
  lapseDate: string | null;
  /**
   * From this day (the day after the due date) the issuer lists the credentials as inactive if
   * the requirements are not met, until `lapseDate` (AHIMA); null when the pack names no such state.
   */
  inactiveDate: string | null;
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
  const todayRules = rulesInForce(pack, today);
  const cycleRule = findRule(todayRules, 'cycle');
  const knownYears = known(cycleRule?.years);
  if (knownYears === undefined) warnings.push('cycle-length-assumed');
  // The cycle comes from the credentials still counted. A replaced one (the RHIT beside the RHIA)
  // lends its dates only when they are cycle dates from the reader's account and the others have
  // none, as cycle dates win over dates worked out from an earned date (see findCycle).
  const current = withoutReplaced(held, replacements(todayRules, held));
  const years = knownYears ?? 2;
  const own = findCycle(current, years, today);
  const all = current.length < held.length && own.cycle?.from !== 'cycle-dates' ? findCycle(held, years, today) : own;
  const found = all.cycle?.from === 'cycle-dates' || own.cycle === null ? all : own;
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
  const replaced = replacements(rules, held);
  const counting = withoutReplaced(held, replaced);
  const required = requiredTotal(rules, counting, cycle);
  const lapseRule = findRule(rules, 'lapse');
  const dates: Deadlines | null = cycle && deadlines(cycle, known(findRule(rules, 'submission')?.opensBefore), known(lapseRule?.afterDue));
  // Inactive from the day after the due date whenever the issuer says so, also when the pack does
  // not know after how many days the credential is then revoked.
  const inactiveDate = dates !== null && known(lapseRule?.inactiveAtDue) === true ? addDays(dates.due, 1) : null;

  // Activities claimed for a replaced credential still count; it just has no minimum of its own.
  const { heldInfo, slots } = minimumSlots(pack, rules, held, new Set(replaced.map((r) => r.credential)));
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

  const stillNeeded = Math.max(missing, credentialShort, shareShort);
  const status = cycleStatus(cycle, dates, today);

  return {
    issuer: pack.id,
    credentials: held.map((c) => c.credential),
    replaced,
    cycle,
    status: status === 'overdue' && inactiveDate !== null && stillNeeded > 0 ? 'inactive' : status,
    required,
    minimums,
    counted: fromH(counted),
    missing: fromH(missing),
    stillNeeded: fromH(stillNeeded),
    dueDate: dates?.due ?? null,
    submissionOpens: dates?.submissionOpens ?? null,
    lapseDate: dates?.lapse ?? null,
    inactiveDate,
    daysLeft: dates ? daysBetween(today, dates.due) : null,
    verdicts: tally.verdicts,
    rules,
    warnings,
    classUnconfirmed,
  };
}

/**
 * Held credentials that another held credential replaces under `rules` (each listed once, by the
 * first rule that names it). Replacement follows the pack's `replaces` rules, never ids in code.
 */
export function replacements(rules: readonly Rule[], held: readonly HeldCredential[]): Replacement[] {
  const out: Replacement[] = [];
  for (const rule of findRules(rules, 'replaces')) {
    if (!held.some((c) => c.credential === rule.credential)) continue;
    for (const old of rule.replaces)
      if (held.some((c) => c.credential === old) && !out.some((r) => r.credential === old)) out.push({ credential: old, by: rule.credential, statement: rule.statement });
  }
  return out;
}

function withoutReplaced(held: readonly HeldCredential[], replaced: readonly Replacement[]): HeldCredential[] {
  return replaced.length === 0 ? [...held] : held.filter((c) => !replaced.some((r) => r.credential === c.credential));
}
