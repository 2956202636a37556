/**
 * The comparer's "Renewal if you hold these together" row asks the CEU engine what a reader who
 * holds a set of credentials must earn. The set has no order: a reader who picks the RHIA then the
 * RHIT must see the same figures as one who picks them the other way round. needs.ts sorts the ids
 * before asking the engine; this checks the engine's answer does not depend on the order anyway,
 * for every set of up to three credentials of each rule pack that has more than one (the reason the mutant that drops
 * the sort is listed as equivalent in tests/mutation-equivalents/compare/needs.ts.json).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ceuRulePackSchema } from '../../src/schemas/ceu-rules.ts';
import { computeProgress } from '../../src/lib/ceu/engine.ts';
import type { RulePack } from '../../src/lib/ceu/rules.ts';

const DAY = '2026-12-07';
const packs: RulePack[] = (parseYaml(readFileSync('content/ceu-rules.yaml', 'utf8')) as unknown[]).map((raw) => ceuRulePackSchema.parse(raw));

/** Every set of one to `most` ids, each once, in a fixed order. */
function sets(ids: readonly string[], most: number): string[][] {
  const out: string[][] = [];
  const grow = (from: number, set: string[]) => {
    if (set.length > 0) out.push(set);
    if (set.length === most) return;
    for (let i = from; i < ids.length; i += 1) grow(i + 1, [...set, ids[i]!]);
  };
  grow(0, []);
  return out;
}

/**
 * What each column of the row shows from the engine (compare/renewal.ts): the total with the
 * figures it cites, the replacements, and the minimums of that column, which are the column's own
 * credential minimums and the issuer's shares of the total.
 */
function columns(pack: RulePack, ids: readonly string[]) {
  const held = ids.map((credential) => ({ credential, issuer: pack.id }));
  const [p] = computeProgress({ packs: [pack], credentials: held, activities: [], today: DAY });
  return [...ids].sort().map((id) => ({
    id,
    required: p!.required,
    replaced: p!.replaced,
    minimums: p!.minimums.filter((m) => m.kind !== 'credential' || m.credential === id),
  }));
}

describe('the renewal a comparer shows for credentials held together does not depend on the order they were picked', () => {
  for (const pack of packs.filter((p) => p.credentials.length > 1)) {
    it(`${pack.id}: every set of up to three credentials, in picked and reversed order`, () => {
      const ids = pack.credentials.map((c) => c.id);
      const all = sets(ids, 3);
      expect(all.length).toBeGreaterThan(ids.length);
      for (const set of all) expect(columns(pack, [...set].reverse()), set.join(' + ')).toEqual(columns(pack, set));
    });
  }
});
