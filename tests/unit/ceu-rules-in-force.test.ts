import { describe, expect, it } from 'vitest';
import { findRule, findRules, issuerOf, known, ruleKey, rulesInForce, type Rule } from '../../src/lib/ceu/rules.ts';
import { credential, fact, pack, unknown } from './ceu-fixture.ts';

const lapse = (afterDue: number, effective: string, basis: 'published' | 'in-force-by' | 'approximate', until?: string): Rule => ({
  rule: 'lapse',
  afterDue: fact(afterDue),
  effective,
  basis,
  ...(until === undefined ? {} : { until }),
});
const share = (category: 'hiim-domain' | 'ahima-sourced', percent: number, effective: string, basis: 'published' | 'in-force-by' = 'published'): Rule => ({
  rule: 'share-minimum',
  category,
  percent: fact(percent),
  effective,
  basis,
});
const lapseDays = (rules: Rule[]) => findRules(rules, 'lapse').map((r) => known(r.afterDue));

describe('which rules are in force on a day', () => {
  it('applies a rule from its effective day up to the day before it is superseded', () => {
    const p = pack('x', [], [lapse(60, '2020-01-01', 'published', '2024-07-01'), lapse(90, '2024-07-01', 'published')]);
    expect(lapseDays(rulesInForce(p, '2019-12-31'))).toEqual([]);
    expect(lapseDays(rulesInForce(p, '2020-01-01'))).toEqual([60]);
    expect(lapseDays(rulesInForce(p, '2024-06-30'))).toEqual([60]);
    expect(lapseDays(rulesInForce(p, '2024-07-01'))).toEqual([90]);
    expect(lapseDays(rulesInForce(p, '2030-01-01'))).toEqual([90]);
  });

  it('lets a rule known only to be in force by a date cover earlier days, when nothing came before it', () => {
    const p = pack('x', [], [lapse(90, '2026-11-01', 'in-force-by')]);
    expect(lapseDays(rulesInForce(p, '2010-01-01'))).toEqual([90]);
    const approx = pack('x', [], [lapse(90, '2026-11-01', 'approximate')]);
    expect(lapseDays(rulesInForce(approx, '2010-01-01'))).toEqual([]);
  });

  it('does not stretch an in-force-by rule back over an earlier version of the same rule', () => {
    const p = pack('x', [], [lapse(60, '2015-01-01', 'published', '2026-11-01'), lapse(90, '2026-11-01', 'in-force-by')]);
    expect(lapseDays(rulesInForce(p, '2016-01-01'))).toEqual([60]);
    expect(lapseDays(rulesInForce(p, '2014-01-01'))).toEqual([]);
  });

  it('tells rules of one kind apart by category: an earlier share of another category does not block it', () => {
    const p = pack('x', [], [share('ahima-sourced', 10, '2015-01-01'), share('hiim-domain', 50, '2026-11-01', 'in-force-by')]);
    const on = (day: string) => findRules(rulesInForce(p, day), 'share-minimum').map((r) => r.category);
    expect(on('2016-01-01')).toEqual(['ahima-sourced', 'hiim-domain']);
    const q = pack('x', [], [share('hiim-domain', 40, '2015-01-01'), share('hiim-domain', 50, '2026-11-01', 'in-force-by')]);
    expect(findRules(rulesInForce(q, '2016-01-01'), 'share-minimum').map((r) => known(r.percent))).toEqual([40]);
  });

  it('keys rules by kind and, where there is one, category', () => {
    expect(ruleKey(share('hiim-domain', 50, '2026-11-01'))).toBe('share-minimum:hiim-domain');
    expect(ruleKey(lapse(90, '2026-11-01', 'published'))).toBe('lapse');
  });
});

describe('looking up rules and figures', () => {
  const rules = [lapse(90, '2020-01-01', 'published'), share('hiim-domain', 50, '2020-01-01'), share('ahima-sourced', 10, '2020-01-01')];

  it('finds the first rule of a kind, or none', () => {
    expect(findRule(rules, 'share-minimum')).toBe(rules[1]);
    expect(findRule(rules, 'cycle')).toBeUndefined();
    expect(findRules(rules, 'share-minimum')).toEqual([rules[1], rules[2]]);
    expect(findRules(rules, 'audit')).toEqual([]);
  });

  it('reads a known figure, and nothing from an unknown one', () => {
    expect(known(fact(36))).toBe(36);
    expect(known(fact(false))).toBe(false);
    expect(known(unknown('not published'))).toBeUndefined();
    expect(known(undefined)).toBeUndefined();
  });

  it('finds the issuer of a credential from the packs', () => {
    const packs = [pack('aapc', [credential('cpc'), credential('crc')], []), pack('ahima', [credential('rhit')], [])];
    expect(issuerOf(packs, 'crc')).toBe('aapc');
    expect(issuerOf(packs, 'rhit')).toBe('ahima');
    expect(issuerOf(packs, 'cbcs')).toBeUndefined();
  });
});
