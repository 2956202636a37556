/**
 * What the tracker tells a reader about a record it refuses (an activity, a held credential):
 * the field and the message, for each rule, at each edge. The forms, the stored-data decoder and
 * the importers share these rules (ceu-agreement.test.ts shows they agree).
 */
import { describe, expect, it } from 'vitest';
import { activityFromForm, checkActivity, checkCredential, completeActivity, show } from '../../src/lib/ceu/check.ts';
import { CEU_CATEGORIES } from '../../src/lib/ceu/types.ts';

const good = { id: 'a1', date: '2026-01-10', title: 'Coding update', ceus: 1.5 };
const errorsOf = (value: unknown) => {
  const r = checkActivity(value);
  return r.ok ? [] : r.errors;
};
const credentialErrors = (value: unknown) => {
  const r = checkCredential(value);
  return r.ok ? [] : r.errors;
};
const x = (n: number) => 'x'.repeat(n);

describe('an activity the tracker accepts', () => {
  it('keeps the known fields, fills the defaults and drops repeats and unknown fields', () => {
    const r = checkActivity({ ...good, categories: ['cms', 'cms', 'specialty'], appliesTo: ['cpc', 'cpc'], extra: 'dropped', format: 'webinar', certificateLocation: 'drawer', changed: 5 });
    expect(r).toEqual({
      ok: true,
      value: { id: 'a1', date: '2026-01-10', title: 'Coding update', provider: '', ceus: 1.5, indexNumber: '', categories: ['cms', 'specialty'], appliesTo: ['cpc'], notes: '', format: 'webinar', certificateLocation: 'drawer', changed: 5 },
    });
  });

  it('is the same record whether it passes the quick check or the full one', () => {
    // An unknown field of the wrong kind sends the record through the full check; the result is the same.
    const plain = checkActivity({ ...good, provider: 'AAPC', notes: 'n', indexNumber: 'I1' });
    const full = checkActivity({ ...good, provider: 'AAPC', notes: 'n', indexNumber: 'I1', categories: ['cms'] });
    expect(plain.ok && full.ok && { ...full.value, categories: [] }).toEqual(plain.ok && plain.value);
  });

  it('accepts every edge a rule allows', () => {
    const edges = [
      { id: x(200) },
      { title: x(300) },
      { provider: x(200) },
      { indexNumber: x(100) },
      { notes: x(5000) },
      { format: x(100) },
      { certificateLocation: x(500) },
      { ceus: 999 },
      { ceus: 0.01 },
      { ceus: 1.25 },
      { changed: 0 },
      { categories: [...CEU_CATEGORIES, ...CEU_CATEGORIES] },
      { appliesTo: Array(50).fill('cpc') },
      { appliesTo: ['ccs-p', 'a1', x(40)] },
      { date: '2024-02-29' },
    ];
    for (const e of edges) expect(checkActivity({ ...good, ...e }).ok, JSON.stringify(e).slice(0, 60)).toBe(true);
  });
});

