/**
 * The AHIMA and NHA rule packs in content/ceu-rules.yaml, run through the CEU engine and checked
 * against the rules as the issuers publish them:
 *
 * - AHIMA (recertification page, ahima-recert-table / ahima-recertification / ahima-recert-2025):
 *   one credential asks 20 CEUs (CCA, CCS, CCS-P, RHIT) or 30 (RHIA, CDIP, CHDA, CHPS, CPHI) per
 *   two-year cycle; each further AHIMA credential adds 10, at most 50; AHIMA's own examples are
 *   CCS + CCS-P = 30, CHPS + RHIT = 40, RHIA + CHDA = 40, RHIA + CDIP = 40, RHIA + CCS + CCS-P = 50.
 *   At least 80% of the CEUs in the HIIM domains; from 2025-01-01, 40% from AHIMA sources.
 * - NHA (third-party pages only): CBCS, 10 CE credits every two years.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { computeProgress, type IssuerProgress } from '../../src/lib/ceu/engine.ts';
import type { HeldCredential } from '../../src/lib/ceu/types.ts';
import { ceuRulePackSchema } from '../../src/schemas/ceu-rules.ts';

const packs = (parseYaml(readFileSync('content/ceu-rules.yaml', 'utf8')) as unknown[]).map((p) => ceuRulePackSchema.parse(p));

/** AHIMA's published total for each credential held alone. */
const PUBLISHED_SINGLE: Record<string, number> = {
  cca: 20,
  ccs: 20,
  'ccs-p': 20,
  rhit: 20,
  rhia: 30,
  cdip: 30,
  chda: 30,
  chps: 30,
  cphi: 30,
};
const AHIMA_IDS = Object.keys(PUBLISHED_SINGLE);

/**
 * AHIMA's rule as written: the highest single total, +10 for each further credential, at most 50;
 * once granted, the RHIA replaces the RHIT (ahima-recert-faq), so the RHIT is not counted beside it.
 */
function publishedTotal(ids: readonly string[]): number {
  const counted = ids.includes('rhia') ? ids.filter((id) => id !== 'rhit') : ids;
  const highest = Math.max(...counted.map((id) => PUBLISHED_SINGLE[id]!));
  return Math.min(50, highest + 10 * (counted.length - 1));
}

const TODAY = '2026-12-07';

function ahima(ids: readonly string[], earned = '2025-03-01'): HeldCredential[] {
  return ids.map((credential) => ({ credential, issuer: 'ahima', earned }));
}

function progress(held: HeldCredential[], today = TODAY): IssuerProgress {
  const [p, ...rest] = computeProgress({ packs, credentials: held, activities: [], today });
  if (!p || rest.length > 0) throw new Error('expected progress for exactly one issuer');
  return p;
}

function required(ids: readonly string[]): number | null {
  return progress(ahima(ids)).required.ceus;
}

