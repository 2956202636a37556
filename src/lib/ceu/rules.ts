/**
 * Renewal rule packs (content/ceu-rules.yaml) as plain data, and which rules are in force on a
 * given day. The content schema (src/schemas/ceu-rules.ts) produces exactly these shapes, so the
 * engine takes packs from a build-time collection or from JSON shipped to the browser alike.
 */
import type { Fact, Ref } from '../facts.ts';
import type { CeuCategory } from './types.ts';

/** AAPC's grouping: CMS courses count for core credentials only; specialty and role ones have their own minimums. */
export const CREDENTIAL_CLASSES = ['core', 'specialty', 'role'] as const;
export type CredentialClass = (typeof CREDENTIAL_CLASSES)[number];

/** When a first cycle starts: on the exam date (AHIMA) or aligned to the membership renewal month (AAPC). */
export const FIRST_CYCLE_STARTS = ['exam-date', 'renewal-month'] as const;
export type FirstCycleStart = (typeof FIRST_CYCLE_STARTS)[number];

/** How sure a rule's dates are; see the header of content/ceu-rules.yaml. */
export const EFFECTIVE_BASES = ['published', 'in-force-by', 'approximate'] as const;
export type EffectiveBasis = (typeof EFFECTIVE_BASES)[number];

export const RULE_KINDS = [
  'cycle',
  'total-by-count',
  'total-base-plus',
  'credential-minimum',
  'share-minimum',
  'minimums-per-activity',
  'core-only',
  'once-per-course',
  'renewal-month',
  'carry-over',
  'before-certification',
  'submission',
  'lapse',
  'audit',
  'replaces',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

interface Dated {
  /** First day the rule applies, `YYYY-MM-DD`. */
  effective: string;
  /** First day it no longer applies, once superseded. */
  until?: string | undefined;
  basis: EffectiveBasis;
  note?: string | undefined;
}

export type CycleRule = Dated & {
  rule: 'cycle';
  years: Fact<number>;
  firstCycle: FirstCycleStart;
  firstCycleRule: Fact<string>;
};
export type TotalByCountRule = Dated & {
  rule: 'total-by-count';
  /** One row per number of credentials held; `orMore` on the last row covers anything above. */
  table: { credentials: number; orMore: boolean; ceus: Fact<number> }[];
};
export type TotalBasePlusRule = Dated & {
  rule: 'total-base-plus';
  /** The total for one credential, by credential; with several, the highest applies. */
  base: { credentials: string[]; ceus: Fact<number> }[];
  perExtra: Fact<number>;
  cap: Fact<number>;
};
export type CredentialMinimumRule = Dated & {
  rule: 'credential-minimum';
  /** Each of these credentials, when held, needs `ceus` of `category` claimed for it. */
  credentials: string[];
  category: CeuCategory;
  ceus: Fact<number>;
};
export type ShareMinimumRule = Dated & { rule: 'share-minimum'; category: CeuCategory; percent: Fact<number> };
export type MinimumsPerActivityRule = Dated & { rule: 'minimums-per-activity'; count: Fact<number> };
export type CoreOnlyRule = Dated & { rule: 'core-only'; category: CeuCategory; statement: Fact<string> };
export type OncePerCourseRule = Dated & { rule: 'once-per-course'; statement: Fact<string> };
/**
 * CEUs completed in the renewal month may count toward the submission then due or the next one
 * (AAPC): so one from the month before the cycle starts is not simply "before this cycle".
 */
export type RenewalMonthRule = Dated & { rule: 'renewal-month'; statement: Fact<string> };
export type CarryOverRule = Dated & { rule: 'carry-over'; allowed: Fact<boolean> };
export type BeforeCertificationRule = Dated & { rule: 'before-certification'; accepted: Fact<boolean> };
export type SubmissionRule = Dated & { rule: 'submission'; opensBefore: Fact<number> };
export type LapseRule = Dated & {
  rule: 'lapse';
  /** Days after the due date at which the credential is revoked when the requirements are not met. */
  afterDue: Fact<number>;
  /**
   * True when the issuer makes the credential inactive from the end of the cycle until then
   * (AHIMA); absent when it names no such state (AAPC: the credential is overdue, then revoked).
   */
  inactiveAtDue?: Fact<boolean> | undefined;
};
export type AuditRule = Dated & { rule: 'audit'; share: Fact<number>; proofDays?: Fact<number> | undefined };
/**
 * Once `credential` is granted it replaces the credentials in `replaces` (AHIMA: the RHIA replaces
 * the RHIT): a reader who still lists a replaced one keeps the record, but only `credential`'s
 * requirement counts.
 */
export type ReplacesRule = Dated & { rule: 'replaces'; credential: string; replaces: string[]; statement: Fact<string> };

export type Rule =
  | CycleRule
  | TotalByCountRule
  | TotalBasePlusRule
  | CredentialMinimumRule
  | ShareMinimumRule
  | MinimumsPerActivityRule
  | CoreOnlyRule
  | OncePerCourseRule
  | RenewalMonthRule
  | CarryOverRule
  | BeforeCertificationRule
  | SubmissionRule
  | LapseRule
  | AuditRule
  | ReplacesRule;

/** A credential a pack governs; `class` matters to AAPC only. */
export interface PackCredential {
  id: string;
  name: string;
  class?: Fact<CredentialClass> | undefined;
}

/** One issuer's renewal rules. `id` is the issuer id (aapc, ahima, nha). */
export interface RulePack {
  id: string;
  issuer: Ref<'issuers'>;
  credentials: PackCredential[];
  rules: Rule[];
}

/**
 * Rules that replace each other share a key: the kind, plus the category or the credential
 * where there is one (each credential that replaces others has a rule of its own).
 */
export function ruleKey(rule: Rule): string {
  if ('category' in rule) return `${rule.rule}:${rule.category}`;
  return rule.rule === 'replaces' ? `${rule.rule}:${rule.credential}` : rule.rule;
}

/**
 * The rules in force on `day` (`YYYY-MM-DD`): effective on or before it and not yet superseded.
 * A rule dated `in-force-by` with no earlier version of the same key also covers earlier days,
 * since the source shows only that it was in force by then.
 */
export function rulesInForce(pack: RulePack, day: string): Rule[] {
  return pack.rules.filter((rule) => {
    if (rule.until !== undefined && day >= rule.until) return false;
    if (rule.effective <= day) return true;
    return rule.basis === 'in-force-by' && !hasPredecessor(pack.rules, rule);
  });
}

function hasPredecessor(rules: readonly Rule[], rule: Rule): boolean {
  const key = ruleKey(rule);
  return rules.some((r) => r !== rule && ruleKey(r) === key && r.effective < rule.effective);
}

/** The first rule of a kind among `rules` (rule packs hold one per key at a time). */
export function findRule<K extends RuleKind>(rules: readonly Rule[], kind: K): Extract<Rule, { rule: K }> | undefined {
  return rules.find((r): r is Extract<Rule, { rule: K }> => r.rule === kind);
}

/** Every rule of a kind among `rules`. */
export function findRules<K extends RuleKind>(rules: readonly Rule[], kind: K): Extract<Rule, { rule: K }>[] {
  return rules.filter((r): r is Extract<Rule, { rule: K }> => r.rule === kind);
}

/** A Fact's number, or undefined when the figure is unknown. */
export function known<V extends number | string | boolean>(fact: Fact<V> | undefined): V | undefined {
  return fact !== undefined && fact.kind === 'fact' ? fact.value : undefined;
}

/** The issuer of a credential id, from the packs' credential lists. */
export function issuerOf(packs: readonly RulePack[], credential: string): string | undefined {
  return packs.find((p) => p.credentials.some((c) => c.id === credential))?.id;
}
