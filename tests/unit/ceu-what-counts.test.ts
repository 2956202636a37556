/**
 * What counts toward a renewal, through the engine with small hand-made rule packs: each test
 * states the rules it needs, so it holds whatever the issuers' real packs say.
 */
import { describe, expect, it } from 'vitest';
import { computeProgress, issuerProgress } from '../../src/lib/ceu/engine.ts';
import type { Rule, RulePack } from '../../src/lib/ceu/rules.ts';
import type { Activity, CeuCategory } from '../../src/lib/ceu/types.ts';
import { activity, credential, cycleRule, fact, held, pack, unknown } from './ceu-fixture.ts';

const dated = { effective: '2000-01-01', basis: 'published' as const };
const total = (ceus: number): Rule => ({ ...dated, rule: 'total-by-count', table: [{ credentials: 1, orMore: true, ceus: fact(ceus) }] });
const minimum = (category: CeuCategory, credentials: string[], ceus: number): Rule => ({ ...dated, rule: 'credential-minimum', category, credentials, ceus: fact(ceus) });
const share = (category: CeuCategory, percent: number): Rule => ({ ...dated, rule: 'share-minimum', category, percent: fact(percent) });
const perActivity = (count: number): Rule => ({ ...dated, rule: 'minimums-per-activity', count: fact(count) });
const coreOnly = (category: CeuCategory): Rule => ({ ...dated, rule: 'core-only', category, statement: fact('core only') });
const oncePerCourse: Rule = { ...dated, rule: 'once-per-course', statement: fact('once per course') };
const beforeCert = (accepted: boolean): Rule => ({ ...dated, rule: 'before-certification', accepted: fact(accepted) });

const cycleDates = { cycleStart: '2025-06-01', cycleEnd: '2027-05-31' };
const today = '2026-12-01';
const reasons = (p: { verdicts: { id: string; reason: string }[] }) => Object.fromEntries(p.verdicts.map((v) => [v.id, v.reason]));

function simplePack(rules: Rule[] = []): RulePack {
  return pack('x', [credential('core1', 'core'), credential('core2', 'core'), credential('spec', 'specialty'), credential('role', 'role')], [cycleRule(2), total(20), ...rules]);
}
const a = (id: string, fields: Partial<Activity> = {}) => activity({ id, date: '2026-01-10', ceus: 1, appliesTo: ['core1'], ...fields });

