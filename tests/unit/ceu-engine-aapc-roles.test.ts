/**
 * AAPC's role credentials through the CEU engine, checked against AAPC's CEU page
 * (aapc-ceu-info, https://www.aapc.com/medical-coding-education/help/, read again 2026-12-07):
 *
 * - "One Certification: 36 CEUs every two years", two 40, three 44, four 48, "Five or More
 *   Certifications: 52 CEUs every two years".
 * - "If CIRCC, 16 must be related to interventional radiology or cardiovascular coding" (from
 *   ZHealth Publishing, MedLearn Publishing or Medical Asset Management); "If CPMA, 16 must be
 *   related to auditing"; CPCO 16 compliance; CDEO 16 documentation; CPPM 16 practice management;
 *   "8 must be specialty specific for each specialty earned". The CRC is not named among them.
 * - "Once CIRCC, CPMA, CPCO, CPPM and specialty CEUs have been met, the remaining credits due can
 *   be obtained from any pre-approved program": the minimums sit inside the total, they are not
 *   added to it. A specialty CEU may count toward one specialty and one core credential at once.
 *
 * So a coder holding CPC + CPMA + CEMC owes 44 (three certifications), of which 16 auditing and 8
 * E/M specialty CEUs; the other 20 may come from any approved program.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { computeProgress, type IssuerProgress } from '../../src/lib/ceu/engine.ts';
import type { Activity, CeuCategory } from '../../src/lib/ceu/types.ts';
import { ceuRulePackSchema } from '../../src/schemas/ceu-rules.ts';

const packs = (parseYaml(readFileSync('content/ceu-rules.yaml', 'utf8')) as unknown[]).map((p) => ceuRulePackSchema.parse(p));
const TODAY = '2026-12-07';
const cycle = { cycleStart: '2025-07-01', cycleEnd: '2027-06-30' };

function progress(ids: readonly string[], activities: Activity[] = []): IssuerProgress {
  const [p, ...rest] = computeProgress({ packs, credentials: ids.map((credential) => ({ credential, issuer: 'aapc', ...cycle })), activities, today: TODAY });
  if (!p || rest.length > 0) throw new Error('expected progress for AAPC only');
  return p;
}

let seq = 0;
function activity(ceus: number, appliesTo: string[], categories: CeuCategory[] = []): Activity {
  seq += 1;
  return { id: `r${seq}`, date: '2026-03-01', title: `Course ${seq}`, provider: 'AAPC', ceus, indexNumber: `IDX-${seq}`, categories, appliesTo, notes: '' };
}

/** AAPC's published role minimums: credential, category, CEUs. */
const ROLES: [string, CeuCategory][] = [
  ['cpma', 'auditing'],
  ['cpco', 'compliance'],
  ['cdeo', 'documentation'],
  ['cppm', 'practice-management'],
  ['circc', 'circc-vendor'],
];
/** AAPC's table by number of certifications. */
const TOTAL = [36, 40, 44, 48, 52];

describe('AAPC role credentials, one by one', () => {
  it.each(ROLES)('%s alone: 36 in all, 16 of them %s, cited to AAPC\'s CEU page', (id, category) => {
    const p = progress([id]);
    expect(p.required.ceus).toBe(36);
    expect(p.minimums).toHaveLength(1);
    expect(p.minimums[0]).toMatchObject({ id: `${category}:${id}`, required: 16, category, credential: id });
    expect(p.minimums[0]!.fact).toMatchObject({ kind: 'fact', value: 16, confidence: 'issuer', source: { id: 'aapc-ceu-info' } });
    expect(p.stillNeeded).toBe(36);
  });

  it.each(ROLES)('CPC + %s: 40 in all, the 16 %s CEUs inside it', (id, category) => {
    const p = progress(['cpc', id]);
    expect(p.required.ceus).toBe(40);
    expect(p.minimums.map((m) => [m.id, m.required])).toEqual([[`${category}:${id}`, 16]]);
  });

  it('the CRC, which AAPC does not name among them, asks 8 specialty CEUs and says AAPC has not confirmed it', () => {
    const p = progress(['crc']);
    expect(p.minimums.map((m) => [m.id, m.required])).toEqual([['specialty:crc', 8]]);
    expect(p.classUnconfirmed).toEqual(['CRC']);
  });

  it('a role credential\'s minimum is filled only by CEUs ticked in its field', () => {
    const general = progress(['cpma'], [activity(36, ['cpma'])]);
    expect(general).toMatchObject({ counted: 36, missing: 0, stillNeeded: 16 });
    const auditing = progress(['cpma'], [activity(16, ['cpma'], ['auditing']), activity(20, ['cpma'])]);
    expect(auditing).toMatchObject({ counted: 36, missing: 0, stillNeeded: 0 });
    expect(auditing.minimums[0]).toMatchObject({ counted: 16, met: true });
  });
});

