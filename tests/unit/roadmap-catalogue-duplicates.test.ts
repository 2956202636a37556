/**
 * The catalogue (src/lib/roadmap/types.ts, unlocks.ts): a step or role listed twice counts as its
 * first listing (the data check reports the second), so positions stay those of the file; and a
 * step unlocks exactly the roles whose requirements mention it, directly or as an alternative.
 */
import { describe, expect, it } from 'vitest';
import { makeCatalogue, rolesUnlockedBy } from '../../src/lib/roadmap/index.ts';
import { role, step } from './roadmap-mini.ts';

describe('a catalogue with an id listed twice', () => {
  it('keeps the first step of that id, and the position of each step as first listed', () => {
    const c = makeCatalogue([step('a', { title: 'First a' }), step('b'), step('a', { title: 'Second a' }), step('c')], []);
    expect(c.steps.get('a')?.title).toBe('First a');
    expect([...c.steps.keys()]).toEqual(['a', 'b', 'c']);
    expect([...c.index]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
  });

  it('keeps the first role of that id', () => {
    const c = makeCatalogue([step('a')], [role('r', ['a'], { title: 'First r' }), role('r', ['a'], { title: 'Second r' })]);
    expect(c.roles.get('r')?.title).toBe('First r');
    expect(c.roles.size).toBe(1);
  });
});

describe('what a step unlocks', () => {
  it('the roles that name it, directly or as one alternative, and no others', () => {
    const c = makeCatalogue(
      [step('a'), step('b'), step('c')],
      [role('direct', ['a']), role('either', [{ anyOf: ['b', ['a', 'c']] }]), role('other', ['b'])],
    );
    expect(rolesUnlockedBy('a', c)).toEqual(['direct', 'either']);
    expect(rolesUnlockedBy('b', c)).toEqual(['either', 'other']);
    expect(rolesUnlockedBy('c', c)).toEqual(['either']);
    expect(rolesUnlockedBy('nothing', c)).toEqual([]);
  });
});