describe('which activities count', () => {
  it('refuses activities without a usable CEU figure or date, and ones not claimed for a held credential', () => {
    const p = issuerProgress(simplePack(), [held('core1', 'x', cycleDates)], [
      a('zero', { ceus: 0 }),
      a('negative', { ceus: -2 }),
      a('nan', { ceus: Number.NaN }),
      a('infinite', { ceus: Number.POSITIVE_INFINITY }),
      a('bad-date', { date: '10/01/2026' }),
      a('other', { appliesTo: ['core2', 'someone-else'] }),
      a('none', { appliesTo: [] }),
      a('ok', { ceus: 2 }),
    ], today);
    expect(reasons(p)).toEqual({ zero: 'invalid', negative: 'invalid', nan: 'invalid', infinite: 'invalid', 'bad-date': 'invalid', other: 'not-applied', none: 'not-applied', ok: 'counts' });
    expect(p.counted).toBe(2);
  });

  it('counts from the first to the last day of the cycle, not a day outside it', () => {
    const p = issuerProgress(simplePack(), [held('core1', 'x', cycleDates)], [
      a('before', { date: '2025-05-31' }),
      a('first', { date: '2025-06-01' }),
      a('last', { date: '2027-05-31' }),
      a('after', { date: '2027-06-01' }),
    ], '2027-06-30');
    expect(reasons(p)).toEqual({ before: 'before-cycle', first: 'counts', last: 'counts', after: 'after-cycle' });
    expect(p.counted).toBe(2);
  });

  it('counts an activity dated today, and one dated later only from its date', () => {
    const p = issuerProgress(simplePack(), [held('core1', 'x', cycleDates)], [a('today', { date: today }), a('tomorrow', { date: '2026-12-02' })], today);
    expect(reasons(p)).toEqual({ today: 'counts', tomorrow: 'future' });
  });

  it('says there is no cycle when the reader gave no dates', () => {
    const p = issuerProgress(simplePack(), [held('core1', 'x')], [a('one')], today);
    expect(reasons(p)).toEqual({ one: 'no-cycle' });
    expect(p).toMatchObject({ cycle: null, status: 'needs-dates', dueDate: null, submissionOpens: null, lapseDate: null, daysLeft: null, counted: 0 });
  });

  it('refuses what was done before the credential was earned only where the rules say so', () => {
    const mine = [held('core1', 'x', { ...cycleDates, earned: '2026-01-10' })];
    const log = [a('day-before', { date: '2026-01-09' }), a('same-day', { date: '2026-01-10' })];
    expect(reasons(issuerProgress(simplePack([beforeCert(false)]), mine, log, today))).toEqual({ 'day-before': 'before-certification', 'same-day': 'counts' });
    expect(reasons(issuerProgress(simplePack([beforeCert(true)]), mine, log, today))).toEqual({ 'day-before': 'counts', 'same-day': 'counts' });
    expect(reasons(issuerProgress(simplePack(), mine, log, today))).toEqual({ 'day-before': 'counts', 'same-day': 'counts' });
  });

  it('counts an activity done before one credential was earned for another it is also claimed for', () => {
    const mine = [held('core1', 'x', { ...cycleDates, earned: '2026-06-01' }), held('core2', 'x', { ...cycleDates, earned: '2020-01-01' })];
    const p = issuerProgress(simplePack([beforeCert(false)]), mine, [a('both', { date: '2026-01-10', appliesTo: ['core1', 'core2'] })], today);
    expect(reasons(p)).toEqual({ both: 'counts' });
  });

  it('counts a core-only course (CMS) for core credentials only, and toward no minimum', () => {
    const rules = [coreOnly('cms'), minimum('specialty', ['spec'], 8), minimum('auditing', ['core1'], 4)];
    const mine = [held('core1', 'x', cycleDates), held('spec', 'x', cycleDates)];
    const p = issuerProgress(simplePack(rules), mine, [
      a('for-core', { categories: ['cms', 'auditing'], appliesTo: ['core1'], ceus: 3 }),
      a('for-spec', { categories: ['cms', 'specialty'], appliesTo: ['spec'], ceus: 2 }),
      a('plain', { categories: ['specialty'], appliesTo: ['spec'], ceus: 1 }),
    ], today);
    expect(p.verdicts).toEqual([
      { id: 'for-core', counts: true, reason: 'counts', caveat: 'core-only' },
      { id: 'for-spec', counts: false, reason: 'category-not-accepted' },
      { id: 'plain', counts: true, reason: 'counts', minimum: 'specialty:spec' },
    ]);
    expect(p.counted).toBe(4);
    expect(p.minimums.map((m) => [m.id, m.counted])).toEqual([
      ['auditing:core1', 0],
      ['specialty:spec', 1],
    ]);
  });

  it('treats a credential whose class the pack does not give as a core one', () => {
    const p = issuerProgress(pack('x', [credential('plain')], [cycleRule(2), total(20), coreOnly('cms')]), [held('plain', 'x', cycleDates)], [a('cms', { appliesTo: ['plain'], categories: ['cms'] })], today);
    expect(p.verdicts[0]).toMatchObject({ counts: true, caveat: 'core-only' });
  });

  it('counts a course once, by its index number without regard to case or spaces, the earliest one winning', () => {
    const log = [
      a('later', { date: '2026-03-01', indexNumber: ' abc-1 ', title: 'Second sitting' }),
      a('earlier', { date: '2026-02-01', indexNumber: 'ABC-1', title: 'First sitting' }),
      a('other', { date: '2026-02-01', indexNumber: 'ABC-2', title: 'Other course' }),
      a('no-index', { date: '2026-02-01', indexNumber: '  ', title: 'No index' }),
      a('no-index-2', { date: '2026-02-02', indexNumber: '', title: 'No index either' }),
    ];
    const p = issuerProgress(simplePack([oncePerCourse]), [held('core1', 'x', cycleDates)], log, today);
    expect(reasons(p)).toEqual({ later: 'repeat-course', earlier: 'counts', other: 'counts', 'no-index': 'counts', 'no-index-2': 'counts' });
    expect(p.counted).toBe(4);
    // Without the rule, the same course taken twice counts twice.
    expect(reasons(issuerProgress(simplePack(), [held('core1', 'x', cycleDates)], log, today))).toMatchObject({ later: 'counts', earlier: 'counts' });
  });

  it('lets the first sitting of a course claim it even when it fell before the cycle', () => {
    const log = [a('old', { date: '2025-01-10', indexNumber: 'Z9', title: 'Old' }), a('new', { date: '2026-01-10', indexNumber: 'Z9', title: 'New' })];
    const p = issuerProgress(simplePack([oncePerCourse]), [held('core1', 'x', cycleDates)], log, today);
    expect(reasons(p)).toEqual({ old: 'before-cycle', new: 'repeat-course' });
  });

  it('does not let a planned repeat (dated later than today) displace the one done', () => {
    const log = [a('planned', { date: '2026-12-20', indexNumber: 'Q1', title: 'Planned' }), a('done', { date: '2026-11-20', indexNumber: 'Q1', title: 'Done' })];
    expect(reasons(issuerProgress(simplePack([oncePerCourse]), [held('core1', 'x', cycleDates)], log, today))).toEqual({ planned: 'future', done: 'counts' });
    const p = issuerProgress(simplePack([oncePerCourse]), [held('core1', 'x', cycleDates)], [log[0]!], today);
    expect(reasons(p)).toEqual({ planned: 'future' });
  });

  it('counts an activity logged twice (same date, title and provider, any case or edge spaces) once, with or without index numbers', () => {
    const log = [
      a('one', { title: 'Coding Update', provider: 'AAPC', ceus: 2 }),
      a('two', { title: ' coding update ', provider: 'aapc ', ceus: 2 }),
      a('other-provider', { title: 'Coding Update', provider: 'AHIMA', ceus: 2 }),
      a('other-day', { title: 'Coding Update', provider: 'AAPC', date: '2026-01-11', ceus: 2 }),
    ];
    const p = issuerProgress(simplePack(), [held('core1', 'x', cycleDates)], log, today);
    expect(reasons(p)).toEqual({ one: 'counts', two: 'duplicate-entry', 'other-provider': 'counts', 'other-day': 'counts' });
    expect(p.counted).toBe(6);
    // The earlier id keeps the credit, whichever comes first in the log.
    expect(reasons(issuerProgress(simplePack(), [held('core1', 'x', cycleDates)], [log[1]!, log[0]!], today))).toEqual({ two: 'duplicate-entry', one: 'counts' });
  });

  it('adds CEUs in hundredths, so a total of tenths comes out exact', () => {
    const p = issuerProgress(simplePack(), [held('core1', 'x', cycleDates)], [a('a', { ceus: 0.1, title: 'A' }), a('b', { ceus: 0.2, title: 'B' }), a('c', { ceus: 19.7, title: 'C' })], today);
    expect(p.counted).toBe(20);
    expect(p).toMatchObject({ missing: 0, stillNeeded: 0 });
  });
});

