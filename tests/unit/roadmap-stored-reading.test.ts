/**
 * Reading the roadmap kept in this browser (src/lib/roadmap/stored.ts, `decodeStoredPlan`): a
 * stored plan any part of which is not what this page writes is set aside whole as unreadable
 * (the store keeps it under a backup key and tells the reader), never read with a part guessed
 * or dropped; v1 (before stamps) still reads, every entry older than any change since.
 */
import { describe, expect, it } from 'vitest';
import { decodeStoredPlan, encodeStoredPlan, type StoredPlan } from '../../src/lib/roadmap/stored.ts';

const inputs = { start: 'no-background', goal: 'outpatient-coder', hoursPerWeek: 10, preference: 'fastest' } as const;
const good = {
  version: 2,
  inputs,
  order: ['cca-exam', 'code-books'],
  planStamp: 5,
  progress: { 'cca-exam': { status: 'done', target: '2027-01-31', stamp: 4 } },
  tombstones: { 'old-step': 3 },
};
/** The stored text of `good` with some fields replaced (undefined: left out). */
const text = (over: Record<string, unknown>) => JSON.stringify({ ...good, ...over });
const entry = (e: Record<string, unknown>) => ({ progress: { 'cca-exam': e } });
const read = (t: string) => decodeStoredPlan(t);
/** JSON.stringify writes Infinity as null; stored text can still hold a number too large for a double (1e999 reads as Infinity). */
const huge = (t: string, field: string) => {
  const out = t.replace(`"${field}":7777`, `"${field}":1e999`);
  expect(out).not.toBe(t);
  expect(JSON.parse(out)).toBeTruthy();
  return out;
};
const unreadable = { ok: false, reason: 'not a roadmap of a version this page knows' };

describe('a stored roadmap that is partly wrong is set aside whole', () => {
  it('the plan this page writes reads back as it was', () => {
    const r = read(text({}));
    expect(r).toEqual({ ok: true, value: { inputs, order: good.order, planStamp: 5, progress: good.progress, tombstones: good.tombstones } });
    expect(r.ok && encodeStoredPlan(r.value)).toBe(JSON.stringify({ version: 2, inputs, order: good.order, planStamp: 5, progress: good.progress, tombstones: good.tombstones }));
  });

  it('answers that are missing (null) or not a record make the plan unreadable', () => {
    expect(read(text({ inputs: null }))).toEqual(unreadable);
    expect(read(text({ inputs: 'no-background' }))).toEqual(unreadable);
    expect(read(text({ inputs: [inputs] }))).toEqual(unreadable);
  });

  it('progress or deletions kept as a number, a text or a list make the plan unreadable', () => {
    for (const bad of [0, 5, '', 'done', [], [good.progress['cca-exam']], true]) {
      expect(read(text({ progress: bad })), JSON.stringify(bad)).toEqual(unreadable);
      expect(read(text({ tombstones: bad })), JSON.stringify(bad)).toEqual(unreadable);
    }
  });

  it('a step’s progress that is empty (null) or not a record makes the plan unreadable', () => {
    for (const bad of [null, 0, 'done', ['done']]) expect(read(text({ progress: { 'cca-exam': bad } })), JSON.stringify(bad)).toEqual(unreadable);
  });

  it('a status this page does not know, or a status that is not text, makes the plan unreadable', () => {
    expect(read(text(entry({ status: 'finished', stamp: 4 })))).toEqual(unreadable);
    expect(read(text(entry({ status: 1, stamp: 4 })))).toEqual(unreadable);
    expect(read(text(entry({ stamp: 4 })))).toEqual(unreadable);
    for (const status of ['todo', 'in-progress', 'done', 'skipped']) expect(read(text(entry({ status, stamp: 4 }))).ok, status).toBe(true);
  });

  it('a target date that is not a calendar day, or not text, makes the plan unreadable', () => {
    expect(read(text(entry({ status: 'done', target: 'next week', stamp: 4 })))).toEqual(unreadable);
    expect(read(text(entry({ status: 'done', target: 20270131, stamp: 4 })))).toEqual(unreadable);
    expect(read(text(entry({ status: 'done', target: null, stamp: 4 })))).toEqual(unreadable);
    const r = read(text(entry({ status: 'done', stamp: 4 })));
    expect(r.ok && r.value.progress['cca-exam']).toEqual({ status: 'done', stamp: 4 });
    expect(r.ok && Object.keys(r.value.progress['cca-exam']!)).toEqual(['status', 'stamp']);
  });

  it('a v2 step without its time stamp, or with one that is not a finite number, makes the plan unreadable', () => {
    expect(read(text(entry({ status: 'done' })))).toEqual(unreadable);
    expect(read(text(entry({ status: 'done', stamp: '4' })))).toEqual(unreadable);
    expect(read(huge(text(entry({ status: 'done', stamp: 7777 })), 'stamp'))).toEqual(unreadable);
    expect(read(text(entry({ status: 'done', stamp: 7777 }))).ok).toBe(true);
  });

  it('an order with anything but step ids in it makes the plan unreadable; a repeated id counts once', () => {
    expect(read(text({ order: ['cca-exam', 5] }))).toEqual(unreadable);
    expect(read(text({ order: [7, 'cca-exam'] }))).toEqual(unreadable);
    expect(read(text({ order: 'cca-exam' }))).toEqual(unreadable);
    const r = read(text({ order: ['cca-exam', 'code-books', 'cca-exam'] }));
    expect(r.ok && r.value.order).toEqual(['cca-exam', 'code-books']);
  });

  it('a v2 plan without its plan stamp or its deletions, or with either of the wrong kind, is unreadable', () => {
    expect(read(text({ planStamp: undefined }))).toEqual(unreadable);
    expect(read(text({ planStamp: '5' }))).toEqual(unreadable);
    expect(read(huge(text({ planStamp: 7777 }), 'planStamp'))).toEqual(unreadable);
    expect(read(text({ tombstones: undefined }))).toEqual(unreadable);
  });

  it('a deletion whose time is not a finite number makes the plan unreadable', () => {
    expect(read(text({ tombstones: { 'old-step': '3' } }))).toEqual(unreadable);
    expect(read(text({ tombstones: { 'old-step': null } }))).toEqual(unreadable);
    expect(read(huge(text({ tombstones: { 'old-step': 7777 } }), 'old-step'))).toEqual(unreadable);
    expect(read(text({ tombstones: { 'old-step': 3, other: 'yesterday' } }))).toEqual(unreadable);
  });

  it('answers with a number too large to be one (hours, budget) make the plan unreadable', () => {
    expect(read(huge(text({ inputs: { ...inputs, hoursPerWeek: 7777 } }), 'hoursPerWeek'))).toEqual(unreadable);
    expect(read(huge(text({ inputs: { ...inputs, budget: 7777 } }), 'budget'))).toEqual(unreadable);
  });
});