describe('an activity the tracker refuses, and what it says', () => {
  it('names a missing id, date, title or CEUs', () => {
    expect(errorsOf({})).toEqual([
      { field: 'id', message: 'an activity needs an id (text)' },
      { field: 'date', message: 'the date must be a date written YYYY-MM-DD' },
      { field: 'title', message: 'the title must be text' },
      { field: 'ceus', message: 'CEUs must be a number' },
    ]);
  });

  it('refuses what is not an object', () => {
    for (const v of [null, 'text', 3, [good]]) expect(checkActivity(v)).toEqual({ ok: false, errors: [{ field: 'activity', message: 'an activity must be an object' }] });
    expect(checkCredential([])).toEqual({ ok: false, errors: [{ field: 'credential', message: 'a credential must be an object' }] });
  });

  it('names each field of the wrong kind', () => {
    expect(errorsOf({ ...good, provider: 1, indexNumber: 2, notes: 3, format: 4, certificateLocation: 5, changed: 'now' })).toEqual([
      { field: 'provider', message: 'the provider must be text' },
      { field: 'indexNumber', message: 'the index number must be text' },
      { field: 'notes', message: 'the notes must be text' },
      { field: 'format', message: 'the format must be text' },
      { field: 'certificateLocation', message: 'the certificate location must be text' },
      { field: 'changed', message: 'the last-changed stamp must be a number' },
    ]);
    expect(errorsOf({ ...good, categories: 'cms', appliesTo: 'cpc' })).toEqual([
      { field: 'categories', message: 'categories must be a list' },
      { field: 'appliesTo', message: 'appliesTo must be a list of credential ids' },
    ]);
    expect(errorsOf({ ...good, categories: [7], appliesTo: [8] })).toEqual([
      { field: 'categories', message: `"7" is not a category; use ${CEU_CATEGORIES.join(', ')}` },
      { field: 'appliesTo', message: 'a credential id must be text' },
    ]);
    expect(errorsOf({ ...good, ceus: '1' })).toEqual([{ field: 'ceus', message: 'CEUs must be a number' }]);
    expect(errorsOf({ ...good, ceus: Number.NaN })).toEqual([
      { field: 'ceus', message: 'CEUs must be a number' },
      { field: 'ceus', message: 'CEUs must be a number above 0' },
      { field: 'ceus', message: 'CEUs must be at most 999 for one activity' },
      { field: 'ceus', message: 'CEUs can have at most two decimals (like 1.25)' },
    ]);
  });

  it('says which text is too long, one character past each limit', () => {
    const cases: [string, number, string][] = [
      ['title', 301, 'the title is longer than 300 characters'],
      ['provider', 201, 'the provider is longer than 200 characters'],
      ['indexNumber', 101, 'the index number is longer than 100 characters'],
      ['notes', 5001, 'the notes is longer than 5000 characters'],
      ['format', 101, 'the format is longer than 100 characters'],
      ['certificateLocation', 501, 'the certificate location is longer than 500 characters'],
    ];
    for (const [field, n, message] of cases) expect(errorsOf({ ...good, [field]: x(n) })).toEqual([{ field, message }]);
    expect(errorsOf({ ...good, id: x(201) })).toEqual([{ field: 'id', message: 'the id is longer than 200 characters' }]);
  });

  it('refuses an empty id or a blank title', () => {
    expect(errorsOf({ ...good, id: '' })).toEqual([{ field: 'id', message: 'an activity needs an id' }]);
    expect(errorsOf({ ...good, title: '  ' })).toEqual([{ field: 'title', message: 'an activity needs a title' }]);
  });

  it('refuses a date that is not a real day', () => {
    expect(errorsOf({ ...good, date: '2026-02-29' })).toEqual([{ field: 'date', message: 'the date must be a real date written YYYY-MM-DD, not "2026-02-29"' }]);
  });

  it('refuses CEUs of zero or less, above 999, or with more than two decimals', () => {
    expect(errorsOf({ ...good, ceus: 0 })).toEqual([{ field: 'ceus', message: 'CEUs must be a number above 0' }]);
    expect(errorsOf({ ...good, ceus: -1 })).toEqual([{ field: 'ceus', message: 'CEUs must be a number above 0' }]);
    expect(errorsOf({ ...good, ceus: 999.01 })).toEqual([{ field: 'ceus', message: 'CEUs must be at most 999 for one activity' }]);
    expect(errorsOf({ ...good, ceus: 1.005 })).toEqual([{ field: 'ceus', message: 'CEUs can have at most two decimals (like 1.25)' }]);
    expect(errorsOf({ ...good, ceus: 0.001 })).toEqual([{ field: 'ceus', message: 'CEUs can have at most two decimals (like 1.25)' }]);
  });

  it('names an unknown category and a credential id that is not one, by position', () => {
    expect(errorsOf({ ...good, categories: ['cms', 'coding'] })).toEqual([{ field: 'categories', message: `"coding" is not a category; use ${CEU_CATEGORIES.join(', ')}` }]);
    expect(errorsOf({ ...good, appliesTo: ['cpc', 'CPC', 'a--b', '-a', 'a-'] })).toEqual([
      { field: 'appliesTo', message: '"CPC" is not a credential id (like cpc or ccs-p)' },
      { field: 'appliesTo', message: '"a--b" is not a credential id (like cpc or ccs-p)' },
      { field: 'appliesTo', message: '"-a" is not a credential id (like cpc or ccs-p)' },
      { field: 'appliesTo', message: '"a-" is not a credential id (like cpc or ccs-p)' },
    ]);
    expect(errorsOf({ ...good, appliesTo: [x(41)] })).toEqual([{ field: 'appliesTo', message: 'a credential id is at most 40 characters' }]);
    expect(errorsOf({ ...good, appliesTo: ['cpc x'] })).toEqual([{ field: 'appliesTo', message: '"cpc x" is not a credential id (like cpc or ccs-p)' }]);
  });

  it('refuses too many categories or credentials', () => {
    expect(errorsOf({ ...good, categories: Array(CEU_CATEGORIES.length * 2 + 1).fill('cms') })).toEqual([{ field: 'categories', message: 'too many categories' }]);
    expect(errorsOf({ ...good, appliesTo: Array(51).fill('cpc') })).toEqual([{ field: 'appliesTo', message: 'too many credentials' }]);
  });

  it('refuses a last-changed stamp that is not a time', () => {
    for (const changed of [-1, Number.POSITIVE_INFINITY]) expect(errorsOf({ ...good, changed })).toContainEqual({ field: 'changed', message: 'the last-changed stamp must be a time' });
  });
});