describe('minimums', () => {
  it('fills a credential minimum with activities of its category claimed for that credential', () => {
    const rules = [minimum('specialty', ['spec'], 8)];
    const mine = [held('core1', 'x', cycleDates), held('spec', 'x', cycleDates)];
    const p = issuerProgress(simplePack(rules), mine, [
      a('s1', { appliesTo: ['spec'], categories: ['specialty'], ceus: 5 }),
      a('s2', { appliesTo: ['core1'], categories: ['specialty'], ceus: 4, title: 'For core only' }),
      a('s3', { appliesTo: ['spec'], categories: [], ceus: 3, title: 'No category' }),
    ], today);
    expect(p.minimums).toEqual([
      { id: 'specialty:spec', kind: 'credential', category: 'specialty', credential: 'spec', required: 8, counted: 5, missing: 3, met: false, fact: fact(8) },
    ]);
    expect(p.verdicts.map((v) => v.minimum)).toEqual(['specialty:spec', undefined, undefined]);
    expect(p).toMatchObject({ counted: 12, missing: 8, stillNeeded: 8 });
  });

  it('marks a minimum met once its CEUs are reached, and counts more than needed', () => {
    const p = issuerProgress(simplePack([minimum('specialty', ['spec'], 8)]), [held('spec', 'x', cycleDates)], [a('big', { appliesTo: ['spec'], categories: ['specialty'], ceus: 9 })], today);
    expect(p.minimums[0]).toMatchObject({ required: 8, counted: 9, missing: 0, met: true });
    const exact = issuerProgress(simplePack([minimum('specialty', ['spec'], 8)]), [held('spec', 'x', cycleDates)], [a('e', { appliesTo: ['spec'], categories: ['specialty'], ceus: 8 })], today);
    expect(exact.minimums[0]).toMatchObject({ missing: 0, met: true });
  });

  it('asks for no minimum of a credential the reader does not hold', () => {
    const p = issuerProgress(simplePack([minimum('specialty', ['spec'], 8)]), [held('core1', 'x', cycleDates)], [], today);
    expect(p.minimums).toEqual([]);
  });

  it('needs at least the sum of the credential minimums still short, even when the total is met', () => {
    const rules = [minimum('specialty', ['spec'], 8), minimum('auditing', ['role'], 16)];
    const mine = [held('spec', 'x', cycleDates), held('role', 'x', cycleDates)];
    const p = issuerProgress(simplePack(rules), mine, [a('general', { appliesTo: ['spec'], ceus: 20 })], today);
    expect(p).toMatchObject({ counted: 20, missing: 0, stillNeeded: 24 });
  });

  it('takes a share of the total as a minimum, rounding up to the hundredth', () => {
    const p = issuerProgress(pack('x', [credential('c')], [cycleRule(2), total(30), share('hiim-domain', 80), share('ahima-sourced', 33)]), [held('c', 'x', cycleDates)], [
      a('domain', { appliesTo: ['c'], categories: ['hiim-domain'], ceus: 10 }),
      a('both', { appliesTo: ['c'], categories: ['hiim-domain', 'ahima-sourced'], ceus: 2, title: 'Both' }),
    ], today);
    expect(p.minimums.map((m) => [m.id, m.kind, m.required, m.counted, m.missing, m.met])).toEqual([
      ['share:hiim-domain', 'share', 24, 12, 12, false],
      ['share:ahima-sourced', 'share', 9.9, 2, 7.9, false],
    ]);
    // 18 short of the total; the largest share short is 12; shares overlap, so they do not add up.
    expect(p).toMatchObject({ counted: 12, missing: 18, stillNeeded: 18 });
    const third = issuerProgress(pack('x', [credential('c')], [cycleRule(2), total(10), share('hiim-domain', 33.333)]), [held('c', 'x', cycleDates)], [], today);
    expect(third.minimums[0]?.required).toBe(3.34);
  });

  it('makes a share need more than the total still missing when the log is short of it', () => {
    const p = issuerProgress(pack('x', [credential('c')], [cycleRule(2), total(20), share('hiim-domain', 50)]), [held('c', 'x', cycleDates)], [a('general', { appliesTo: ['c'], ceus: 15 })], today);
    expect(p).toMatchObject({ counted: 15, missing: 5, stillNeeded: 10 });
  });

  it('asks no share when the total is unknown', () => {
    const p = issuerProgress(pack('x', [credential('c')], [cycleRule(2), share('hiim-domain', 50)]), [held('c', 'x', cycleDates)], [], today);
    expect(p.minimums[0]).toMatchObject({ required: 0, met: true });
    expect(p).toMatchObject({ missing: 0, stillNeeded: 0 });
    expect(p.required.ceus).toBeNull();
  });

  it('with one minimum per activity, sends an activity that fits two minimums to the one furthest from met', () => {
    const rules = [perActivity(1), minimum('specialty', ['spec'], 8), minimum('auditing', ['role'], 16)];
    const mine = [held('spec', 'x', cycleDates), held('role', 'x', cycleDates)];
    const both = { appliesTo: ['spec', 'role'], categories: ['specialty', 'auditing'] as CeuCategory[] };
    const p = issuerProgress(simplePack(rules), mine, [a('x1', { ...both, ceus: 10, title: 'X1' }), a('x2', { ...both, ceus: 4, title: 'X2', date: '2026-02-01' })], today);
    const byId = Object.fromEntries(p.minimums.map((m) => [m.id, [m.counted, m.missing]]));
    // x1 (first by date): auditing is 16 short, specialty 8: auditing. Then auditing 6 short, specialty 8: specialty.
    expect(byId).toEqual({ 'specialty:spec': [4, 4], 'auditing:role': [10, 6] });
    expect(p.verdicts.map((v) => v.minimum)).toEqual(['auditing:role', 'specialty:spec']);
  });

  it('takes contested activities in date order, whatever their order in the log', () => {
    const rules = [perActivity(1), minimum('specialty', ['spec'], 8), minimum('auditing', ['role'], 16)];
    const mine = [held('spec', 'x', cycleDates), held('role', 'x', cycleDates)];
    const both = { appliesTo: ['spec', 'role'], categories: ['specialty', 'auditing'] as CeuCategory[] };
    const late = a('late', { ...both, ceus: 10, title: 'Late', date: '2026-05-01' });
    const early = a('early', { ...both, ceus: 4, title: 'Early', date: '2026-02-01' });
    const p = issuerProgress(simplePack(rules), mine, [late, early], today);
    // early first: auditing (16 short) takes 4 → 12 short; late: auditing again (12 > 8).
    expect(Object.fromEntries(p.verdicts.map((v) => [v.id, v.minimum]))).toEqual({ late: 'auditing:role', early: 'auditing:role' });
    expect(p.minimums.map((m) => m.counted)).toEqual([0, 14]);
    // Same date: the id decides, not the log order.
    const s1 = a('s1', { ...both, ceus: 10, title: 'S1', date: '2026-02-01' });
    const s2 = a('s2', { ...both, ceus: 4, title: 'S2', date: '2026-02-01' });
    const one = issuerProgress(simplePack(rules), mine, [s2, s1], today);
    const two = issuerProgress(simplePack(rules), mine, [s1, s2], today);
    expect(one.minimums).toEqual(two.minimums);
    expect(Object.fromEntries(one.verdicts.map((v) => [v.id, v.minimum]))).toEqual({ s1: 'auditing:role', s2: 'specialty:spec' });
  });

  it('splits contested activities the same whatever the log order, down to their CEUs, title and provider', () => {
    const rules = [perActivity(1), minimum('specialty', ['spec'], 8), minimum('auditing', ['role'], 16)];
    const mine = [held('spec', 'x', cycleDates), held('role', 'x', cycleDates)];
    const both = { appliesTo: ['spec', 'role'], categories: ['specialty', 'auditing'] as CeuCategory[], id: 'same', date: '2026-02-01' };
    // Same date and id (an import gone wrong): the smaller one first, then by title, then provider.
    const pairs = [
      [a('same', { ...both, ceus: 10, title: 'A' }), a('same', { ...both, ceus: 4, title: 'B' })],
      [a('same', { ...both, ceus: 4, title: 'B' }), a('same', { ...both, ceus: 4, title: 'A' })],
      [a('same', { ...both, ceus: 4, title: 'A', provider: 'Q' }), a('same', { ...both, ceus: 4, title: 'A', provider: 'P', date: '2026-02-01' })],
    ];
    const results = pairs.map(([x, y]) => [issuerProgress(simplePack(rules), mine, [x!, y!], today), issuerProgress(simplePack(rules), mine, [y!, x!], today)]);
    for (const [one, two] of results) expect(one!.minimums.map((m) => m.counted)).toEqual(two!.minimums.map((m) => m.counted));
    // 4 first: auditing (16 short) → 12 short; then 10: auditing again (12 > 8).
    expect(results[0]![0]!.minimums.map((m) => m.counted)).toEqual([0, 14]);
  });

  it('among minimums equally far from met, fills the first listed', () => {
    const rules = [perActivity(1), minimum('specialty', ['spec'], 8), minimum('auditing', ['role'], 8)];
    const mine = [held('spec', 'x', cycleDates), held('role', 'x', cycleDates)];
    const p = issuerProgress(simplePack(rules), mine, [a('x', { appliesTo: ['spec', 'role'], categories: ['auditing', 'specialty'], ceus: 3 })], today);
    expect(p.verdicts[0]?.minimum).toBe('specialty:spec');
  });

  it('fills every minimum an activity fits when the rules allow that many (or say nothing)', () => {
    const mine = [held('spec', 'x', cycleDates), held('role', 'x', cycleDates)];
    const both = { appliesTo: ['spec', 'role'], categories: ['specialty', 'auditing'] as CeuCategory[], ceus: 5 };
    for (const rules of [[perActivity(2)], []]) {
      const p = issuerProgress(simplePack([...rules, minimum('specialty', ['spec'], 8), minimum('auditing', ['role'], 16)]), mine, [a('x', both)], today);
      expect(p.minimums.map((m) => m.counted)).toEqual([5, 5]);
      expect(p.verdicts[0]?.minimum).toBe('specialty:spec');
    }
  });

  it('fills the same credential minimum once for an activity claimed twice over', () => {
    const p = issuerProgress(simplePack([perActivity(1), minimum('specialty', ['spec'], 8)]), [held('spec', 'x', cycleDates)], [a('x', { appliesTo: ['spec', 'spec'], categories: ['specialty', 'specialty'], ceus: 3 })], today);
    expect(p.minimums[0]?.counted).toBe(3);
    expect(p.counted).toBe(3);
  });

  it('with a rule that lets an activity fill two minimums out of three, fills the two furthest from met', () => {
    const rules = [perActivity(2), minimum('specialty', ['spec'], 8), minimum('auditing', ['role'], 16), minimum('compliance', ['core1'], 4)];
    const mine = [held('spec', 'x', cycleDates), held('role', 'x', cycleDates), held('core1', 'x', cycleDates)];
    const p = issuerProgress(simplePack(rules), mine, [a('x', { appliesTo: ['spec', 'role', 'core1'], categories: ['specialty', 'auditing', 'compliance'], ceus: 2 })], today);
    expect(Object.fromEntries(p.minimums.map((m) => [m.id, m.counted]))).toEqual({ 'specialty:spec': 2, 'auditing:role': 2, 'compliance:core1': 0 });
    expect(p.verdicts[0]?.minimum).toBe('auditing:role');
  });
});

