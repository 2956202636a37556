/**
 * How many CEUs a cycle asks for: AAPC by the number of credentials held, AHIMA from the
 * highest single-credential total plus a fixed amount per extra credential up to a cap, and the
 * reader's prorated first-cycle figure when they have set one.
 */
import type { Fact } from '../facts.ts';
import type { Cycle } from './cycle.ts';
import { findRule, known, type Rule } from './rules.ts';
import type { HeldCredential } from './types.ts';

export interface RequiredTotal {
  /** CEUs this cycle asks for; null when the rule pack does not know. */
  ceus: number | null;
  /** What the rule table says for the credentials held (before any proration). */
  fromRules: number | null;
  /** True when the reader's prorated first-cycle figure replaced the table's. */
  prorated: boolean;
  /** The figures the total comes from, for citing. */
  facts: Fact<number>[];
  /** Why the total is unknown, when it is. */
  unknownReason?: string;
}

/** The required total for `held` (one issuer's credentials) under `rules`, in `cycle`. */
export function requiredTotal(rules: readonly Rule[], held: readonly HeldCredential[], cycle: Cycle | null): RequiredTotal {
  const fromTable = tableTotal(rules, held);
  const prorated = proratedTotal(held, cycle);
  const base = { fromRules: fromTable.ceus, facts: fromTable.facts };
  if (prorated !== undefined) return { ...base, ceus: prorated, prorated: true };
  if (fromTable.ceus === null)
    return { ...base, ceus: null, prorated: false, unknownReason: fromTable.reason ?? 'The rule pack gives no total for these credentials.' };
  return { ...base, ceus: fromTable.ceus, prorated: false };
}

function tableTotal(rules: readonly Rule[], held: readonly HeldCredential[]): { ceus: number | null; facts: Fact<number>[]; reason?: string } {
  const n = held.length;
  const byCount = findRule(rules, 'total-by-count');
  if (byCount) {
    const exact = byCount.table.find((row) => row.credentials === n);
    const open = byCount.table.filter((row) => row.orMore && row.credentials <= n).sort((a, b) => b.credentials - a.credentials)[0];
    const row = exact ?? open;
    if (row === undefined) return { ceus: null, facts: [], reason: `The issuer's table has no figure for ${n} credentials.` };
    const value = known(row.ceus);
    if (value === undefined) return { ceus: null, facts: [row.ceus], reason: unknownReason(row.ceus) };
    return { ceus: value, facts: [row.ceus] };
  }
  const basePlus = findRule(rules, 'total-base-plus');
  if (basePlus) {
    let base: Fact<number> | undefined;
    for (const h of held) {
      const row = basePlus.base.find((r) => r.credentials.includes(h.credential));
      if (row && (base === undefined || (known(row.ceus) ?? 0) > (known(base) ?? 0))) base = row.ceus;
    }
    const facts = [base, basePlus.perExtra, basePlus.cap].filter((f): f is Fact<number> => f !== undefined);
    const b = known(base);
    const extra = known(basePlus.perExtra);
    const cap = known(basePlus.cap);
    if (b === undefined || extra === undefined || cap === undefined)
      return { ceus: null, facts, reason: base === undefined ? 'None of these credentials has a base total in the rule pack.' : firstUnknown(facts) };
    return { ceus: Math.min(cap, b + extra * Math.max(0, n - 1)), facts };
  }
  return { ceus: null, facts: [] };
}

/** The reader's prorated figure applies to the cycle in which the credential was earned (or to any cycle, without an earned date). */
function proratedTotal(held: readonly HeldCredential[], cycle: Cycle | null): number | undefined {
  let total: number | undefined;
  for (const h of held) {
    const value = h.firstCycleTotal;
    if (value === undefined || !Number.isFinite(value) || value < 0) continue;
    const inCycle = h.earned === undefined || (cycle !== null && h.earned >= cycle.start && h.earned <= cycle.end);
    if (inCycle && (total === undefined || value > total)) total = value;
  }
  return total;
}

function unknownReason(fact: Fact<number>): string {
  return fact.kind === 'unknown' ? fact.reason : '';
}

function firstUnknown(facts: Fact<number>[]): string {
  const f = facts.find((x) => x.kind === 'unknown');
  return f ? unknownReason(f) : 'A figure of the total is not known.';
}
