/**
 * "What if I add a credential" with hand-made rule packs (so it holds when the real packs
 * change), and the audit report's totals per credential.
 */
import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/lib/ceu/engine.ts';
import { totalsPerCredential } from '../../src/lib/ceu/report.ts';
import type { Rule } from '../../src/lib/ceu/rules.ts';
import type { CeuCategory } from '../../src/lib/ceu/types.ts';
import { candidates, payDifferences, renewalChange, withIssuers, type WhatIfCredential } from '../../src/lib/ceu/whatif.ts';
import type { Fact } from '../../src/lib/facts.ts';
import { activity, credential, cycleRule, fact, held, pack, unknown } from './ceu-fixture.ts';

const dated = { effective: '2000-01-01', basis: 'published' as const };
const byCount = (...ceus: number[]): Rule => ({ ...dated, rule: 'total-by-count', table: ceus.map((c, i) => ({ credentials: i + 1, orMore: i === ceus.length - 1, ceus: fact(c) })) });
const minimum = (category: CeuCategory, credentials: string[], ceus: number): Rule => ({ ...dated, rule: 'credential-minimum', category, credentials, ceus: fact(ceus) });
const share = (category: CeuCategory, percent: number): Rule => ({ ...dated, rule: 'share-minimum', category, percent: fact(percent) });
const noBefore: Rule = { ...dated, rule: 'before-certification', accepted: fact(false) };

const today = '2026-12-01';
const cycleDates = { cycleStart: '2025-06-01', cycleEnd: '2027-05-31' };
const counting = pack('cnt', [credential('a', 'core'), credential('b', 'core'), credential('s', 'specialty')], [cycleRule(2), byCount(30, 40, 50), minimum('specialty', ['s'], 8), noBefore]);
const sharing = pack('shr', [credential('p'), credential('q')], [cycleRule(2), byCount(20, 30), share('hiim-domain', 50)]);

describe('what one more credential would change', () => {
  it('adds to the total of a cycle the reader already has, and brings the new minimum', () => {
    const log = [activity({ id: 'done', date: '2026-02-01', ceus: 5, appliesTo: ['a'], categories: ['specialty'] })];
    const c = renewalChange({ packs: [counting], held: [held('a', 'cnt', cycleDates)], activities: log, today, add: { id: 's', issuer: 'cnt' } })!;
    expect(c.issuer).toBe('cnt');
    expect(c.before?.required.ceus).toBe(30);
    expect(c.after.required.ceus).toBe(40);
    expect(c.addedCeus).toBe(10);
    expect(c.joinsCycle).toBe(true);
    expect(c.after.cycle).toEqual({ start: '2025-06-01', end: '2027-05-31', from: 'cycle-dates' });
    expect(c.after.credentials).toEqual(['a', 's']);
    // Done before the new credential is earned (today): it counts toward the total, not the new minimum.
    expect(c.newMinimums).toEqual([expect.objectContaining({ id: 'specialty:s', required: 8, counted: 0 })]);
    expect(c.after.counted).toBe(5);
  });

  it('claims what was logged for the issuer\'s credentials for the new one too, and nothing else', () => {
    const log = [
      activity({ id: 'mine', date: '2026-12-01', ceus: 3, appliesTo: ['a'], categories: ['specialty'] }),
      activity({ id: 'other', date: '2026-12-01', ceus: 4, appliesTo: ['zzz'], categories: ['specialty'], title: 'Other' }),
    ];
    const c = renewalChange({ packs: [counting], held: [held('a', 'cnt', cycleDates)], activities: log, today, add: { id: 's', issuer: 'cnt' } })!;
    expect(c.newMinimums[0]).toMatchObject({ id: 'specialty:s', counted: 3 });
    expect(c.after.verdicts.map((v) => [v.id, v.reason])).toEqual([
      ['mine', 'counts'],
      ['other', 'not-applied'],
    ]);
  });

  it('for an issuer the reader has no credential of, starts a cycle today and the whole total is new', () => {
    const c = renewalChange({ packs: [counting, sharing], held: [held('a', 'cnt', cycleDates)], activities: [], today, add: { id: 'p', issuer: 'shr' } })!;
    expect(c.before).toBeNull();
    expect(c.joinsCycle).toBe(false);
    expect(c.addedCeus).toBe(20);
    expect(c.after.cycle).toEqual({ start: today, end: '2028-11-30', from: 'earned' });
    expect(c.newMinimums.map((m) => [m.id, m.required])).toEqual([['share:hiim-domain', 10]]);
  });

  it('lists a share whose size changes with the total as new, and one that stays the same as not', () => {
    const c = renewalChange({ packs: [sharing], held: [held('p', 'shr', cycleDates)], activities: [], today, add: { id: 'q', issuer: 'shr' } })!;
    expect(c.newMinimums.map((m) => [m.id, m.required])).toEqual([['share:hiim-domain', 15]]);
    const flat = pack('flat', [credential('p'), credential('q')], [cycleRule(2), byCount(20), share('hiim-domain', 50)]);
    expect(renewalChange({ packs: [flat], held: [held('p', 'flat', cycleDates)], activities: [], today, add: { id: 'q', issuer: 'flat' } })!.newMinimums).toEqual([]);
  });

  it('does not count a credential the reader already holds twice', () => {
    const c = renewalChange({ packs: [counting], held: [held('a', 'cnt', cycleDates), held('s', 'cnt', cycleDates)], activities: [], today, add: { id: 's', issuer: 'cnt' } })!;
    expect(c.before?.credentials).toEqual(['a']);
    expect(c.after.credentials).toEqual(['a', 's']);
    expect(c.addedCeus).toBe(10);
  });

  it('cannot say what the total grows by when a total is unknown', () => {
    const vague = pack('v', [credential('a'), credential('b')], [cycleRule(2), { ...dated, rule: 'total-by-count', table: [{ credentials: 1, orMore: false, ceus: unknown('not published') }, { credentials: 2, orMore: true, ceus: fact(40) }] }]);
    expect(renewalChange({ packs: [vague], held: [held('a', 'v', cycleDates)], activities: [], today, add: { id: 'b', issuer: 'v' } })!.addedCeus).toBeNull();
    const vagueAfter = pack('w', [credential('a'), credential('b')], [cycleRule(2), { ...dated, rule: 'total-by-count', table: [{ credentials: 1, orMore: false, ceus: fact(20) }] }]);
    expect(renewalChange({ packs: [vagueAfter], held: [held('a', 'w', cycleDates)], activities: [], today, add: { id: 'b', issuer: 'w' } })!.addedCeus).toBeNull();
  });

  it('joins no cycle when the held credentials of the issuer have no dates', () => {
    const c = renewalChange({ packs: [counting], held: [held('a', 'cnt')], activities: [], today, add: { id: 'b', issuer: 'cnt' } })!;
    expect(c.before).not.toBeNull();
    expect(c.joinsCycle).toBe(false);
  });

  it('lists the credentials a reader could add, and leaves out records no option knows', () => {
    expect(candidates([{ id: 'a' }, { id: 'b' }, { id: 's' }], [{ credential: 'b' }]).map((o) => o.id)).toEqual(['a', 's']);
    expect(candidates([{ id: 'a' }], [])).toEqual([{ id: 'a' }]);
    const options = [{ id: 'a', abbreviation: 'A', issuer: 'cnt' }, { id: 'p', abbreviation: 'P', issuer: 'shr' }];
    expect(withIssuers([{ credential: 'p', earned: '2024-01-01' }, { credential: 'x' }, { credential: 'a' }], options)).toEqual([
      { credential: 'p', earned: '2024-01-01', issuer: 'shr' },
      { credential: 'a', issuer: 'cnt' },
    ]);
  });
});

