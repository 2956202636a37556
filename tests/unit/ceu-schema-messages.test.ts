/**
 * The words an import (JSON backup) gives for a field of the wrong kind: the zod schemas of
 * src/lib/ceu/schema.ts carry their own messages for types, and they must say what the forms and
 * the stored-data decoder (check.ts) say, field by field.
 */
import { describe, expect, it } from 'vitest';
import { readBackup } from '../../src/lib/ceu/backup-read.ts';
import { checkActivity, checkCredential } from '../../src/lib/ceu/check.ts';
import { CEU_CATEGORIES } from '../../src/lib/ceu/types.ts';

const good = { id: 'a1', date: '2026-01-10', title: 'Coding update', ceus: 1.5 };
const text = (fields: Record<string, unknown>) => JSON.stringify({ format: 'ccp-ceu', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', credentials: [], activities: [], ...fields });

/** The problems the import lists for one activity, without the row. */
function importErrors(activity: unknown) {
  const r = readBackup(text({ activities: [activity] }));
  if (!r.ok) throw new Error('the file was refused whole');
  return (r.read.rejected[0]?.errors ?? []).map(({ field, message }) => ({ field, message }));
}

function importCredentialErrors(credential: unknown) {
  const r = readBackup(text({ credentials: [credential] }));
  if (!r.ok) throw new Error('the file was refused whole');
  return (r.read.rejected[0]?.errors ?? []).map(({ field, message }) => ({ field: field.replace('credentials[0].', ''), message }));
}

const formErrors = (activity: unknown) => {
  const r = checkActivity(activity);
  return r.ok ? [] : r.errors;
};

describe('an activity with a field of the wrong kind, imported', () => {
  const cases: [string, unknown, string][] = [
    ['id', 5, 'an activity needs an id (text)'],
    ['date', 20260110, 'the date must be a date written YYYY-MM-DD'],
    ['title', 5, 'the title must be text'],
    ['provider', 5, 'the provider must be text'],
    ['ceus', '1.5', 'CEUs must be a number'],
    ['indexNumber', 5, 'the index number must be text'],
    ['categories', 'cms', 'categories must be a list'],
    ['appliesTo', 'cpc', 'appliesTo must be a list of credential ids'],
    ['notes', 5, 'the notes must be text'],
    ['format', 5, 'the format must be text'],
    ['certificateLocation', 5, 'the certificate location must be text'],
    ['changed', 'now', 'the last-changed stamp must be a number'],
  ];

  it.each(cases)('names %s and says what it must be, as the form does', (field, value, message) => {
    const activity = { ...good, [field]: value };
    expect(importErrors(activity)).toEqual([{ field, message }]);
    expect(formErrors(activity)).toEqual([{ field, message }]);
  });

  it('names each missing required field', () => {
    expect(importErrors({})).toEqual([
      { field: 'id', message: 'an activity needs an id (text)' },
      { field: 'date', message: 'the date must be a date written YYYY-MM-DD' },
      { field: 'title', message: 'the title must be text' },
      { field: 'ceus', message: 'CEUs must be a number' },
    ]);
  });

  it('names a list item of the wrong kind, with the categories it could be', () => {
    expect(importErrors({ ...good, categories: [7], appliesTo: [8] })).toEqual([
      { field: 'categories', message: `"7" is not a category; use ${CEU_CATEGORIES.join(', ')}` },
      { field: 'appliesTo', message: 'a credential id must be text' },
    ]);
  });
});

describe('a held credential with a field of the wrong kind, imported', () => {
  const cases: [string, unknown, string][] = [
    ['credential', 3, 'a credential id must be text'],
    ['cycleStart', 20250101, 'the cycle start must be a date written YYYY-MM-DD'],
    ['cycleEnd', 20261231, 'the cycle end (due date) must be a date written YYYY-MM-DD'],
    ['earned', 20240101, 'the date earned must be a date written YYYY-MM-DD'],
    ['firstCycleTotal', '18', 'the first-cycle total must be a number'],
    ['changed', 'now', 'the last-changed stamp must be a number'],
  ];

  it.each(cases)('names %s and says what it must be, as the form does', (field, value, message) => {
    const credential = { credential: 'cpc', cycleStart: '2025-01-01', cycleEnd: '2026-12-31', [field]: value };
    expect(importCredentialErrors(credential)).toEqual([{ field, message }]);
    const form = checkCredential(credential);
    expect(form.ok ? [] : form.errors).toEqual([{ field, message }]);
  });
});
