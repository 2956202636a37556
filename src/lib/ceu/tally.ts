/**
 * The activity pass of the rules engine: which activities count for an issuer, why the others
 * do not, and how counted CEUs fill the credential minimums and shares of the total. CEUs are
 * added in hundredths (integers), so sums do not depend on the order of the log.
 */
import type { Fact } from '../facts.ts';
import type { Cycle } from './cycle.ts';
import { addDays } from './days.ts';
import { findRule, findRules, known, type Rule, type RulePack } from './rules.ts';
import type { Activity, CeuCategory, HeldCredential } from './types.ts';

/** Why an activity does or does not count toward an issuer's renewal. */
export type VerdictReason =
  | 'counts'
  /** Not claimed for any credential of this issuer that the reader holds. */
  | 'not-applied'
  /** No usable date or CEU figure. */
  | 'invalid'
  /** The reader has given neither cycle dates nor an earned date for this issuer. */
  | 'no-cycle'
  /** Completed before every credential it is claimed for was earned. */
  | 'before-certification'
  | 'before-cycle'
  /**
   * Completed in the renewal month just before this cycle: the pack lets such CEUs count toward
   * either submission (AAPC), so it counts here only if it was not reported last time. Not counted,
   * since the tracker cannot know; the reader is told.
   */
  | 'last-renewal-month'
  | 'after-cycle'
  /** Its category is not accepted for the credentials it is claimed for (a CMS course for a specialty credential only). */
  | 'category-not-accepted'
  /** The same course (index number) already counts: CEUs are claimed once per course. */
  | 'repeat-course'
  /** The same activity is logged twice (same title, provider and date): it counts once. */
  | 'duplicate-entry'
  /** Dated after today: it counts from its date. */
  | 'future';

export interface Verdict {
  id: string;
  counts: boolean;
  reason: VerdictReason;
  /** The credential minimum (MinimumProgress.id) this activity filled, if any (the first, if several). */
  minimum?: string;
  /** Counts toward the total but was kept out of minimums (a CMS course: core credentials only). */
  caveat?: 'core-only';
}

export interface MinimumProgress {
  /** `specialty:crc` for a credential's own minimum, `share:hiim-domain` for a share of the total. */
  id: string;
  kind: 'credential' | 'share';
  category: CeuCategory;
  /** The credential whose minimum this is (credential minimums only). */
  credential?: string;
  required: number;
  /** CEUs counted toward it (may exceed `required`). */
  counted: number;
  missing: number;
  met: boolean;
  /** The rule's figure: CEUs for a credential minimum, a percentage for a share. */
  fact: Fact<number>;
}

/** CEUs in hundredths. */
export const h = (ceus: number) => Math.round(ceus * 100);
/** Hundredths back to CEUs. */
export const fromH = (n: number) => n / 100;

/** A minimum being filled: amounts in hundredths. */
export interface Slot {
  progress: MinimumProgress;
  required: number;
  counted: number;
}

/** What the activity pass needs to know about a held credential. */
export interface HeldInfo {
  earned: string | undefined;
  core: boolean;
  slots: Map<CeuCategory, Slot>;
}

/**
 * A slot per held credential per credential-minimum rule that names it; a `replaced` credential
 * (another held one replaces it) gets none, though activities claimed for it still count.
 */
export function minimumSlots(pack: RulePack, rules: readonly Rule[], held: readonly HeldCredential[], replaced: ReadonlySet<string> = new Set()) {
  const heldInfo = new Map<string, HeldInfo>();
  const slots: Slot[] = [];
  const minimumRules = findRules(rules, 'credential-minimum');
  for (const c of held) {
    const cls = known(pack.credentials.find((p) => p.id === c.credential)?.class);
    const info: HeldInfo = { earned: c.earned, core: cls === undefined || cls === 'core', slots: new Map() };
    for (const rule of minimumRules) {
      if (replaced.has(c.credential) || !rule.credentials.includes(c.credential)) continue;
      const required = h(known(rule.ceus) ?? 0);
      const slot: Slot = {
        required,
        counted: 0,
        progress: { id: `${rule.category}:${c.credential}`, kind: 'credential', category: rule.category, credential: c.credential, required: 0, counted: 0, missing: 0, met: false, fact: rule.ceus },
      };
      info.slots.set(rule.category, slot);
      slots.push(slot);
    }
    heldInfo.set(c.credential, info);
  }
  return { heldInfo, slots };
}

