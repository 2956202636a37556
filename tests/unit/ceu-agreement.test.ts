/**
 * One rule set for a record: what the forms accept (checkActivity, checkCredential: what
 * ActivityForm and Credentials call before saving), what the stored-data decoder loads
 * (decodeStored) and what the JSON backup importer takes (parseBackup) agree, for values across
 * every field's edges. So a form never saves what the loader would set aside on the next visit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityFromForm, checkActivity, checkCredential } from '../../src/lib/ceu/check.ts';
import { decodeStored } from '../../src/lib/ceu/stored.ts';
import { parseBackup } from '../../src/lib/ceu/backup.ts';
import { dayProblem } from '../../src/lib/ceu/days.ts';

const ABSENT = Symbol('absent');
/** Generated records per property: fewer in the mutation run (vitest.stryker.config.ts), which repeats them for each change. */
const runs = (n: number) => (process.env['MUTATION_RUN'] ? n / 10 : n);
/** A field's value, or no field at all. */
const field = (...values: unknown[]) => fc.constantFrom<unknown>(ABSENT, ...values);
const long = (n: number) => 'x'.repeat(n);

const dates = ['2026-02-28', '2024-02-29', '2025-02-29', '20261-01-01', '0099-12-31', '0100-01-01', '2026-13-01', '2026-1-01', '', ' 2026-01-01', 20260101, null];

const activityArb = fc
  .record({
    id: field('a', '', long(200), long(201), 7),
    date: field(...dates),
    title: field('Coding update', '   ', '', long(300), long(301), 5),
    provider: field('AAPC', '', long(200), long(201), null),
    ceus: field(1, 0, 0.01, 0.015, 1.25, 999, 999.01, 1000, -1, 1e-7, '1', null),
    indexNumber: field('', 'IDX-1', long(100), long(101)),
    categories: field([], ['cms'], ['cms', 'cms'], ['bogus'], 'cms', [1], Array(17).fill('cms')),
    appliesTo: field([], ['cpc'], ['CPC'], ['ccs-p'], ['-x'], [long(41)], Array(51).fill('cpc'), [3]),
    notes: field('', long(5000), long(5001)),
    format: field('webinar', long(100), long(101)),
    certificateLocation: field('drive', long(500), long(501)),
    changed: field(0, -1, 1_765_000_000_000, 'now'),
    extra: field('unknown fields are dropped'),
  })
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== ABSENT)));

const credentialArb = fc
  .record({
    credential: field('cpc', 'ccs-p', 'CPC', '', long(41), 3),
    cycleStart: field('2025-01-01', '2026-12-31', '2025-02-30', 20250101),
    cycleEnd: field('2026-12-31', '2025-01-01', '20261-01-01'),
    earned: field('2024-06-30', '2024-06-31', ''),
    firstCycleTotal: field(0, 18, 999, 1000, -1, '18'),
    changed: field(5, -5),
  })
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== ABSENT)));

const backup = (credentials: unknown[], activities: unknown[]) =>
  JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T00:00:00.000Z', credentials, activities });

describe('form, decoder and importer agree on a record', () => {
  it('activities: accepted by all three or by none, with the same value', () => {
    fc.assert(
      fc.property(activityArb, (activity) => {
        const text = backup([], [activity]);
        const form = checkActivity(JSON.parse(JSON.stringify(activity)));
        const stored = decodeStored(text);
        const imported = parseBackup(text);
        if (!stored.ok) throw new Error('a backup with one record is always readable');
        const loaded = stored.value.activities.length === 1;
        expect(loaded).toBe(form.ok);
        expect(imported.ok).toBe(form.ok);
        expect(stored.setAside === undefined).toBe(form.ok);
        if (form.ok && imported.ok) {
          expect(stored.value.activities[0]).toEqual(form.value);
          expect(imported.data.activities[0]).toEqual(form.value);
        }
      }),
      { numRuns: runs(2000) },
    );
  });

  it('held credentials: accepted by all three or by none, with the same value', () => {
    fc.assert(
      fc.property(credentialArb, (credential) => {
        const text = backup([credential], []);
        const form = checkCredential(JSON.parse(JSON.stringify(credential)));
        const stored = decodeStored(text);
        const imported = parseBackup(text);
        if (!stored.ok) throw new Error('a backup with one record is always readable');
        expect(stored.value.credentials.length === 1).toBe(form.ok);
        expect(imported.ok).toBe(form.ok);
        if (form.ok && imported.ok) {
          expect(stored.value.credentials[0]).toEqual(form.value);
          expect(imported.data.credentials[0]).toEqual(form.value);
        }
      }),
      { numRuns: runs(1000) },
    );
  });

  it('what the activity form builds from its fields is saved only when the loader takes it', () => {
    const text = fc.constantFrom('', '   ', 'Coding update', long(301));
    fc.assert(
      fc.property(
        fc.record({
          date: fc.constantFrom(...dates.filter((d): d is string => typeof d === 'string')),
          title: text,
          provider: text,
          ceus: fc.constantFrom('', '1', '0', '1.5', '0.015', '999', '1000', '-2', '1e2'),
          indexNumber: fc.constantFrom('', 'IDX', long(101)),
          format: fc.constantFrom('', 'webinar'),
          notes: fc.constantFrom('', 'n'),
          certificateLocation: fc.constantFrom('', 'drive'),
          categories: fc.subarray(['cms', 'specialty', 'auditing']),
          appliesTo: fc.subarray(['cpc', 'ccs-p']),
        }),
        (fields) => {
          const form = checkActivity(activityFromForm((k) => (fields as unknown as Record<string, string>)[k] ?? '', (k) => (fields as unknown as Record<string, string[]>)[k] ?? [], 'id-1'));
          const stored = decodeStored(backup([], form.ok ? [form.value] : []));
          if (form.ok) expect(stored).toMatchObject({ ok: true, value: { activities: [form.value] } });
          if (form.ok) expect(parseBackup(backup([], [form.value])).ok).toBe(true);
          // The examples: none is ever saved.
          if (fields.title.trim() === '' || fields.ceus === '1000' || fields.date === '20261-01-01') expect(form.ok).toBe(false);
        },
      ),
      { numRuns: runs(1000) },
    );
  });

  it('a cycle start with no end is refused at the field, as the importer refuses it', () => {
    const form = checkCredential({ credential: 'cpc', cycleStart: '2025-01-01' });
    expect(form).toEqual({ ok: false, errors: [{ field: 'cycleEnd', message: 'give both cycleStart and cycleEnd, or neither' }] });
    expect(parseBackup(backup([{ credential: 'cpc', cycleStart: '2025-01-01' }], [])).ok).toBe(false);
  });

  it('the date rule the roadmap shares (dayProblem)', () => {
    expect(dayProblem('2026-02-28')).toBeUndefined();
    expect(dayProblem('2026-02-29', 'the target date')).toBe('the target date must be a real date written YYYY-MM-DD, not "2026-02-29"');
    expect(dayProblem('20261-01-01')).toMatch(/real date/);
    expect(dayProblem(undefined)).toBe('the date must be a date written YYYY-MM-DD');
  });
});
