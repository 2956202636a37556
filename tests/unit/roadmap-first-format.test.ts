/**
 * The roadmap's number, dollar and date formats (src/lib/roadmap/explain.ts) are made on first use
 * and kept: whichever a page asks for first, numbers read as numbers, dollars as dollars, days as
 * dates. Each test loads a copy of the module of its own, so its formats are made here.
 */
import { describe, expect, it } from 'vitest';
import { roadmapExplainWords as w } from '../../src/i18n/roadmap.en.ts';
import * as shared from '../../src/lib/roadmap/explain.ts';

type Explain = typeof shared;
let copies = 0;
/** A copy of the module of its own (its own formats), leaving every other module as it is. */
const fresh = async (): Promise<Explain> => {
  const path = `../../src/lib/roadmap/explain.ts?copy=${++copies}`;
  return (await import(/* @vite-ignore */ path)) as Explain;
};

describe('formats made on first use', () => {
  it('a number first: "2.5", then dollars and a day', async () => {
    const { formatDay, formatDollars, formatNumber } = await fresh();
    expect(formatNumber(2.5, w)).toBe('2.5');
    expect(formatNumber({ min: 1234, max: 1234.567 }, w)).toBe('1,234 to 1,234.57');
    expect(formatDollars(2000, w)).toBe('$2,000');
    expect(formatDay('2027-03-01')).toBe('Mar 1, 2027');
  });

  it('dollars first: "$425", then a number and a day', async () => {
    const { formatDay, formatDollars, formatNumber } = await fresh();
    expect(formatDollars({ min: 2000, max: 7500 }, w)).toBe('$2,000 to $7,500');
    expect(formatNumber(4, w)).toBe('4');
    expect(formatDay('2026-12-07')).toBe('Dec 7, 2026');
  });

  it('a day first, then a number and dollars', async () => {
    const { formatDay, formatDollars, formatNumber } = await fresh();
    expect(formatDay('2027-01-31')).toBe('Jan 31, 2027');
    expect(formatNumber(10, w)).toBe('10');
    expect(formatDollars(425, w)).toBe('$425');
  });

  it('the copy every page shares formats the same way', () => {
    expect(shared.formatNumber(2.5, w)).toBe('2.5');
    expect(shared.formatDollars(425, w)).toBe('$425');
    expect(shared.formatDay('2027-03-01')).toBe('Mar 1, 2027');
  });
});
