/**
 * The answers a reader saved in this browser come back as given, the later ones (years of
 * work, credentials held, target date) included; a saved plan whose answers this page cannot
 * read is reported as unreadable (so the store sets it aside), never half-read.
 */
import { describe, expect, it } from 'vitest';
import { decodeStoredPlan } from '../../src/lib/roadmap/index.ts';

const inputs = { start: 'cpc-a', goal: 'auditor', hoursPerWeek: 6, preference: 'cheapest' };
const saved = (over: Record<string, unknown>, version = 2) => JSON.stringify({ version, inputs: { ...inputs, ...over }, order: ['cpma-exam'], planStamp: 5, progress: {}, tombstones: {} });

describe('saved answers', () => {
  it('come back with years of work, credentials held and the target date', () => {
    const r = decodeStoredPlan(saved({ budget: 900, experienceYears: 1.5, held: ['rhit', 'cpc-a'], targetDate: '2028-06-30', colour: 'blue' }));
    expect(r).toEqual({
      ok: true,
      value: {
        inputs: { ...inputs, budget: 900, experienceYears: 1.5, held: ['cpc-a', 'rhit'], targetDate: '2028-06-30' },
        order: ['cpma-exam'],
        planStamp: 5,
        progress: {},
        tombstones: {},
      },
    });
  });

  it('are unreadable when a later answer is not one this page admits', () => {
    for (const over of [{ held: 'cpc' }, { held: ['cpc', 'astronaut'] }, { held: [7] }, { targetDate: '2028-02-30' }, { targetDate: 20280630 }, { experienceYears: 'two' }, { budget: null }, { goal: 7 }])
      expect(decodeStoredPlan(saved(over)), JSON.stringify(over)).toEqual({ ok: false, reason: 'not a roadmap of a version this page knows' });
    expect(decodeStoredPlan('{')).toEqual({ ok: false, reason: 'not JSON' });
  });

  it('an empty list of credentials reads as none', () => {
    const r = decodeStoredPlan(saved({ held: [] }));
    expect(r.ok && r.value.inputs).toEqual(inputs);
  });

  it('keep each step once, in the order saved', () => {
    const r = decodeStoredPlan(JSON.stringify({ version: 1, inputs, order: ['a', 'b', 'a', 'c'], progress: {} }));
    expect(r.ok && r.value.order).toEqual(['a', 'b', 'c']);
  });
});