describe('pay differences', () => {
  const usd = (value: number, source: string, asOf: string, unit: 'usd-per-year' | 'usd' = 'usd-per-year'): Fact => ({ kind: 'fact', value, unit, source: { id: source, collection: 'sources' }, asOf, confidence: 'issuer' });
  const cred = (id: string, pay: Fact[]): WhatIfCredential => ({ id, abbreviation: id.toUpperCase(), issuer: 'x', exam: unknown(''), pay: pay.map((fact, i) => ({ label: `${id} pay ${i}`, fact })), prep: null });

  it('subtracts yearly pay of the same survey for each held credential, naming both figures', () => {
    const add = cred('new', [usd(60_000, 'survey', '2025')]);
    const diffs = payDifferences(add, [cred('one', [usd(55_000, 'survey', '2025')]), cred('two', [usd(62_500, 'survey', '2025')])]);
    expect(diffs.map((d) => [d.held, d.label, d.heldLabel, d.difference])).toEqual([
      ['one', 'new pay 0', 'one pay 0', 5_000],
      ['two', 'new pay 0', 'two pay 0', -2_500],
    ]);
  });

  it('subtracts no figure that is not yearly pay, nor one of another survey or year', () => {
    const add = cred('new', [usd(60_000, 'survey', '2025'), usd(300, 'survey', '2025', 'usd')]);
    expect(payDifferences(add, [cred('one', [usd(55_000, 'survey', '2024'), usd(55_000, 'other', '2025'), usd(200, 'survey', '2025', 'usd'), unknown('none')])])).toEqual([]);
    const text: Fact = { kind: 'fact', value: 'high', unit: 'usd-per-year', source: { id: 'survey', collection: 'sources' }, asOf: '2025', confidence: 'issuer' };
    expect(payDifferences(cred('new', [text]), [cred('one', [usd(1, 'survey', '2025')])])).toEqual([]);
    expect(payDifferences(cred('new', [usd(1, 'survey', '2025')]), [cred('one', [text])])).toEqual([]);
  });
});

describe('the audit report per credential', () => {
  it('adds, per held credential, the CEUs claimed for it and those that count this cycle', () => {
    const p = pack('cnt', [credential('a'), credential('b')], [cycleRule(2), byCount(30, 40)]);
    const log = [
      activity({ id: 'both', date: '2026-02-01', ceus: 1.1, appliesTo: ['a', 'b'] }),
      activity({ id: 'a-only', date: '2026-03-01', ceus: 2.2, appliesTo: ['a'] }),
      activity({ id: 'old', date: '2020-03-01', ceus: 4, appliesTo: ['a'] }),
      activity({ id: 'elsewhere', date: '2026-03-01', ceus: 8, appliesTo: ['z'] }),
    ];
    const progress = computeProgress({ packs: [p], credentials: [held('b', 'cnt', cycleDates), held('a', 'cnt', cycleDates)], activities: log, today });
    expect(totalsPerCredential(log, progress)).toEqual([
      { credential: 'b', claimed: 1.1, counted: 1.1 },
      { credential: 'a', claimed: 7.3, counted: 3.3 },
    ]);
    expect(totalsPerCredential(log, [])).toEqual([]);
  });
});
