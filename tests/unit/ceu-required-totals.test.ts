import { describe, expect, it } from 'vitest';
import type { Cycle } from '../../src/lib/ceu/cycle.ts';
import type { Rule } from '../../src/lib/ceu/rules.ts';
import { requiredTotal } from '../../src/lib/ceu/totals.ts';
import { fact, held, unknown } from './ceu-fixture.ts';

const dated = { effective: '2000-01-01', basis: 'published' as const };
const byCount = (rows: [number, number | ReturnType<typeof unknown>, boolean?][]): Rule => ({
  ...dated,
  rule: 'total-by-count',
  table: rows.map(([credentials, ceus, orMore]) => ({ credentials, orMore: orMore ?? false, ceus: typeof ceus === 'number' ? fact(ceus) : ceus })),
});
const basePlus = (base: [string[], number][], perExtra: number, cap: number): Rule => ({
  ...dated,
  rule: 'total-base-plus',
  base: base.map(([credentials, ceus]) => ({ credentials, ceus: fact(ceus) })),
  perExtra: fact(perExtra),
  cap: fact(cap),
});
const cycle: Cycle = { start: '2025-06-01', end: '2027-05-31', from: 'cycle-dates' };
const many = (n: number) => Array.from({ length: n }, (_, i) => held(`c${i}`, 'x'));

describe('the CEUs a cycle asks for, by the number of credentials held', () => {
  const table = [byCount([[1, 36], [2, 40], [3, 44], [5, 52, true]])];

  it('reads the row for the number held', () => {
    expect(requiredTotal(table, many(1), cycle)).toEqual({ ceus: 36, fromRules: 36, prorated: false, facts: [fact(36)] });
    expect(requiredTotal(table, many(3), cycle).ceus).toBe(44);
  });

  it('uses the open-ended last row for that many or more', () => {
    expect(requiredTotal(table, many(5), cycle).ceus).toBe(52);
    expect(requiredTotal(table, many(9), cycle).ceus).toBe(52);
  });

  it('uses the highest open-ended row that applies', () => {
    const two = [byCount([[1, 10], [2, 20, true], [4, 30, true]])];
    expect(requiredTotal(two, many(3), cycle).ceus).toBe(20);
    expect(requiredTotal(two, many(6), cycle).ceus).toBe(30);
    // Listed the other way round: the same.
    const reversed = [byCount([[4, 30, true], [2, 20, true], [1, 10]])];
    expect(requiredTotal(reversed, many(6), cycle).ceus).toBe(30);
    expect(requiredTotal(reversed, many(3), cycle).ceus).toBe(20);
  });

  it('prefers the exact row to an open-ended one', () => {
    expect(requiredTotal([byCount([[1, 10, true], [2, 15]])], many(2), cycle).ceus).toBe(15);
  });

  it('says when the table has no row for the number held', () => {
    const r = requiredTotal(table, many(4), cycle);
    expect(r).toEqual({ ceus: null, fromRules: null, prorated: false, facts: [], unknownReason: "The issuer's table has no figure for 4 credentials." });
    expect(requiredTotal([byCount([[2, 40]])], many(1), cycle).unknownReason).toBe("The issuer's table has no figure for 1 credentials.");
  });

  it('passes on the reason when the figure is unknown', () => {
    const r = requiredTotal([byCount([[1, unknown('AAPC has not published it')]])], many(1), cycle);
    expect(r).toMatchObject({ ceus: null, fromRules: null, prorated: false, unknownReason: 'AAPC has not published it' });
    expect(r.facts).toEqual([unknown('AAPC has not published it')]);
  });
});

