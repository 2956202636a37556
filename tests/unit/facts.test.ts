import { describe, expect, it, vi } from 'vitest';
import {
  citation,
  citedSources,
  formatAsOf,
  formatFact,
  formatMinutes,
  formatValue,
  isKnown,
  isRefTo,
  walk,
  type Fact,
} from '../../src/lib/facts.ts';

const src = (id: string) => ({ id, collection: 'sources' as const });
const known: Fact = {
  kind: 'fact',
  value: 425,
  unit: 'usd',
  source: src('mbc-certifications'),
  asOf: '2026',
  confidence: 'third-party',
};

describe('formatValue', () => {
  it('writes money, percentages and counted units the way readers read them', () => {
    expect(formatValue(425, 'usd')).toBe('$425');
    expect(formatValue(58055, 'usd-per-year')).toBe('$58,055 a year');
    expect(formatValue(70, 'percent')).toBe('70%');
    expect(formatValue(36, 'ceus')).toBe('36 CEUs');
    expect(formatValue(1, 'ceus')).toBe('1 CEU');
    expect(formatValue(1.5, 'ceus')).toBe('1.5 CEUs');
    expect(formatValue(100, 'questions')).toBe('100 questions');
    expect(formatValue(7972, 'count')).toBe('7,972');
    expect(formatValue(7972)).toBe('7,972');
  });

  it('shows at most two decimals, as issuers print them', async () => {
    // A fresh copy of the module: its number formats are made on first use and then kept.
    vi.resetModules();
    const fresh = await import('../../src/lib/facts.ts');
    expect(fresh.formatValue(1.234, 'hours')).toBe('1.23 hours');
    expect(fresh.formatValue(0.125, 'ceus')).toBe('0.13 CEUs');
    expect(fresh.formatValue(2.5)).toBe('2.5');
    expect(formatValue(1.234, 'hours')).toBe('1.23 hours');
  });

  it('writes durations in hours and minutes', () => {
    expect(formatValue(240, 'minutes')).toBe('4 hours');
    expect(formatMinutes(60)).toBe('1 hour');
    expect(formatMinutes(90)).toBe('1 hour 30 minutes');
    expect(formatMinutes(45)).toBe('45 minutes');
    expect(formatMinutes(0)).toBe('0 minutes');
    expect(formatMinutes(1)).toBe('1 minute');
    expect(formatMinutes(61)).toBe('1 hour 1 minute');
    expect(formatMinutes(150)).toBe('2 hours 30 minutes');
  });

  it('writes ranges with the unit once, or both currency signs', () => {
    expect(formatValue({ min: 2000, max: 7500 }, 'usd')).toBe('$2,000 to $7,500');
    expect(formatValue({ min: 10, max: 15 }, 'hours')).toBe('10 to 15 hours');
    expect(formatValue({ min: 2, max: 2 }, 'years')).toBe('2 years');
    expect(formatValue({ min: 40000, max: 52500 }, 'usd-per-year')).toBe('$40,000 to $52,500 a year');
    expect(formatValue({ min: 1, max: 2.5 })).toBe('1 to 2.5');
  });

  it('writes yes/no and text as they are', () => {
    expect(formatValue(true)).toBe('Yes');
    expect(formatValue(false)).toBe('No');
    expect(formatValue('Online or in person')).toBe('Online or in person');
  });
});

describe('formatFact and unknowns', () => {
  it('shows an unknown as unknown, never as a number', () => {
    const unknown: Fact = { kind: 'unknown', reason: 'Not published by the issuer.' };
    expect(isKnown(unknown)).toBe(false);
    expect(formatFact(unknown)).toBe('Not known');
    expect(formatFact(known)).toBe('$425');
  });
});

describe('formatAsOf', () => {
  it('is as precise as the date given', () => {
    expect(formatAsOf('2022')).toBe('2022');
    expect(formatAsOf('2026-11')).toBe('Nov 2026');
    expect(formatAsOf('2026-11-01')).toBe('Nov 1, 2026');
    expect(formatAsOf('someday')).toBe('someday');
  });
});

describe('citation', () => {
  const publisher = (id: string) => (id === 'mbc-certifications' ? 'mbc-bv6.pages.dev' : undefined);

  it('names publisher and date, and warns about third-party figures', () => {
    expect(citation(known, publisher)).toStrictEqual({
      sourceId: 'mbc-certifications',
      publisher: 'mbc-bv6.pages.dev',
      asOf: '2026',
      caveat: 'third-party figure, not confirmed by the issuer',
    });
  });

  it('adds no caveat to first-party figures', () => {
    expect(citation({ ...known, confidence: 'issuer' }, publisher).caveat).toBeUndefined();
    expect(citation({ ...known, confidence: 'government' }, publisher).caveat).toBeUndefined();
    expect(citation({ ...known, confidence: 'unconfirmed' }, publisher).caveat).toMatch(/unconfirmed/);
  });

  it('cites where we looked for an unknown, without a date when none is given', () => {
    const c = citation({ kind: 'unknown', reason: 'x', source: src('mbc-certifications') }, publisher);
    expect(c).toStrictEqual({ sourceId: 'mbc-certifications', publisher: 'mbc-bv6.pages.dev' });
    expect(citation({ kind: 'unknown', reason: 'x' }, publisher)).toStrictEqual({});
  });

  it('leaves out what it does not know rather than passing empty fields to the page', () => {
    // A source whose publisher is not on record: no publisher key, so the page prints none.
    const c = citation({ ...known, confidence: 'issuer', source: src('elsewhere') }, publisher);
    expect(c).toStrictEqual({ sourceId: 'elsewhere', asOf: '2026' });
    expect(Object.keys(c)).toEqual(['sourceId', 'asOf']);
  });
});

describe('walking data for references', () => {
  it('finds every cited source once, in order', () => {
    const data = { a: known, b: [{ fact: { ...known, source: src('aapc-cpc') } }, known], issuer: { id: 'aapc', collection: 'issuers' } };
    expect(citedSources(data)).toEqual(['mbc-certifications', 'aapc-cpc']);
  });

  it('recognises only the exact reference shape', () => {
    expect(isRefTo({ id: 'a', collection: 'sources' }, 'sources')).toBe(true);
    expect(isRefTo({ id: 'a', collection: 'issuers' }, 'sources')).toBe(false);
    expect(isRefTo({ id: 'a', collection: 'sources', extra: 1 })).toBe(false);
    expect(isRefTo(null)).toBe(false);
    expect(isRefTo('a')).toBe(false);
    expect(isRefTo({ id: 7, collection: 'sources' })).toBe(false);
    expect(isRefTo({ id: 'a', collection: 7 })).toBe(false);
    expect(isRefTo({ id: 'a', other: 'sources' })).toBe(false);
  });

  it('reports paths to every node and does not descend into dates', () => {
    const paths: string[] = [];
    walk({ a: [1, { b: new Date(0) }] }, (_, p) => paths.push(p.join('.')));
    expect(paths).toEqual(['', 'a', 'a.0', 'a.1', 'a.1.b']);
  });

  it('treats text, numbers and empty values as leaves', () => {
    const paths: string[] = [];
    walk({ note: 'two words', n: 5, none: null, nothing: undefined }, (_, p) => paths.push(p.join('.')));
    expect(paths).toEqual(['', 'note', 'n', 'none', 'nothing']);
  });
});
