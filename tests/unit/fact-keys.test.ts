/**
 * How a guide's `<F k="..."/>` finds its figure: a wrong key must fail the build with a message
 * naming what is missing, and a right one must quote exactly the fact at that path.
 */
import { describe, expect, it } from 'vitest';
import { factAt, factKeysIn, resolveFactKey, type FactLookup } from '../../src/lib/fact-keys.ts';
import type { Fact } from '../../src/lib/facts.ts';

const fact = (value: number): Fact =>
  ({ kind: 'fact', value, unit: 'questions', source: 'aapc-cpc', asOf: '2026-11', confidence: 'issuer' }) as unknown as Fact;
const unknown = { kind: 'unknown', reason: 'not published' } as unknown as Fact;

const cpc = {
  exam: { questions: fact(100), passingScore: unknown, label: 'not a fact', nothing: null },
  renewal: { categories: [{ label: 'Specialty', fact: fact(8) }, { label: 'Plain label only' }] },
};
const named = { 'pay/median': fact(50250) } as Record<string, Fact>;
const lookup: FactLookup = {
  entry: (id) => (id === 'cpc' ? cpc : undefined),
  named: (id) => named[id],
};

describe('factAt', () => {
  it('walks dotted paths and array indexes to a fact', () => {
    expect(factAt(cpc, 'exam.questions')).toBe(cpc.exam.questions);
    expect(factAt(cpc, 'renewal.categories[0].fact')).toBe(cpc.renewal.categories[0]!.fact);
  });
  it('quotes an explicit unknown as a fact too (the page shows it as unknown)', () => {
    expect(factAt(cpc, 'exam.passingScore')).toBe(unknown);
  });
  it('quotes the fact of a labelled entry', () => {
    expect(factAt(cpc, 'renewal.categories[0]')).toBe(cpc.renewal.categories[0]!.fact);
  });
  it('finds nothing at a path that is not a fact, is missing, or runs through null or a string', () => {
    expect(factAt(cpc, 'exam')).toBeUndefined();
    expect(factAt(cpc, 'exam.label')).toBeUndefined();
    expect(factAt(cpc, 'exam.nothing')).toBeUndefined();
    expect(factAt(cpc, 'exam.nothing.deeper')).toBeUndefined();
    expect(factAt(cpc, 'exam.label.length')).toBeUndefined();
    expect(factAt(cpc, 'renewal.categories[1]')).toBeUndefined();
    expect(factAt(cpc, 'renewal.categories[5].fact')).toBeUndefined();
    expect(factAt(null, 'exam')).toBeUndefined();
    expect(factAt(cpc, 'exam.label.kind')).toBeUndefined();
    expect(factAt({ a: 'fact' }, 'a')).toBeUndefined();
  });
  it('does not take an object with another kind for a fact', () => {
    expect(factAt({ a: { kind: 'note', value: 1 } }, 'a')).toBeUndefined();
    expect(factAt({ a: { fact: { kind: 'note' } } }, 'a')).toBeUndefined();
  });
});

describe('resolveFactKey', () => {
  it('resolves a credential key and a named key', () => {
    expect(resolveFactKey('cpc:exam.questions', lookup)).toEqual({ fact: cpc.exam.questions });
    expect(resolveFactKey('pay/median', lookup)).toEqual({ fact: named['pay/median'] });
  });
  it('names the missing credential or issuer and where to look', () => {
    expect(resolveFactKey('cpx:exam.questions', lookup)).toEqual({
      error: 'no credential or issuer "cpx" (content/credentials/, content/issuers.yaml)',
    });
  });
  it('names the credential and the path that holds no fact', () => {
    expect(resolveFactKey('cpc:exam.question', lookup)).toEqual({ error: '"cpc" has no fact at "exam.question"' });
  });
  it('reads a key that starts with a colon as a credential key with no id', () => {
    expect(resolveFactKey(':exam.questions', lookup)).toEqual({
      error: 'no credential or issuer "" (content/credentials/, content/issuers.yaml)',
    });
  });
  it('names the missing named fact and its file', () => {
    expect(resolveFactKey('pay/mean', lookup)).toEqual({ error: 'no named fact "pay/mean" (content/facts/pay.yaml)' });
  });
});

describe('factKeysIn', () => {
  it('lists every quoted key in order, with repeats, whatever the quotes and other attributes', () => {
    const body = `A <F k="cpc:exam.questions" /> and <F short k='pay/median'/> then <F k="cpc:exam.questions"/>. <Fact k="x" /> <F data="k=&quot;no&quot;" />`;
    expect(factKeysIn(body)).toEqual(['cpc:exam.questions', 'pay/median', 'cpc:exam.questions']);
  });
  it('finds none in prose without the component', () => {
    expect(factKeysIn('k="cpc:exam" <Fx k="a" />')).toEqual([]);
  });
});