describe('what the engine warns about', () => {
  it('assumes two years when the pack does not know the cycle length, and says so', () => {
    const noCycle = pack('x', [credential('c')], [total(10)]);
    const p = issuerProgress(noCycle, [held('c', 'x', { earned: '2024-03-15' })], [], today);
    expect(p.warnings).toEqual(['cycle-length-assumed']);
    expect(p.cycle).toEqual({ start: '2026-03-15', end: '2028-03-14', from: 'earned' });
    const unknownYears: Rule = { ...dated, rule: 'cycle', years: unknown('not published'), firstCycle: 'exam-date', firstCycleRule: fact('x') };
    expect(issuerProgress(pack('x', [credential('c')], [unknownYears]), [held('c', 'x', { earned: '2024-03-15' })], [], today).warnings).toEqual(['cycle-length-assumed']);
  });

  it('uses the pack\'s cycle length for a cycle from the earned date', () => {
    const p = issuerProgress(pack('x', [credential('c')], [cycleRule(3)]), [held('c', 'x', { earned: '2024-03-15' })], [], today);
    expect(p.cycle).toEqual({ start: '2024-03-15', end: '2027-03-14', from: 'earned' });
    expect(p.warnings).toEqual([]);
    expect(issuerProgress(pack('x', [credential('c')], [cycleRule(1)]), [held('c', 'x', { earned: '2024-03-15' })], [], today).cycle).toEqual({ start: '2026-03-15', end: '2027-03-14', from: 'earned' });
  });

  it('calls a cycle from an earned date an estimate where the issuer aligns cycles to a renewal month, not otherwise', () => {
    const aligned = pack('x', [credential('c')], [cycleRule(2, 'renewal-month')]);
    expect(issuerProgress(aligned, [held('c', 'x', { earned: '2024-03-15' })], [], today).warnings).toEqual(['cycle-estimated']);
    expect(issuerProgress(aligned, [held('c', 'x', cycleDates)], [], today).warnings).toEqual([]);
    expect(issuerProgress(pack('x', [credential('c')], [cycleRule(2)]), [held('c', 'x', { earned: '2024-03-15' })], [], today).warnings).toEqual([]);
  });

  it('warns when held cycle dates differ and when a held credential is not in the pack', () => {
    const p = issuerProgress(simplePack(), [held('core1', 'x', cycleDates), held('mystery', 'x', { cycleStart: '2025-01-01', cycleEnd: '2026-12-31' })], [], today);
    expect(p.warnings).toEqual(['cycle-dates-differ', 'unknown-credential']);
    expect(p.credentials).toEqual(['core1', 'mystery']);
  });

  it('names held credentials whose class the issuer has not confirmed, unless the pack counts them as core', () => {
    const p = pack('x', [
      credential('sure', 'specialty'),
      credential('guess', 'specialty', 'unconfirmed'),
      credential('guess-core', 'core', 'unconfirmed'),
      credential('blank', unknown('not listed')),
    ], [cycleRule(2), total(10)]);
    const run = (ids: string[]) => issuerProgress(p, ids.map((id) => held(id, 'x', cycleDates)), [], today);
    expect(run(['sure', 'guess-core'])).toMatchObject({ warnings: [], classUnconfirmed: [] });
    expect(run(['guess', 'blank', 'sure'])).toMatchObject({ warnings: ['class-unconfirmed'], classUnconfirmed: ['GUESS', 'BLANK'] });
    expect(run(['sure'])).toMatchObject({ classUnconfirmed: [] });
  });
});