describe('the CEUs a cycle asks for, from a base total plus an amount per extra credential', () => {
  const rules = [basePlus([[['rhit'], 20], [['rhia'], 30], [['ccs', 'ccs-p'], 20]], 10, 50)];

  it('uses the base of the single credential held', () => {
    expect(requiredTotal(rules, [held('rhia', 'x')], cycle)).toEqual({ ceus: 30, fromRules: 30, prorated: false, facts: [fact(30), fact(10), fact(50)] });
  });

  it('takes the highest base among those held and adds the per-extra amount for each other one', () => {
    expect(requiredTotal(rules, [held('rhit', 'x'), held('rhia', 'x')], cycle).ceus).toBe(40);
    expect(requiredTotal(rules, [held('rhia', 'x'), held('rhit', 'x')], cycle).ceus).toBe(40);
    expect(requiredTotal(rules, [held('ccs', 'x'), held('rhit', 'x')], cycle).ceus).toBe(30);
  });

  it('never asks more than the cap', () => {
    expect(requiredTotal(rules, [held('rhia', 'x'), held('rhit', 'x'), held('ccs', 'x')], cycle).ceus).toBe(50);
    expect(requiredTotal(rules, [held('rhia', 'x'), held('rhit', 'x'), held('ccs', 'x'), held('ccs-p', 'x')], cycle).ceus).toBe(50);
    expect(requiredTotal([basePlus([[['a'], 20]], 10, 100)], [held('a', 'x'), held('b', 'x'), held('c', 'x')], cycle).ceus).toBe(40);
  });

  it('counts a credential without a base of its own as an extra one', () => {
    expect(requiredTotal(rules, [held('rhit', 'x'), held('other', 'x')], cycle).ceus).toBe(30);
  });

  it('has no total when none of the credentials has a base, and says why', () => {
    const r = requiredTotal(rules, [held('other', 'x')], cycle);
    expect(r).toEqual({ ceus: null, fromRules: null, prorated: false, facts: [fact(10), fact(50)], unknownReason: 'None of these credentials has a base total in the rule pack.' });
  });

  it('names the unknown figure when the per-extra amount or the cap is unknown', () => {
    const noCap: Rule = { ...dated, rule: 'total-base-plus', base: [{ credentials: ['a'], ceus: fact(20) }], perExtra: fact(10), cap: unknown('the cap is not published') };
    expect(requiredTotal([noCap], [held('a', 'x')], cycle)).toMatchObject({ ceus: null, unknownReason: 'the cap is not published' });
    const noExtra: Rule = { ...dated, rule: 'total-base-plus', base: [{ credentials: ['a'], ceus: fact(20) }], perExtra: unknown('per-extra unknown'), cap: fact(50) };
    expect(requiredTotal([noExtra], [held('a', 'x')], cycle)).toMatchObject({ ceus: null, unknownReason: 'per-extra unknown' });
  });

  it('keeps a known base over an unknown one held beside it', () => {
    const mixed: Rule = { ...dated, rule: 'total-base-plus', base: [{ credentials: ['a'], ceus: unknown('a unknown') }, { credentials: ['b'], ceus: fact(20) }], perExtra: fact(5), cap: fact(60) };
    expect(requiredTotal([mixed], [held('b', 'x'), held('a', 'x')], cycle).ceus).toBe(25);
    expect(requiredTotal([mixed], [held('a', 'x')], cycle)).toMatchObject({ ceus: null, unknownReason: 'a unknown' });
  });
});

describe('a rule pack without a total', () => {
  it('says the pack gives no total', () => {
    expect(requiredTotal([], [held('a', 'x')], cycle)).toEqual({ ceus: null, fromRules: null, prorated: false, facts: [], unknownReason: 'The rule pack gives no total for these credentials.' });
  });
});

describe("the reader's prorated first-cycle total", () => {
  const table = [byCount([[1, 36], [2, 40, true]])];

  it('replaces the table total in the cycle the credential was earned in, including its first and last day', () => {
    for (const earned of ['2025-06-01', '2026-01-15', '2027-05-31']) {
      expect(requiredTotal(table, [held('a', 'x', { earned, firstCycleTotal: 12 })], cycle), earned).toEqual({ ceus: 12, fromRules: 36, prorated: true, facts: [fact(36)] });
    }
  });

  it('does not apply in a later or earlier cycle', () => {
    expect(requiredTotal(table, [held('a', 'x', { earned: '2025-05-31', firstCycleTotal: 12 })], cycle)).toMatchObject({ ceus: 36, prorated: false });
    expect(requiredTotal(table, [held('a', 'x', { earned: '2027-06-01', firstCycleTotal: 12 })], cycle)).toMatchObject({ ceus: 36, prorated: false });
  });

  it('applies to any cycle when no earned date is given, but not without a cycle when one is', () => {
    expect(requiredTotal(table, [held('a', 'x', { firstCycleTotal: 12 })], null)).toMatchObject({ ceus: 12, prorated: true });
    expect(requiredTotal(table, [held('a', 'x', { earned: '2026-01-01', firstCycleTotal: 12 })], null)).toMatchObject({ ceus: 36, prorated: false });
  });

  it('with several credentials in their first cycle, takes the highest figure', () => {
    const r = requiredTotal(table, [held('a', 'x', { firstCycleTotal: 12 }), held('b', 'x', { firstCycleTotal: 20 }), held('c', 'x', { firstCycleTotal: 8 })], cycle);
    expect(r).toMatchObject({ ceus: 20, fromRules: 40, prorated: true });
  });

  it('accepts zero, and ignores a negative or non-finite figure', () => {
    expect(requiredTotal(table, [held('a', 'x', { firstCycleTotal: 0 })], cycle)).toMatchObject({ ceus: 0, prorated: true });
    expect(requiredTotal(table, [held('a', 'x', { firstCycleTotal: -1 })], cycle)).toMatchObject({ ceus: 36, prorated: false });
    expect(requiredTotal(table, [held('a', 'x', { firstCycleTotal: Number.NaN })], cycle)).toMatchObject({ ceus: 36, prorated: false });
    expect(requiredTotal(table, [held('a', 'x', { firstCycleTotal: Number.POSITIVE_INFINITY })], cycle)).toMatchObject({ ceus: 36, prorated: false });
  });

  it('gives a total even when the table has none', () => {
    const r = requiredTotal([], [held('a', 'x', { firstCycleTotal: 7.5 })], cycle);
    expect(r).toEqual({ ceus: 7.5, fromRules: null, prorated: true, facts: [] });
  });
});