describe('a held credential', () => {
  it('is accepted with cycle dates, an earned date or both, unknown fields dropped', () => {
    expect(checkCredential({ credential: 'cpc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31', extra: 1 })).toEqual({ ok: true, value: { credential: 'cpc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' } });
    expect(checkCredential({ credential: 'ccs-p', earned: '2024-01-01', firstCycleTotal: 0, changed: 0 })).toEqual({ ok: true, value: { credential: 'ccs-p', earned: '2024-01-01', firstCycleTotal: 0, changed: 0 } });
    expect(checkCredential({ credential: 'cpc', earned: '2024-01-01', firstCycleTotal: 999 }).ok).toBe(true);
  });

  it('says what is wrong with each field', () => {
    expect(credentialErrors({ credential: 'CPC', earned: '2024-02-30', cycleStart: '2025-13-01', cycleEnd: '2027-00-01', firstCycleTotal: 1000, changed: -1 })).toEqual([
      { field: 'credential', message: '"CPC" is not a credential id (like cpc or ccs-p)' },
      { field: 'cycleStart', message: 'the cycle start must be a real date written YYYY-MM-DD, not "2025-13-01"' },
      { field: 'cycleEnd', message: 'the cycle end (due date) must be a real date written YYYY-MM-DD, not "2027-00-01"' },
      { field: 'earned', message: 'the date earned must be a real date written YYYY-MM-DD, not "2024-02-30"' },
      { field: 'firstCycleTotal', message: 'the first-cycle total must be between 0 and 999' },
      { field: 'changed', message: 'the last-changed stamp must be a time' },
    ]);
    expect(credentialErrors({ credential: 'cpc', earned: '2024-01-01', firstCycleTotal: -0.5 })).toEqual([{ field: 'firstCycleTotal', message: 'the first-cycle total must be between 0 and 999' }]);
  });

  it('names fields of the wrong kind', () => {
    expect(credentialErrors({ credential: 3, cycleStart: 1, cycleEnd: 2, earned: 3, firstCycleTotal: '18', changed: 'x' })).toEqual([
      { field: 'credential', message: 'a credential id must be text' },
      { field: 'cycleStart', message: 'the cycle start must be a date written YYYY-MM-DD' },
      { field: 'cycleEnd', message: 'the cycle end (due date) must be a date written YYYY-MM-DD' },
      { field: 'earned', message: 'the date earned must be a date written YYYY-MM-DD' },
      { field: 'firstCycleTotal', message: 'the first-cycle total must be a number' },
      { field: 'changed', message: 'the last-changed stamp must be a number' },
    ]);
    expect(credentialErrors({ credential: 'cpc', earned: '2024-01-01', firstCycleTotal: Number.NaN })).toContainEqual({ field: 'firstCycleTotal', message: 'the first-cycle total must be a number' });
  });

  it('asks for both cycle dates in order, or an earned date', () => {
    expect(credentialErrors({ credential: 'cpc' })).toEqual([{ field: 'cycleStart', message: 'give the cycle dates or the date the credential was earned' }]);
    expect(credentialErrors({ credential: 'cpc', cycleEnd: '2027-05-31' })).toEqual([
      { field: 'cycleEnd', message: 'give both cycleStart and cycleEnd, or neither' },
      { field: 'cycleStart', message: 'give the cycle dates or the date the credential was earned' },
    ]);
    expect(credentialErrors({ credential: 'cpc', cycleStart: '2027-05-31', cycleEnd: '2027-05-31' })).toEqual([{ field: 'cycleEnd', message: 'the cycle ends before it starts' }]);
    expect(credentialErrors({ credential: 'cpc', cycleStart: '2027-06-01', cycleEnd: '2027-05-31' })).toEqual([{ field: 'cycleEnd', message: 'the cycle ends before it starts' }]);
    expect(credentialErrors({ credential: 'cpc', cycleStart: '2027-05-30', cycleEnd: '2027-05-31' })).toEqual([]);
  });

  it('does not add the cross-field rules on top of a field of the wrong kind', () => {
    expect(credentialErrors({ credential: 'cpc', cycleStart: 5 })).toEqual([{ field: 'cycleStart', message: 'the cycle start must be a date written YYYY-MM-DD' }]);
  });
});