describe('progress for every issuer', () => {
  const packs = [pack('one', [credential('a')], [cycleRule(2), total(10)]), pack('two', [credential('b')], [cycleRule(2), total(20)]), pack('three', [credential('c')], [cycleRule(2), total(30)])];

  it('gives one entry per issuer the reader holds a credential of, in pack order, each credential once', () => {
    const credentials = [held('c', 'three', cycleDates), held('a', 'one', cycleDates), held('a', 'one', { cycleStart: '2024-01-01', cycleEnd: '2025-12-31' })];
    const out = computeProgress({ packs, credentials, activities: [], today });
    expect(out.map((p) => [p.issuer, p.credentials, p.required.ceus])).toEqual([
      ['one', ['a'], 10],
      ['three', ['c'], 30],
    ]);
    expect(out[0]?.warnings).toEqual([]);
    expect(out[0]?.cycle?.end).toBe('2027-05-31');
  });

  it('gives the due date, deadlines and days left from the rules in force on the due date', () => {
    const rules: Rule[] = [
      cycleRule(2),
      total(10),
      { rule: 'submission', opensBefore: fact(2), effective: '2027-01-01', basis: 'published' },
      { rule: 'lapse', afterDue: fact(30), effective: '2027-01-01', basis: 'published' },
    ];
    const p = computeProgress({ packs: [pack('one', [credential('a')], rules)], credentials: [held('a', 'one', cycleDates)], activities: [], today })[0]!;
    expect(p).toMatchObject({ dueDate: '2027-05-31', submissionOpens: '2027-03-31', lapseDate: '2027-06-30', daysLeft: 181, status: 'in-cycle' });
    expect(p.rules.map((r) => r.rule)).toEqual(['cycle', 'total-by-count', 'submission', 'lapse']);
  });

  it('refuses a day that is not a calendar day as today', () => {
    expect(() => computeProgress({ packs, credentials: [], activities: [], today: '2026-02-30' })).toThrow('today is not a calendar day: 2026-02-30');
    expect(computeProgress({ packs, credentials: [], activities: [], today })).toEqual([]);
  });
});
