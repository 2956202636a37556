/**
 * What the CEU tracker's rules engine (src/lib/ceu/, the rule packs of content/ceu-rules.yaml)
 * asks of a reader who holds a set of one issuer's credentials: the required total and the
 * minimums inside it. The pre-rendered pair pages call this at build time; the comparer island
 * calls it in a worker (src/components/compare/renewal.worker.ts), which carries its own copy of
 * the engine, so /compare/ neither loads the tracker's files nor splits them for /ceu/.
 */
import { computeProgress, type MinimumProgress, type Replacement, type RequiredTotal } from '../ceu/engine.ts';
import type { RulePack } from '../ceu/rules.ts';

/** The engine's figures for a set of one issuer's credentials, before anything is logged. */
export interface IssuerNeeds {
  required: RequiredTotal;
  /** Each held credential's own minimums, then the shares of the total (as the tracker lists them). */
  minimums: MinimumProgress[];
  /** The held credentials the issuer's rule pack lists (the others still count toward the number held). */
  inPack: string[];
  /**
   * Held credentials that another held one replaces (the RHIT beside the RHIA), with the issuer's
   * words to cite: the total and minimums leave them out, and the row says why.
   */
  replaced: Replacement[];
}

/** The answer for one issuer and set: the figures, or null when the issuer has no rule pack. */
export type NeedsAnswer = IssuerNeeds | null;

/** Looks up the answer for `issuer` holding `ids`; undefined while it is still being worked out. */
export type NeedsOf = (issuer: string, ids: readonly string[]) => NeedsAnswer | undefined;

/** The rule packs and the day whose rules apply (`YYYY-MM-DD`). */
export interface RenewalRules {
  packs: readonly RulePack[];
  day: string;
}

/** A stable key for an issuer and a set of its credentials, whatever their order. */
export function needsKey(issuer: string, ids: readonly string[]): string {
  return `${issuer}:${[...new Set(ids)].sort().join(',')}`;
}

/**
 * The engine's figures, from the tracker's own entry point (computeProgress) for a reader who
 * holds exactly `ids` of `pack`'s issuer, with no cycle dates and nothing logged, on `day`.
 */
export function issuerNeeds(pack: RulePack, ids: readonly string[], day: string): IssuerNeeds {
  const held = [...new Set(ids)].sort().map((credential) => ({ credential, issuer: pack.id }));
  const [progress] = computeProgress({ packs: [pack], credentials: held, activities: [], today: day });
  return {
    required: progress!.required,
    minimums: progress!.minimums,
    inPack: held.map((h) => h.credential).filter((id) => pack.credentials.some((c) => c.id === id)),
    replaced: progress!.replaced,
  };
}

/** Answers from the rule packs directly (at build time, in the worker and in tests). */
export function needsFrom({ packs, day }: RenewalRules): NeedsOf {
  const cache = new Map<string, NeedsAnswer>();
  return (issuer, ids) => {
    const key = needsKey(issuer, ids);
    if (!cache.has(key)) {
      const pack = packs.find((p) => p.id === issuer);
      cache.set(key, pack ? issuerNeeds(pack, ids, day) : null);
    }
    return cache.get(key)!;
  };
}