/** A slot per share-minimum rule: a percentage of the required total. */
export function shareSlots(rules: readonly Rule[], total: number | null): Slot[] {
  return findRules(rules, 'share-minimum').map((rule) => ({
    required: Math.ceil((h(total ?? 0) * (known(rule.percent) ?? 0)) / 100),
    counted: 0,
    progress: { id: `share:${rule.category}`, kind: 'share', category: rule.category, required: 0, counted: 0, missing: 0, met: false, fact: rule.percent },
  }));
}

export interface TallyContext {
  rules: readonly Rule[];
  heldInfo: Map<string, HeldInfo>;
  shares: Slot[];
  cycle: Cycle | null;
  /** `YYYY-MM-DD`: activities dated later do not count yet. */
  today: string;
}

interface Pending {
  index: number;
  eligible: HeldInfo[];
  /** Has a core-only category (a CMS course): counts for core credentials, fills no minimum. */
  restricted: boolean;
}

/** The held credentials an activity is claimed for, or null when none (without allocating). */
function appliedHeld(ids: readonly string[], held: Map<string, HeldInfo>): HeldInfo[] | null {
  let list: HeldInfo[] | null = null;
  for (const id of ids) {
    const info = held.get(id);
    if (info === undefined) continue;
    if (list === null) list = [info];
    else if (!list.includes(info)) list.push(info);
  }
  return list;
}

interface Contested {
  index: number;
  slots: Slot[];
}

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** One pass over the log: a verdict per activity, the CEUs counted, and the activities that could fill several minimums. */
export function tallyActivities(activities: readonly Activity[], { rules, heldInfo, shares, cycle, today }: TallyContext) {
  const excludeBeforeCert = known(findRule(rules, 'before-certification')?.accepted) === false;
  const coreOnly = new Set(findRules(rules, 'core-only').map((r) => r.category));
  const oncePerCourse = findRule(rules, 'once-per-course') !== undefined;
  // The first day of the renewal month before this cycle (the month its previous due date is in).
  const lastRenewalMonth = cycle !== null && findRule(rules, 'renewal-month') !== undefined ? `${addDays(cycle.start, -1).slice(0, 7)}-01` : undefined;
  const perActivity = known(findRule(rules, 'minimums-per-activity')?.count);

  const verdicts: Verdict[] = new Array(activities.length);
  // Activities still in the running, with the held credentials they may count for.
  const pending: Pending[] = [];
  // The same course counts once: the earliest valid claim wins, in or out of the cycle. A course
  // is an index number (where the rules say CEUs count once per course) or, for every issuer, a
  // title, provider and date (the same activity logged twice).
  const courseKey: (string | undefined)[] = [];
  const firstOfCourse = new Map<string, number>();
  const firstOfEntry = new Map<string, number>();
  /** Keeps `map`'s entry for `key` at the earliest claim, `i` or the one it holds. */
  const earliest = (map: Map<string, number>, key: string, i: number) => {
    const first = map.get(key);
    if (first === undefined || compareActivities(activities[i]!, activities[first]!) < 0) map.set(key, i);
  };

  for (let i = 0; i < activities.length; i++) {
    const a = activities[i]!;
    const applied = appliedHeld(a.appliesTo, heldInfo);
    let reason: VerdictReason | undefined;
    let eligible: HeldInfo[] = [];
    let restricted = false;
    if (applied === null) reason = 'not-applied';
    else if (!(a.ceus > 0) || !Number.isFinite(a.ceus) || !DAY_SHAPE.test(a.date)) reason = 'invalid';
    else {
      // What has not happened yet claims no course: a planned repeat never displaces the one done.
      const future = a.date > today;
      if (!future) {
        if (oncePerCourse) {
          const key = a.indexNumber.trim().toUpperCase();
          if (key !== '') earliest(firstOfCourse, (courseKey[i] = key), i);
        }
        earliest(firstOfEntry, entryKey(a), i);
      }
      eligible = excludeBeforeCert ? applied.filter((c) => c.earned === undefined || a.date >= c.earned) : applied;
      if (cycle === null) reason = 'no-cycle';
      else if (eligible.length === 0) reason = 'before-certification';
      else if (a.date < cycle.start) reason = lastRenewalMonth !== undefined && a.date >= lastRenewalMonth ? 'last-renewal-month' : 'before-cycle';
      else if (a.date > cycle.end) reason = 'after-cycle';
      else if (future) reason = 'future';
      else {
        restricted = coreOnly.size > 0 && a.categories.some((c) => coreOnly.has(c));
        if (restricted) eligible = eligible.filter((c) => c.core);
        if (eligible.length === 0) reason = 'category-not-accepted';
      }
    }
    if (reason === undefined) pending.push({ index: i, eligible, restricted });
    else verdicts[i] = { id: a.id, counts: false, reason };
  }

  let counted = 0;
  const contested: Contested[] = [];
  for (const { index, eligible, restricted } of pending) {
    const a = activities[index]!;
    const key = courseKey[index];
    const repeat = key !== undefined && firstOfCourse.get(key) !== index ? 'repeat-course' : firstOfEntry.get(entryKey(a)) !== index ? 'duplicate-entry' : undefined;
    if (repeat !== undefined) {
      verdicts[index] = { id: a.id, counts: false, reason: repeat };
      continue;
    }
    const ceus = h(a.ceus);
    counted += ceus;
    for (const share of shares) if (a.categories.includes(share.progress.category)) share.counted += ceus;
    const verdict: Verdict = restricted ? { id: a.id, counts: true, reason: 'counts', caveat: 'core-only' } : { id: a.id, counts: true, reason: 'counts' };
    verdicts[index] = verdict;
    if (restricted) continue;

    const candidates: Slot[] = [];
    for (const info of eligible) for (const cat of a.categories) {
      const slot = info.slots.get(cat);
      if (slot !== undefined && !candidates.includes(slot)) candidates.push(slot);
    }
    if (candidates.length === 0) continue;
    if (perActivity === undefined || candidates.length <= perActivity) {
      for (const slot of candidates) slot.counted += ceus;
      verdict.minimum = candidates[0]!.progress.id;
    } else {
      contested.push({ index, slots: candidates });
    }
  }
  return { verdicts, counted, contested, perActivity: perActivity ?? 1 };
}