describe('CPC + CPMA + CEMC: AAPC counts the minimums inside the total, it does not add them', () => {
  const ids = ['cpc', 'cpma', 'cemc'];

  it('asks 44 (three certifications) with 16 auditing and 8 E/M specialty CEUs inside', () => {
    const p = progress(ids);
    expect(p.required.ceus).toBe(44);
    expect(p.required.facts[0]).toMatchObject({ value: 44, source: { id: 'aapc-ceu-info' } });
    expect(p.minimums.map((m) => [m.id, m.required])).toEqual([
      ['auditing:cpma', 16],
      ['specialty:cemc', 8],
    ]);
    expect(p.stillNeeded).toBe(44);
  });

  it('is met by 16 auditing + 8 specialty + 20 from any approved program: 44, not 68', () => {
    const log = [activity(16, ['cpma'], ['auditing']), activity(8, ['cemc', 'cpc'], ['specialty']), activity(20, ['cpc'])];
    expect(progress(ids, log)).toMatchObject({ counted: 44, missing: 0, stillNeeded: 0 });
  });

  it('still needs the 24 specific CEUs when 44 general ones are logged', () => {
    expect(progress(ids, [activity(44, ['cpc'])])).toMatchObject({ counted: 44, missing: 0, stillNeeded: 24 });
  });

  it('lets one activity fill one credential\'s minimum only, not both the auditing and the specialty one', () => {
    const p = progress(ids, [activity(24, ['cpma', 'cemc'], ['auditing', 'specialty']), activity(20, ['cpc'])]);
    expect(p.counted).toBe(44);
    // It goes to the minimum furthest from met (auditing, 16); the 8 specialty CEUs are still owed.
    expect(p.minimums.map((m) => [m.id, m.counted, m.met])).toEqual([
      ['auditing:cpma', 24, true],
      ['specialty:cemc', 0, false],
    ]);
    expect(p.stillNeeded).toBe(8);
  });
});

describe('several role credentials together', () => {
  it('CPC + CPMA + CPCO: 44, with 16 auditing and 16 compliance inside', () => {
    const p = progress(['cpc', 'cpma', 'cpco']);
    expect(p.required.ceus).toBe(44);
    expect(p.minimums.map((m) => [m.id, m.required])).toEqual([
      ['auditing:cpma', 16],
      ['compliance:cpco', 16],
    ]);
  });

  it('follows the table for one to five role credentials', () => {
    for (let n = 1; n <= ROLES.length; n += 1) expect(progress(ROLES.slice(0, n).map(([id]) => id)).required.ceus, `${n}`).toBe(TOTAL[n - 1]);
  });

  it('all five: the total stops at 52, but five minimums of 16 still ask 80 specific CEUs', () => {
    const p = progress(ROLES.map(([id]) => id));
    expect(p.required.ceus).toBe(52);
    expect(p.minimums.map((m) => m.required)).toEqual([16, 16, 16, 16, 16]);
    expect(p.stillNeeded).toBe(80);
  });
});
