/**
 * Where a reader stands with an issuer when credentials replace one another (AHIMA: the RHIA
 * replaces the RHIT), when held credentials disagree on their cycle, and which rule versions
 * apply. Hand-made packs state the rule each test checks (tests/unit/ceu-fixture.ts); the AHIMA
 * cases use the real pack (content/ceu-rules.yaml, whose figures cite AHIMA's pages).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ceuRulePackSchema } from '../../src/schemas/ceu-rules.ts';
import { computeProgress, issuerProgress, replacements } from '../../src/lib/ceu/engine.ts';
import { cycleStatus, findCycle } from '../../src/lib/ceu/cycle.ts';
import { isIsoDay } from '../../src/lib/ceu/days.ts';
import { findRules, ruleKey, rulesInForce, type Rule, type RulePack } from '../../src/lib/ceu/rules.ts';
import { requiredTotal } from '../../src/lib/ceu/totals.ts';
import type { HeldCredential } from '../../src/lib/ceu/types.ts';
import { activity, credential, cycleRule, fact, held, pack, unknown } from './ceu-fixture.ts';

const packs: RulePack[] = (parseYaml(readFileSync('content/ceu-rules.yaml', 'utf8')) as unknown[]).map((p) => ceuRulePackSchema.parse(p));
const ahima = packs.find((p) => p.id === 'ahima')!;
const aapc = packs.find((p) => p.id === 'aapc')!;

const replacesRule = (by: string, old: string[], effective = '2000-01-01', basis: 'published' | 'in-force-by' = 'published'): Rule => ({
  rule: 'replaces',
  credential: by,
  replaces: old,
  statement: fact(`${by} replaces ${old.join(', ')}`),
  effective,
  basis,
});
const byCount = (...ceus: number[]): Rule => ({
  rule: 'total-by-count',
  effective: '2000-01-01',
  basis: 'published',
  table: ceus.map((c, i) => ({ credentials: i + 1, orMore: i === ceus.length - 1, ceus: fact(c) })),
});

describe('AHIMA: the RHIA replaces the RHIT, also for the cycle', () => {
  it('takes the cycle from the RHIT earned date when the RHIA record has no dates, rather than asking for dates', () => {
    const p = issuerProgress(ahima, [held('rhia', 'ahima'), held('rhit', 'ahima', { earned: '2025-02-01' })], [], '2026-12-01');
    expect(p.cycle).toEqual({ start: '2025-02-01', end: '2027-01-31', from: 'earned' });
    expect(p.status).toBe('in-cycle');
    expect(p.dueDate).toBe('2027-01-31');
    // Only the RHIA's requirement counts: 30 CEUs, not 30 + 10 for the RHIT.
    expect(p.required.ceus).toBe(30);
    expect(p.replaced.map((r) => `${r.credential}>${r.by}`)).toEqual(['rhit>rhia']);
  });

  it('takes the RHIT cycle dates from the reader account over a cycle worked out from the RHIA earned date', () => {
    const p = issuerProgress(ahima, [held('rhia', 'ahima', { earned: '2025-03-10' }), held('rhit', 'ahima', { cycleStart: '2025-01-01', cycleEnd: '2026-12-31' })], [], '2026-12-01');
    expect(p.cycle).toEqual({ start: '2025-01-01', end: '2026-12-31', from: 'cycle-dates' });
  });
});

describe('credentials replaced by others (the pack says which)', () => {
  const cpcLike = [credential('lead', 'core'), credential('x', 'core'), credential('y', 'core')];

  it('leaves every replaced credential out of the total, not only the first', () => {
    const p = pack('iss', cpcLike, [cycleRule(2), byCount(10, 20, 30), replacesRule('lead', ['x', 'y'])]);
    const cycle = { cycleStart: '2026-01-01', cycleEnd: '2027-12-31' };
    const progress = issuerProgress(p, [held('lead', 'iss', cycle), held('x', 'iss', cycle), held('y', 'iss', cycle)], [], '2026-06-01');
    expect(progress.required.ceus).toBe(10);
    expect(progress.replaced.map((r) => r.credential)).toEqual(['x', 'y']);
    expect(progress.credentials).toEqual(['lead', 'x', 'y']);
  });

  it('lists a credential two held credentials replace once, as replaced by the first rule that names it', () => {
    const rules = [replacesRule('a', ['x', 'y']), replacesRule('b', ['x'])];
    const list = replacements(rules, [held('a', 'iss'), held('b', 'iss'), held('x', 'iss'), held('y', 'iss')]);
    expect(list.map((r) => `${r.credential}>${r.by}`)).toEqual(['x>a', 'y>a']);
  });

  it('asks no minimum of its own for a replaced credential, though what is claimed for it still counts', () => {
    const minimum: Rule = { rule: 'credential-minimum', effective: '2000-01-01', basis: 'published', category: 'specialty', credentials: ['old', 'new'], ceus: fact(8) };
    const p = pack('iss', [credential('new', 'specialty'), credential('old', 'specialty')], [cycleRule(2), byCount(20, 30), minimum, replacesRule('new', ['old'])]);
    const cycle = { cycleStart: '2026-01-01', cycleEnd: '2027-12-31' };
    const progress = issuerProgress(p, [held('new', 'iss', cycle), held('old', 'iss', cycle)], [activity({ date: '2026-03-01', ceus: 5, appliesTo: ['old'] })], '2026-06-01');
    expect(progress.minimums.map((m) => m.id)).toEqual(['specialty:new']);
    expect(progress.counted).toBe(5);
    expect(progress.verdicts[0]).toMatchObject({ counts: true, reason: 'counts' });
  });
});

describe('inactive at the end of the cycle when the issuer says so', () => {
  it('names the inactive day and says "inactive" even when the pack does not know when the credential is revoked', () => {
    const lapse: Rule = { rule: 'lapse', effective: '2000-01-01', basis: 'published', afterDue: unknown('Not published.'), inactiveAtDue: fact(true) };
    const p = pack('iss', [credential('c')], [cycleRule(2), byCount(10), lapse]);
    const progress = issuerProgress(p, [held('c', 'iss', { cycleStart: '2025-01-01', cycleEnd: '2026-12-31' })], [], '2027-01-05');
    expect(progress.inactiveDate).toBe('2027-01-01');
    expect(progress.lapseDate).toBeNull();
    expect(progress.status).toBe('inactive');
    // The same with the CEUs complete: overdue (report now), not inactive.
    const done = issuerProgress(p, [held('c', 'iss', { cycleStart: '2025-01-01', cycleEnd: '2026-12-31' })], [activity({ date: '2026-01-01', ceus: 10, appliesTo: ['c'] })], '2027-01-05');
    expect(done.status).toBe('overdue');
  });
});

describe('held credentials that disagree on their cycle', () => {
  it('warns and uses the one due first when two AAPC credentials start the same day but end on different days', () => {
    const [p] = computeProgress({
      packs: [aapc],
      credentials: [
        { credential: 'cpc', issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-06-30' },
        { credential: 'crc', issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' },
      ],
      activities: [],
      today: '2026-12-01',
    });
    expect(p!.warnings).toContain('cycle-dates-differ');
    expect(p!.dueDate).toBe('2027-05-31');
  });

  it('works the cycle out from the earliest earned date, skipping an earned date that is not a real day', () => {
    const list: HeldCredential[] = [held('a', 'x', { earned: '2024-13-01' }), held('b', 'x', { earned: '2025-04-01' }), held('c', 'x', { earned: '2025-02-01' })];
    expect(findCycle(list, 2, '2026-12-01')).toEqual({ cycle: { start: '2025-02-01', end: '2027-01-31', from: 'earned' }, differ: false });
  });

  it('asks for dates when there is no cycle, whatever deadlines are passed', () => {
    expect(cycleStatus(null, { due: '2026-12-31', submissionOpens: null, lapse: null }, '2026-06-01')).toBe('needs-dates');
  });
});

describe('which rule versions apply on a day', () => {
  it('keys a replacement rule by the credential that replaces, so one credential rule does not block another', () => {
    const p = pack('x', [], [replacesRule('rhia', ['rhit']), replacesRule('cdip', ['ccs'], '2026-11-01', 'in-force-by')]);
    expect(ruleKey(replacesRule('rhia', ['rhit']))).toBe('replaces:rhia');
    expect(findRules(rulesInForce(p, '2020-01-01'), 'replaces').map((r) => r.credential)).toEqual(['rhia', 'cdip']);
  });

  it('stretches an in-force-by rule back over earlier days even when a later version of it exists', () => {
    const early: Rule = { rule: 'submission', opensBefore: fact(1), effective: '2020-01-01', until: '2025-01-01', basis: 'in-force-by' };
    const later: Rule = { rule: 'submission', opensBefore: fact(2), effective: '2025-01-01', basis: 'published' };
    const p = pack('x', [], [early, later]);
    expect(rulesInForce(p, '2010-01-01')).toEqual([early]);
  });

  it('does not treat two rules of one key that take effect on the same day as earlier versions of each other', () => {
    const one: Rule = { rule: 'submission', opensBefore: fact(1), effective: '2026-11-01', basis: 'in-force-by' };
    const two: Rule = { rule: 'submission', opensBefore: fact(2), effective: '2026-11-01', basis: 'in-force-by' };
    expect(rulesInForce(pack('x', [], [one, two]), '2010-01-01')).toHaveLength(2);
  });
});

describe('the required total', () => {
  it('cites the first listed base total when two credentials held have the same base figure', () => {
    const first = { ...fact(20), source: { id: 'first-source', collection: 'sources' as const } };
    const second = { ...fact(20), source: { id: 'second-source', collection: 'sources' as const } };
    const rule: Rule = { rule: 'total-base-plus', effective: '2000-01-01', basis: 'published', base: [{ credentials: ['a'], ceus: first }, { credentials: ['b'], ceus: second }], perExtra: fact(10), cap: fact(50) };
    const total = requiredTotal([rule], [held('a', 'x'), held('b', 'x')], null);
    expect(total.ceus).toBe(30);
    expect(total.facts[0]!.kind === 'fact' && total.facts[0]!.source.id).toBe('first-source');
  });
});

describe('calendar days', () => {
  it('does not take a list of ten characters read from a file for a day', () => {
    expect(isIsoDay(['2', '0', '2', '6', '-', '0', '1', '-', '0', '5'] as unknown as string)).toBe(false);
  });
});