/**
 * Activities that could fill more credential minimums than the rules allow (AAPC: one, since a
 * specialty CEU counts for one specialty and one core credential) fill the ones furthest from
 * met, taken in date order, so the split does not depend on the order of the log.
 */
export function fillContested(contested: Contested[], activities: readonly Activity[], verdicts: Verdict[], perActivity: number): void {
  contested.sort((x, y) => compareActivities(activities[x.index]!, activities[y.index]!) || x.index - y.index);
  for (const { index, slots } of contested) {
    const ceus = h(activities[index]!.ceus);
    // Stable sort: among equally short minimums, the first listed wins.
    const chosen = [...slots].sort((x, y) => y.required - y.counted - (x.required - x.counted)).slice(0, Math.max(1, perActivity));
    for (const slot of chosen) slot.counted += ceus;
    const verdict = verdicts[index];
    if (verdict !== undefined) verdict.minimum = chosen[0]!.progress.id;
  }
}

/** Each activity's date, title and provider as one key, made once per activity: the engine runs per issuer and again on each change, and the store replaces an activity it changes (never edits it in place). */
const entryKeys = new WeakMap<Activity, string>();

/** What makes two log entries the same activity: date, title and provider, without regard to case or edge spaces. */
function entryKey(a: Activity): string {
  let key = entryKeys.get(a);
  if (key === undefined) entryKeys.set(a, (key = `${a.date}\u001f${a.title.trim().toLowerCase()}\u001f${a.provider.trim().toLowerCase()}`));
  return key;
}

/** Date, then id, then the other fields: a total order that does not depend on input order. */
function compareActivities(a: Activity, b: Activity): number {
  return cmp(a.date, b.date) || cmp(a.id, b.id) || a.ceus - b.ceus || cmp(a.title, b.title) || cmp(a.provider, b.provider);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