describe('AHIMA pack: required CEUs per cycle, through the engine', () => {
  it.each(AHIMA_IDS)('asks the published single-credential total for the %s held alone', (id) => {
    const p = progress(ahima([id]));
    expect(p.required).toMatchObject({ ceus: PUBLISHED_SINGLE[id], fromRules: PUBLISHED_SINGLE[id], prorated: false });
    expect(p.warnings).not.toContain('unknown-credential');
  });

  it('asks 20 for the CCA, CCS, CCS-P and RHIT and 30 for the RHIA, CDIP, CHDA, CHPS and CPHI', () => {
    expect(['cca', 'ccs', 'ccs-p', 'rhit'].map((id) => required([id]))).toEqual([20, 20, 20, 20]);
    expect(['rhia', 'cdip', 'chda', 'chps', 'cphi'].map((id) => required([id]))).toEqual([30, 30, 30, 30, 30]);
  });

  it('asks 30 for the CCS and CCS-P together, as AHIMA states', () => {
    expect(required(['ccs', 'ccs-p'])).toBe(30);
  });

  it('asks 40 for the RHIA with the CDIP, and for AHIMA\'s other pairs of 40', () => {
    expect(required(['rhia', 'cdip'])).toBe(40);
    expect(required(['rhia', 'chda'])).toBe(40);
    expect(required(['chps', 'rhit'])).toBe(40);
  });

  it('asks 50 for the RHIA with the CCS and CCS-P', () => {
    expect(required(['rhia', 'ccs', 'ccs-p'])).toBe(50);
  });

  it('caps four credentials at 50', () => {
    // 30 + 3 × 10 = 60 without the cap.
    expect(required(['rhia', 'cdip', 'chda', 'chps'])).toBe(50);
    // 20 + 3 × 10 = 50: exactly at the cap.
    expect(required(['cca', 'ccs', 'ccs-p', 'rhit'])).toBe(50);
    // Every AHIMA credential at once is still 50.
    expect(required(AHIMA_IDS)).toBe(50);
  });

  it('uses the highest single total whatever order the credentials are listed in', () => {
    expect(required(['cca', 'chps'])).toBe(40);
    expect(required(['chps', 'cca'])).toBe(40);
    expect(required(['rhit', 'ccs'])).toBe(30);
  });

  it('matches AHIMA\'s rule for every combination of its credentials', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(AHIMA_IDS, { minLength: 1 }), (ids) => {
        expect(required(ids)).toBe(publishedTotal(ids));
      }),
    );
  });

  it('cites the issuer for the base, the per-credential step and the cap', () => {
    const facts = progress(ahima(['rhia', 'ccs'])).required.facts;
    expect(facts.map((f) => (f.kind === 'fact' ? f.value : null))).toEqual([30, 10, 50]);
    for (const f of facts) expect(f).toMatchObject({ kind: 'fact', confidence: 'issuer', source: { id: 'ahima-recert-table' } });
  });
});

describe('AHIMA pack: domain and AHIMA-sourced shares', () => {
  it('asks 80% in the HIIM domains and, from 2025, 40% from AHIMA sources, of the credential\'s total', () => {
    const shares = (ids: string[]) => progress(ahima(ids)).minimums.map((m) => [m.id, m.required]);
    expect(shares(['cca'])).toEqual([
      ['share:hiim-domain', 16],
      ['share:ahima-sourced', 8],
    ]);
    expect(shares(['rhia'])).toEqual([
      ['share:hiim-domain', 24],
      ['share:ahima-sourced', 12],
    ]);
    expect(shares(['rhia', 'cdip'])).toEqual([
      ['share:hiim-domain', 32],
      ['share:ahima-sourced', 16],
    ]);
    expect(shares(['rhia', 'cdip', 'chda', 'chps'])).toEqual([
      ['share:hiim-domain', 40],
      ['share:ahima-sourced', 20],
    ]);
  });

  it('asks for no AHIMA-sourced share in a cycle that ended before 2025', () => {
    const p = progress(ahima(['chda'], '2021-05-10'), '2023-01-15');
    expect(p.cycle?.end).toBe('2023-05-09');
    expect(p.required.ceus).toBe(30);
    expect(p.minimums.map((m) => m.id)).toEqual(['share:hiim-domain']);
  });

  it('starts the first two-year cycle on the exam date', () => {
    const p = progress(ahima(['cdip'], '2026-02-20'));
    expect(p.cycle).toEqual({ start: '2026-02-20', end: '2028-02-19', from: 'earned' });
    expect(p.warnings).not.toContain('cycle-estimated');
  });
});

describe('NHA pack: CBCS', () => {
  const cbcs: HeldCredential = { credential: 'cbcs', issuer: 'nha', earned: '2025-09-01' };

  it('asks 10 CE credits every two years, and says the figure is third-party', () => {
    const p = progress([cbcs]);
    expect(p.required).toMatchObject({ ceus: 10, fromRules: 10, prorated: false });
    expect(p.required.facts).toHaveLength(1);
    expect(p.required.facts[0]).toMatchObject({ kind: 'fact', value: 10, confidence: 'third-party' });
    expect(p.cycle).toEqual({ start: '2025-09-01', end: '2027-08-31', from: 'earned' });
  });

  it('claims no deadline or minimum NHA did not publish', () => {
    const p = progress([cbcs]);
    expect(p).toMatchObject({ submissionOpens: null, lapseDate: null, minimums: [] });
    expect(p.warnings).not.toContain('cycle-length-assumed');
  });
});