describe('helpers for messages and forms', () => {
  it('shows a bad value short enough for a message', () => {
    expect(show('short')).toBe('short');
    expect(show(x(40))).toBe(x(40));
    expect(show(x(41))).toBe(`${x(37)}...`);
    expect(show(12)).toBe('12');
    expect(show({ a: 1 })).toBe('{"a":1}');
    expect(show(undefined)).toBe('undefined');
  });

  it('fills an activity read from a file with its defaults', () => {
    expect(completeActivity({ id: 'a', date: '2026-01-01', title: 't', ceus: 1 })).toEqual({ id: 'a', date: '2026-01-01', title: 't', ceus: 1, provider: '', indexNumber: '', categories: [], appliesTo: [], notes: '' });
    expect(completeActivity({ id: 'a', provider: 'P', indexNumber: 'I', notes: 'N', categories: ['cms', 'cms'], appliesTo: ['cpc', 'crc', 'cpc'] })).toMatchObject({ provider: 'P', indexNumber: 'I', notes: 'N', categories: ['cms'], appliesTo: ['cpc', 'crc'] });
  });

  it('builds the activity a form describes: trimmed text, CEUs as a number, empty optional text left out', () => {
    const fields: Record<string, string> = { date: ' 2026-01-10 ', title: ' Update ', provider: ' AAPC ', ceus: ' 1.5 ', indexNumber: ' I-1 ', notes: ' n ', format: ' webinar ', certificateLocation: '  ' };
    const lists: Record<string, string[]> = { categories: ['cms'], appliesTo: ['cpc'] };
    expect(activityFromForm((k) => fields[k] ?? '', (k) => lists[k] ?? [], 'id-9')).toEqual({
      id: 'id-9',
      date: '2026-01-10',
      title: 'Update',
      provider: 'AAPC',
      ceus: 1.5,
      indexNumber: 'I-1',
      categories: ['cms'],
      appliesTo: ['cpc'],
      notes: 'n',
      format: 'webinar',
    });
    const blank = activityFromForm(() => '', () => [], 'id-0');
    expect(blank['ceus']).toBeNaN();
    expect('format' in blank || 'certificateLocation' in blank).toBe(false);
    expect(activityFromForm((k) => (k === 'certificateLocation' ? 'drawer' : ''), () => [], 'i')['certificateLocation']).toBe('drawer');
  });
});
