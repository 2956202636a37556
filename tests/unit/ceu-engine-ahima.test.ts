/**
 * Two AHIMA rules in the CEU engine, checked against AHIMA's own words:
 *
 * - The RHIA replaces the RHIT (ahima-recert-faq, AHIMA's recertification FAQ): "Upon completion of
 *   the requirements, a baccalaureate or higher-level HIM credential (RHIA) replaces an
 *   associate-based HIM credential (RHIT). Once granted, the baccalaureate-based credential is
 *   recognized and CEUs for this credential need only be maintained." With AHIMA's totals
 *   (ahima-recert-table: RHIA 30, RHIT 20, CCS 20, +10 for each further credential, at most 50;
 *   "RHIA with CCS and CCS-P" 50) a reader listing RHIT + RHIA owes 30, and CCS + RHIA + RHIT 40.
 * - Lapse (ahima-cert-updates, from 1 January 2021): at the end of the 24-month cycle a credential
 *   whose requirements are not met becomes "inactive"; still not met, it stays inactive for 180
 *   days and then becomes "revoked"; recertification extensions cost a fee per credential.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { computeProgress, replacements, type IssuerProgress } from '../../src/lib/ceu/engine.ts';
import { findRule, findRules, rulesInForce, type RulePack } from '../../src/lib/ceu/rules.ts';
import type { Activity, HeldCredential } from '../../src/lib/ceu/types.ts';
import { ceuRulePackSchema } from '../../src/schemas/ceu-rules.ts';

const raw = parseYaml(readFileSync('content/ceu-rules.yaml', 'utf8')) as Record<string, unknown>[];
const packs = raw.map((p) => ceuRulePackSchema.parse(p));
const ahimaPack = packs.find((p) => p.id === 'ahima')!;
const TODAY = '2026-12-07';

function held(ids: readonly string[], fields: Partial<HeldCredential> = { earned: '2025-03-01' }): HeldCredential[] {
  return ids.map((credential) => ({ credential, issuer: 'ahima', ...fields }));
}

function progress(credentials: HeldCredential[], activities: Activity[] = [], today = TODAY, list: readonly RulePack[] = packs): IssuerProgress {
  const [p, ...rest] = computeProgress({ packs: list, credentials, activities, today });
  if (!p || rest.length > 0) throw new Error('expected progress for exactly one issuer');
  return p;
}

let seq = 0;
function activity(fields: Partial<Activity> & Pick<Activity, 'date' | 'ceus' | 'appliesTo'>): Activity {
  seq += 1;
  return { id: `x${seq}`, title: `Course ${seq}`, provider: 'AHIMA', indexNumber: '', categories: [], notes: '', ...fields };
}

describe('AHIMA: the RHIA replaces the RHIT', () => {
  it('is a rule of the AHIMA pack citing AHIMA, not a special case in code', () => {
    const rule = findRule(rulesInForce(ahimaPack, TODAY), 'replaces');
    expect(rule).toMatchObject({ credential: 'rhia', replaces: ['rhit'] });
    expect(rule?.statement).toMatchObject({ kind: 'fact', confidence: 'issuer', source: { id: 'ahima-recert-faq' } });
  });

  it('asks 30 for RHIT + RHIA, the RHIA alone, not the 40 of two credentials', () => {
    const p = progress(held(['rhit', 'rhia']));
    expect(p.required).toMatchObject({ ceus: 30, fromRules: 30 });
    expect(p.required.facts.map((f) => (f.kind === 'fact' ? f.value : null))).toEqual([30, 10, 50]);
    expect(p.replaced).toEqual([{ credential: 'rhit', by: 'rhia', statement: expect.objectContaining({ source: expect.objectContaining({ id: 'ahima-recert-faq' }) }) }]);
    // The reader's RHIT record is kept and listed.
    expect(p.credentials).toEqual(['rhit', 'rhia']);
    expect(p.minimums.map((m) => [m.id, m.required])).toEqual([
      ['share:hiim-domain', 24],
      ['share:ahima-sourced', 12],
    ]);
  });

  it('asks 40 for CCS + RHIA + RHIT (RHIA 30 + 10 for the CCS), not 50', () => {
    expect(progress(held(['ccs', 'rhia', 'rhit'])).required.ceus).toBe(40);
    expect(progress(held(['rhit', 'ccs', 'rhia'])).required.ceus).toBe(40);
  });

  it('matches AHIMA\'s own example "RHIA with CCS and CCS-P" (50) when the RHIT is listed too', () => {
    expect(progress(held(['rhia', 'ccs', 'ccs-p', 'rhit'])).required.ceus).toBe(50);
  });

  it('matches AHIMA\'s "CHPS with RHIT" (40) until the RHIA is added, then RHIA with CHPS (40)', () => {
    const before = progress(held(['chps', 'rhit']));
    expect(before.required.ceus).toBe(40);
    expect(before.replaced).toEqual([]);
    const after = progress(held(['chps', 'rhit', 'rhia']));
    expect(after.required.ceus).toBe(40);
    expect(after.replaced.map((r) => r.credential)).toEqual(['rhit']);
  });

  it('leaves the RHIT alone when the RHIA is not held', () => {
    const p = progress(held(['rhit']));
    expect(p.required.ceus).toBe(20);
    expect(p.replaced).toEqual([]);
  });

  it('still counts activities the reader claimed for the RHIT', () => {
    const log = [activity({ date: '2025-06-01', ceus: 12, appliesTo: ['rhit'], categories: ['hiim-domain'] }), activity({ date: '2025-07-01', ceus: 6, appliesTo: ['rhia'], categories: ['hiim-domain'] })];
    const p = progress(held(['rhit', 'rhia']), log);
    expect(p.verdicts.map((v) => v.reason)).toEqual(['counts', 'counts']);
    expect(p).toMatchObject({ counted: 18, missing: 12 });
  });

  it('takes the cycle from the RHIA, not the old RHIT dates, and does not warn that they differ', () => {
    const rhit: HeldCredential = { credential: 'rhit', issuer: 'ahima', cycleStart: '2024-05-01', cycleEnd: '2026-04-30' };
    const rhia: HeldCredential = { credential: 'rhia', issuer: 'ahima', cycleStart: '2026-01-15', cycleEnd: '2028-01-14' };
    const p = progress([rhit, rhia], [], '2026-06-01');
    expect(p.cycle).toEqual({ start: '2026-01-15', end: '2028-01-14', from: 'cycle-dates' });
    expect(p.warnings).not.toContain('cycle-dates-differ');
  });

  it('falls back on the RHIT dates when the RHIA has none yet', () => {
    const rhit: HeldCredential = { credential: 'rhit', issuer: 'ahima', cycleStart: '2025-05-01', cycleEnd: '2027-04-30' };
    const p = progress([rhit, { credential: 'rhia', issuer: 'ahima' }]);
    expect(p.cycle).toEqual({ start: '2025-05-01', end: '2027-04-30', from: 'cycle-dates' });
    expect(p.required.ceus).toBe(30);
  });

  it('prefers the RHIT\'s account dates to a cycle worked out from the RHIA\'s exam date', () => {
    const rhit: HeldCredential = { credential: 'rhit', issuer: 'ahima', cycleStart: '2025-05-01', cycleEnd: '2027-04-30' };
    const p = progress([rhit, { credential: 'rhia', issuer: 'ahima', earned: '2026-06-10' }]);
    expect(p.cycle).toEqual({ start: '2025-05-01', end: '2027-04-30', from: 'cycle-dates' });
  });

  it('takes the RHIA\'s exam date over the RHIT\'s when neither has account dates', () => {
    const p = progress([{ credential: 'rhit', issuer: 'ahima', earned: '2021-02-01' }, { credential: 'rhia', issuer: 'ahima', earned: '2026-06-10' }]);
    expect(p.cycle).toEqual({ start: '2026-06-10', end: '2028-06-09', from: 'earned' });
  });

  it('follows whatever the pack says: another pair replaced in a test pack behaves the same', () => {
    const test: RulePack = {
      ...ahimaPack,
      rules: ahimaPack.rules.map((r) => (r.rule === 'replaces' ? { ...r, credential: 'ccs', replaces: ['cca'] } : r)),
    };
    const p = progress(held(['cca', 'ccs', 'rhit', 'rhia']), [], TODAY, [test]);
    expect(p.replaced.map((r) => [r.credential, r.by])).toEqual([['cca', 'ccs']]);
    // CCS + RHIT + RHIA with nothing else replaced: 30 + 2 × 10.
    expect(p.required.ceus).toBe(50);
    expect(replacements(findRules(test.rules, 'replaces'), held(['cca']))).toEqual([]);
  });

  it('refuses a credential replacing itself, two replacing each other and one the pack does not list', () => {
    const base = raw.find((p) => p['id'] === 'ahima')!;
    const rules = base['rules'] as Record<string, unknown>[];
    const replacesRule = rules.find((r) => r['rule'] === 'replaces')!;
    const parse = (extra: Record<string, unknown>[]) => ceuRulePackSchema.safeParse({ ...base, rules: [...rules.filter((r) => r !== replacesRule), ...extra] });
    const messages = (r: ReturnType<typeof parse>) => (r.success ? [] : r.error.issues.map((i) => i.message));
    expect(messages(parse([{ ...replacesRule, replaces: ['rhia'] }]))).toContain('"rhia" cannot replace itself');
    expect(messages(parse([replacesRule, { ...replacesRule, credential: 'rhit', replaces: ['rhia'] }])).join('\n')).toMatch(/replace each other/);
    expect(messages(parse([{ ...replacesRule, replaces: ['rhxx'] }]))).toContain(`"rhxx" is not in this pack's credentials list`);
    expect(parse([replacesRule]).success).toBe(true);
  });
});

describe('AHIMA: inactive at the end of the cycle, revoked 180 days later', () => {
  const cycle = { cycleStart: '2025-01-01', cycleEnd: '2026-12-31' };
  const enough = [activity({ date: '2025-06-01', ceus: 20, appliesTo: ['ccs'], categories: ['hiim-domain', 'ahima-sourced'] })];
  const short = [activity({ date: '2025-06-01', ceus: 12, appliesTo: ['ccs'], categories: ['hiim-domain', 'ahima-sourced'] })];

  it('is a lapse rule of the AHIMA pack citing AHIMA\'s announcement', () => {
    const rule = findRule(rulesInForce(ahimaPack, TODAY), 'lapse');
    expect(rule?.afterDue).toMatchObject({ kind: 'fact', value: 180, unit: 'days', confidence: 'issuer', source: { id: 'ahima-cert-updates' } });
    expect(rule?.inactiveAtDue).toMatchObject({ kind: 'fact', value: true, confidence: 'issuer', source: { id: 'ahima-cert-updates' } });
  });

  it('gives both dates during the cycle: inactive the day after the due date, revoked 180 days after it', () => {
    const p = progress(held(['ccs'], cycle), short);
    expect(p).toMatchObject({ status: 'in-cycle', dueDate: '2026-12-31', inactiveDate: '2027-01-01', lapseDate: '2027-06-29', stillNeeded: 8 });
  });

  it('is inactive once the cycle has ended with CEUs short, until the revocation date', () => {
    expect(progress(held(['ccs'], cycle), short, '2027-01-01').status).toBe('inactive');
    expect(progress(held(['ccs'], cycle), short, '2027-06-29').status).toBe('inactive');
    expect(progress(held(['ccs'], cycle), short, '2027-06-30').status).toBe('lapsed');
  });

  it('is only overdue (report now), not inactive, when the CEUs were complete', () => {
    const p = progress(held(['ccs'], cycle), enough, '2027-01-15');
    expect(p).toMatchObject({ status: 'overdue', stillNeeded: 0, inactiveDate: '2027-01-01' });
  });

  it('claims no lapse for a cycle that ended before AHIMA introduced the inactive status in 2021', () => {
    const p = progress(held(['ccs'], { cycleStart: '2019-01-01', cycleEnd: '2020-12-31' }), [], '2020-06-01');
    expect(p).toMatchObject({ lapseDate: null, inactiveDate: null, status: 'in-cycle' });
  });

  it('leaves AAPC as it was: revoked 90 days after the due date, no inactive state', () => {
    const [p] = computeProgress({ packs, credentials: [{ credential: 'cpc', issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' }], activities: [], today: '2027-06-10' });
    expect(p).toMatchObject({ status: 'overdue', lapseDate: '2027-08-29', inactiveDate: null });
  });
});

describe('AHIMA pack: rule positions the guides quote stay put', () => {
  it('keeps the first four AHIMA rules and appends the new ones at the end', () => {
    expect(ahimaPack.rules.map((r) => r.rule)).toEqual(['cycle', 'total-base-plus', 'share-minimum', 'share-minimum', 'lapse', 'replaces']);
  });
});