describe('a version-1 roadmap (saved before stamps)', () => {
  const v1 = (over: Record<string, unknown> = {}) =>
    JSON.stringify({ version: 1, inputs, order: ['cca-exam'], progress: { 'cca-exam': { status: 'in-progress' } }, ...over });

  it('reads with every entry and the plan stamped 0 and no deletions', () => {
    const r = read(v1());
    expect(r).toEqual({ ok: true, value: { inputs, order: ['cca-exam'], planStamp: 0, progress: { 'cca-exam': { status: 'in-progress', stamp: 0 } }, tombstones: {} } });
  });

  it('keeps a stamp or deletions it does carry, and is unreadable when they are of the wrong kind', () => {
    const r = read(v1({ planStamp: 7, tombstones: { gone: 2 }, progress: { 'cca-exam': { status: 'done', stamp: 6 } } }));
    expect(r.ok && [r.value.planStamp, r.value.tombstones, r.value.progress]).toEqual([7, { gone: 2 }, { 'cca-exam': { status: 'done', stamp: 6 } }]);
    expect(read(v1({ planStamp: 'seven' }))).toEqual(unreadable);
    expect(read(v1({ tombstones: 'none' }))).toEqual(unreadable);
    expect(read(v1({ tombstones: [] }))).toEqual(unreadable);
    expect(read(v1({ planStamp: 'seven', tombstones: {} }))).toEqual(unreadable);
    expect(read(v1({ planStamp: 7, tombstones: 3 }))).toEqual(unreadable);
    expect(read(v1({ progress: { 'cca-exam': { status: 'done', stamp: 'six' } } }))).toEqual(unreadable);
  });
});

describe('the plan the page is handed can be edited like any record', () => {
  it('a step’s progress can be replaced and removed, also for an odd id', async () => {
    const { unstamped } = await import('../../src/lib/roadmap/stored.ts');
    const stored: StoredPlan = { inputs, order: [], planStamp: 1, progress: JSON.parse('{"__proto__":{"status":"done","stamp":1},"a":{"status":"todo","stamp":1}}'), tombstones: {} };
    // Typed read-only for the page; a plain record all the same (writable, removable keys).
    const progress = unstamped(stored).progress as Record<string, { status: string }>;
    expect(Object.keys(progress)).toEqual(['__proto__', 'a']);
    progress.a = { status: 'skipped' };
    expect(progress.a).toEqual({ status: 'skipped' });
    delete progress['__proto__'];
    expect(Object.keys(progress)).toEqual(['a']);
  });
});
