/**
 * The roadmap's sentences with their values filled in: one form for a single thing and another
 * for none or many, and a name with no value left visible rather than dropped.
 */
import { describe, expect, it } from 'vitest';
import { count, fill } from '../../src/lib/roadmap/index.ts';

describe('filling in the words', () => {
  it('puts each value in its place, leaving names it has no value for', () => {
    expect(fill('{step} removed, {n} left, {other} kept.', { step: 'Externship', n: 3 })).toBe('Externship removed, 3 left, {other} kept.');
    expect(fill('{toString} and {constructor}', {})).toBe('{toString} and {constructor}');
    expect(fill('{a}{a}', { a: 0 })).toBe('00');
  });

  it('uses the one form for exactly one, the other for none or many, with other values too', () => {
    const pair = ['plus one unknown price for {route}', 'plus {n} unknown prices for {route}'] as const;
    expect(count(pair, 1, { route: 'this route' })).toBe('plus one unknown price for this route');
    expect(count(pair, 0, { route: 'this route' })).toBe('plus 0 unknown prices for this route');
    expect(count(pair, 2)).toBe('plus 2 unknown prices for {route}');
  });
});
