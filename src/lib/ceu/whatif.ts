/**
 * "What if I add…": what one more credential would change for a reader. The renewal figures come
 * from the rules engine run twice (as things are, and with the credential added); exam price,
 * dues, preparation and pay come from the credential's and issuer's facts (/ceu/whatif.json).
 * Pure: no DOM, no storage.
 *
 * Assumptions, said to the reader beside the figures:
 * - the credential is earned today, and joins the issuer's current cycle when the reader holds
 *   one of its credentials already (the engine uses the held credentials' cycle dates), or
 *   starts a cycle of its own today when they hold none;
 * - activities already claimed for the issuer's held credentials would be claimed for the new
 *   one too; the rule pack then decides what counts (AAPC: nothing completed before
 *   certification fills the new credential's own minimum).
 */
import { issuerProgress, type IssuerProgress, type MinimumProgress } from './engine.ts';
import type { RulePack } from './rules.ts';
import type { Activity, CredentialRecord, HeldCredential } from './types.ts';
import type { Fact, KnownFact } from '../facts.ts';

/** A credential as the tracker lists it (id, abbreviation, issuer). */
export interface WhatIfOption {
  id: string;
  abbreviation: string;
  issuer: string;
}

/** What /ceu/whatif.json holds for one credential. */
export interface WhatIfCredential {
  id: string;
  abbreviation: string;
  issuer: string;
  /** The exam price (one attempt). */
  exam: Fact;
  /** Pay figures for holders, each with what it measures. */
  pay: { label: string; fact: Fact }[];
  /** Typical preparation time, from the roadmap step that leads to the credential; null when none does. */
  prep: Fact | null;
}

/** What /ceu/whatif.json holds for one issuer. */
export interface WhatIfIssuer {
  id: string;
  dues: Fact;
  duesRequired: Fact<boolean>;
}

export interface WhatIfData {
  credentials: WhatIfCredential[];
  issuers: WhatIfIssuer[];
}

/** Credentials the reader could add: every option they do not hold, in the options' order. */
export function candidates<O extends { id: string }>(options: readonly O[], held: readonly { credential: string }[]): O[] {
  const have = new Set(held.map((c) => c.credential));
  return options.filter((o) => !have.has(o.id));
}

/** The reader's credential records with their issuers (records whose credential no option knows are left out). */
export function withIssuers(records: readonly CredentialRecord[], options: readonly WhatIfOption[]): HeldCredential[] {
  const issuerOf = new Map(options.map((o) => [o.id, o.issuer]));
  return records.flatMap((c) => {
    const issuer = issuerOf.get(c.credential);
    return issuer ? [{ ...c, issuer }] : [];
  });
}

export interface RenewalChange {
  issuer: string;
  /** Where the reader stands now with this issuer; null when they hold none of its credentials. */
  before: IssuerProgress | null;
  /** Where they would stand with the credential added. */
  after: IssuerProgress;
  /** CEUs the cycle's total grows by (the whole total for a new issuer); null when a total is unknown. */
  addedCeus: number | null;
  /** Minimums the new credential brings (its own, and shares of a total that changed). */
  newMinimums: MinimumProgress[];
  /** True when the credential would join a cycle the reader already has with this issuer. */
  joinsCycle: boolean;
}

export interface RenewalInput {
  packs: readonly RulePack[];
  held: readonly HeldCredential[];
  activities: readonly Activity[];
  /** `YYYY-MM-DD`. */
  today: string;
  /** The credential to add and its issuer. */
  add: { id: string; issuer: string };
}

/**
 * The renewal figures with `add` held too, for its issuer. Null when no rule pack covers the
 * issuer (its renewal rules are not known to the tracker).
 */
export function renewalChange({ packs, held, activities, today, add }: RenewalInput): RenewalChange | null {
  const pack = packs.find((p) => p.id === add.issuer);
  if (!pack) return null;
  const mine = held.filter((c) => c.issuer === pack.id && c.credential !== add.id);
  const heldIds = new Set(mine.map((c) => c.credential));
  const before = mine.length > 0 ? issuerProgress(pack, mine, activities, today) : null;
  const added: HeldCredential = { credential: add.id, issuer: pack.id, earned: today };
  // Claimed for a held credential of this issuer: the reader would claim it for the new one too.
  const claimed = activities.map((a) => (a.appliesTo.some((id) => heldIds.has(id)) ? { ...a, appliesTo: [...a.appliesTo, add.id] } : a));
  const after = issuerProgress(pack, [...mine, added], claimed, today);
  const was = before?.required.ceus ?? 0;
  const now = after.required.ceus;
  const addedCeus = now === null || (before !== null && before.required.ceus === null) ? null : now - was;
  const known = new Map((before?.minimums ?? []).map((m) => [m.id, m.required]));
  const newMinimums = after.minimums.filter((m) => known.get(m.id) !== m.required);
  return { issuer: pack.id, before, after, addedCeus, newMinimums, joinsCycle: before !== null && before.cycle !== null };
}

/** What the credential adds in yearly dues to the issuer. */
export type DuesChange =
  /** Membership is required and the reader holds none of this issuer's credentials: the dues are new. */
  | { kind: 'adds'; fact: Fact }
  /** Membership is required, and already paid for a credential the reader holds. */
  | { kind: 'already-paid'; fact: Fact }
  /** The issuer does not require a membership to keep its credentials. */
  | { kind: 'not-required'; fact: Fact<boolean> }
  /** Whether a membership is required is not known. */
  | { kind: 'unknown'; fact: Fact<boolean> };

export function duesChange(issuer: WhatIfIssuer, held: readonly HeldCredential[]): DuesChange {
  const required = issuer.duesRequired;
  if (required.kind !== 'fact') return { kind: 'unknown', fact: required };
  if (!required.value) return { kind: 'not-required', fact: required };
  return held.some((c) => c.issuer === issuer.id) ? { kind: 'already-paid', fact: issuer.dues } : { kind: 'adds', fact: issuer.dues };
}

/** A pay difference one source gives: two figures from the same source and date. */
export interface PayDifference {
  /** The held credential compared with. */
  held: string;
  label: string;
  heldLabel: string;
  fact: KnownFact<number>;
  heldFact: KnownFact<number>;
  /** The added credential's figure minus the held one's. */
  difference: number;
}

function isPay(f: Fact): f is KnownFact<number> {
  return f.kind === 'fact' && typeof f.value === 'number' && f.unit === 'usd-per-year';
}

/**
 * Differences between the added credential's pay and a held credential's, only where both
 * figures come from one source of one date (the same survey): figures from different surveys or
 * years are not subtracted.
 */
export function payDifferences(add: WhatIfCredential, held: readonly WhatIfCredential[]): PayDifference[] {
  const out: PayDifference[] = [];
  for (const p of add.pay) {
    if (!isPay(p.fact)) continue;
    for (const h of held) {
      for (const q of h.pay) {
        const f = p.fact;
        const g = q.fact;
        if (!isPay(g) || g.source.id !== f.source.id || g.asOf !== f.asOf) continue;
        out.push({ held: h.id, label: p.label, heldLabel: q.label, fact: f, heldFact: g, difference: f.value - g.value });
      }
    }
  }
  return out;
}
