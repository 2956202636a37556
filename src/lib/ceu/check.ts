/**
 * The one rule set for a CEU record (an activity, a held credential), in plain TypeScript: the
 * forms, the stored-data decoder (src/lib/ceu/stored.ts) and the importers (through the zod
 * schemas in ./schema.ts, which run these same rules) all check with it, so a form never saves
 * what the loader or an importer would refuse. tests/unit/ceu-agreement.test.ts shows the three
 * agree on generated values across every field's edges.
 *
 * Why not zod here: the page decodes every saved record when it opens. Without zod at start-up
 * the CEU page ships about 6 kB less JavaScript (its budget is 25.6 kB) and opens a log of 5,000
 * activities faster; zod/mini still checks the shape of imported files, which load on demand.
 * Messages are written for the reader and name what is wrong with the value.
 */
import { dayProblem, isIsoDay } from './days.ts';
import { CEU_CATEGORIES, type Activity, type CeuCategory, type CredentialRecord, type FieldError } from './types.ts';

/** Short, printable echo of a bad value for a message (hostile input can be huge). */
export function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Reports a broken rule at `path` (the field, then list positions). */
export type Report = (path: PropertyKey[], message: string, input: unknown) => void;

type Fields = Record<string, unknown>;

function maxText(say: Report, a: Fields, field: string, what: string, max: number): void {
  const v = a[field];
  if (typeof v === 'string' && v.length > max) say([field], `${what} is longer than ${max} characters`, v);
}

function day(say: Report, a: Fields, field: string, what: string): void {
  const v = a[field];
  const problem = typeof v === 'string' ? dayProblem(v, what) : undefined;
  if (problem !== undefined) say([field], problem, v);
}

/** A last-changed stamp, when there is one: ms since 1970. */
function stamp(say: Report, a: Fields): void {
  const v = a['changed'];
  if (typeof v === 'number' && !(Number.isFinite(v) && v >= 0)) say(['changed'], 'the last-changed stamp must be a time', v);
}

const CREDENTIAL_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Credential ids are lowercase words joined by hyphens: cpc, ccs-p. Undefined when fine. */
function credentialIdProblem(id: string): string | undefined {
  if (!CREDENTIAL_ID.test(id)) return `"${show(id)}" is not a credential id (like cpc or ccs-p)`;
  if (id.length > 40) return 'a credential id is at most 40 characters';
  return undefined;
}

const CATEGORY_SET: ReadonlySet<string> = new Set(CEU_CATEGORIES);
export const categoryMessage = (input: unknown) => `"${show(input)}" is not a category; use ${CEU_CATEGORIES.join(', ')}`;

/** An activity's content rules (lengths, real dates, CEU figures, known categories); fields of the wrong type are skipped. */
export function activityRules(a: Fields, say: Report): void {
  const { id, title, ceus, categories, appliesTo } = a;
  if (id === '') say(['id'], 'an activity needs an id', id);
  else if (typeof id === 'string' && id.length > 200) say(['id'], 'the id is longer than 200 characters', id);
  day(say, a, 'date', 'the date');
  maxText(say, a, 'title', 'the title', 300);
  if (typeof title === 'string' && title.trim() === '') say(['title'], 'an activity needs a title', title);
  maxText(say, a, 'provider', 'the provider', 200);
  if (typeof ceus === 'number') {
    if (!(Number.isFinite(ceus) && ceus > 0)) say(['ceus'], 'CEUs must be a number above 0', ceus);
    if (!(ceus <= 999)) say(['ceus'], 'CEUs must be at most 999 for one activity', ceus);
    if (!(Number.isFinite(ceus) && Number(ceus.toFixed(2)) === ceus)) say(['ceus'], 'CEUs can have at most two decimals (like 1.25)', ceus);
  }
  maxText(say, a, 'indexNumber', 'the index number', 100);
  if (Array.isArray(categories)) {
    categories.forEach((c, i) => {
      if (typeof c === 'string' && !CATEGORY_SET.has(c)) say(['categories', i], categoryMessage(c), c);
    });
    if (categories.length > CEU_CATEGORIES.length * 2) say(['categories'], 'too many categories', categories);
  }
  if (Array.isArray(appliesTo)) {
    appliesTo.forEach((c, i) => {
      const problem = typeof c === 'string' ? credentialIdProblem(c) : undefined;
      if (problem !== undefined) say(['appliesTo', i], problem, c);
    });
    if (appliesTo.length > 50) say(['appliesTo'], 'too many credentials', appliesTo);
  }
  maxText(say, a, 'notes', 'the notes', 5000);
  maxText(say, a, 'format', 'the format', 100);
  maxText(say, a, 'certificateLocation', 'the certificate location', 500);
  stamp(say, a);
}

/** A held credential's rules on each field; fields of the wrong type are skipped. */
export function credentialRules(c: Fields, say: Report): void {
  const problem = typeof c['credential'] === 'string' ? credentialIdProblem(c['credential']) : undefined;
  if (problem !== undefined) say(['credential'], problem, c['credential']);
  day(say, c, 'cycleStart', 'the cycle start');
  day(say, c, 'cycleEnd', 'the cycle end (due date)');
  day(say, c, 'earned', 'the date earned');
  const total = c['firstCycleTotal'];
  if (typeof total === 'number' && !(Number.isFinite(total) && total >= 0 && total <= 999))
    say(['firstCycleTotal'], 'the first-cycle total must be between 0 and 999', total);
  stamp(say, c);
}

/** A held credential's rules across fields, for a record whose fields have the right types. */
export function credentialCrossRules(c: Partial<CredentialRecord>, say: Report): void {
  if ((c.cycleStart === undefined) !== (c.cycleEnd === undefined)) say(['cycleEnd'], 'give both cycleStart and cycleEnd, or neither', c);
  if (c.cycleStart !== undefined && c.cycleEnd !== undefined && !(c.cycleStart < c.cycleEnd)) say(['cycleEnd'], 'the cycle ends before it starts', c);
  if (c.cycleStart === undefined && c.earned === undefined) say(['cycleStart'], 'give the cycle dates or the date the credential was earned', c);
}

/** A record, checked: the value to keep, or every problem with its field. */
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Type messages, as the importers' zod schemas give them. */
const TEXT = (what: string) => `${what} must be text`;
const DAY = (what: string) => `${what} must be a date written YYYY-MM-DD`;

/**
 * Checks `value` against `types` (field -> [typeof, message, optional]) and `rules`, and builds
 * the record from the known fields only (unknown fields are dropped, as zod does).
 */
function check<T>(value: unknown, kind: string, types: Record<string, [string, string, boolean?]>, rules: (v: Fields, say: Report) => void, cross?: (v: Fields, say: Report) => void): Checked<T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, errors: [{ field: kind, message: `${kind === 'activity' ? 'an activity' : 'a credential'} must be an object` }] };
  const v = value as Fields;
  const errors: FieldError[] = [];
  const say: Report = (path, message) => void errors.push({ field: String(path[0]), message });
  const out: Fields = {};
  for (const field in types) {
    const [type, message, optional] = types[field]!;
    const x = v[field];
    if (x === undefined) {
      if (!optional) say([field], message, x);
      continue;
    }
    if (type === 'array') {
      if (!Array.isArray(x)) say([field], message, x);
      else x.forEach((item, i) => typeof item !== 'string' && say([field, i], field === 'categories' ? categoryMessage(item) : 'a credential id must be text', item));
    } else if (typeof x !== type || (type === 'number' && !Number.isFinite(x))) say([field], message, x);
    out[field] = x;
  }
  const typed = errors.length === 0;
  rules(v, say);
  if (typed && cross) cross(out, say);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out as T };
}

const ACTIVITY_TYPES: Record<string, [string, string, boolean?]> = {
  id: ['string', 'an activity needs an id (text)'],
  date: ['string', DAY('the date')],
  title: ['string', TEXT('the title')],
  provider: ['string', TEXT('the provider'), true],
  ceus: ['number', 'CEUs must be a number'],
  indexNumber: ['string', TEXT('the index number'), true],
  categories: ['array', 'categories must be a list', true],
  appliesTo: ['array', 'appliesTo must be a list of credential ids', true],
  notes: ['string', TEXT('the notes'), true],
  format: ['string', TEXT('the format'), true],
  certificateLocation: ['string', TEXT('the certificate location'), true],
  changed: ['number', 'the last-changed stamp must be a number', true],
};

const CREDENTIAL_TYPES: Record<string, [string, string, boolean?]> = {
  credential: ['string', 'a credential id must be text'],
  cycleStart: ['string', DAY('the cycle start'), true],
  cycleEnd: ['string', DAY('the cycle end (due date)'), true],
  earned: ['string', DAY('the date earned'), true],
  firstCycleTotal: ['number', 'the first-cycle total must be a number', true],
  changed: ['number', 'the last-changed stamp must be a number', true],
};

const unique = <T>(list: T[]): T[] => (list.length < 2 ? list : [...new Set(list)]);

/**
 * The activity with its defaults: optional text empty, lists empty and without repeats. Changes
 * the object it is given (a fresh one), so decoding a long log makes no copies.
 */
export function completeActivity(record: object): Activity {
  const a = record as Partial<Activity>;
  a.provider ??= '';
  a.indexNumber ??= '';
  a.categories = a.categories === undefined ? [] : unique(a.categories as CeuCategory[]);
  a.appliesTo = a.appliesTo === undefined ? [] : unique(a.appliesTo);
  a.notes ??= '';
  return a as Activity;
}

/** Credential ids already found fine (a long log repeats the same few). */
const fineIds = new Set<string>();
const fineId = (c: unknown) => typeof c === 'string' && (fineIds.has(c) || (credentialIdProblem(c) === undefined && !!fineIds.add(c)));
const optionalText = (v: unknown, max: number) => v === undefined || (typeof v === 'string' && v.length <= max);

/** The stored activity built from checked fields: defaults filled, in one key order. */
function build(v: Fields): Activity {
  const a: Activity = {
    id: v['id'] as string,
    date: v['date'] as string,
    title: v['title'] as string,
    provider: (v['provider'] as string | undefined) ?? '',
    ceus: v['ceus'] as number,
    indexNumber: (v['indexNumber'] as string | undefined) ?? '',
    categories: unique((v['categories'] as CeuCategory[] | undefined) ?? []),
    appliesTo: unique((v['appliesTo'] as string[] | undefined) ?? []),
    notes: (v['notes'] as string | undefined) ?? '',
  };
  for (const k of ['format', 'certificateLocation', 'changed'] as const) if (v[k] !== undefined) (a as unknown as Fields)[k] = v[k];
  return a;
}

/**
 * The common case, fast (the page checks every saved activity when it opens): true when every
 * rule above holds. Anything else goes through `check`, which says what is wrong.
 */
function fine(v: Fields): boolean {
  const { id, date, title, ceus, categories, appliesTo, changed } = v;
  return (
    typeof id === 'string' && id !== '' && id.length <= 200 &&
    typeof date === 'string' && isIsoDay(date) &&
    typeof title === 'string' && title.length <= 300 && title.trim() !== '' &&
    typeof ceus === 'number' && ceus > 0 && ceus <= 999 && Number(ceus.toFixed(2)) === ceus &&
    optionalText(v['provider'], 200) && optionalText(v['indexNumber'], 100) && optionalText(v['notes'], 5000) &&
    optionalText(v['format'], 100) && optionalText(v['certificateLocation'], 500) &&
    (changed === undefined || (typeof changed === 'number' && Number.isFinite(changed) && changed >= 0)) &&
    (categories === undefined || (Array.isArray(categories) && categories.length <= CEU_CATEGORIES.length * 2 && categories.every((c) => CATEGORY_SET.has(c)))) &&
    (appliesTo === undefined || (Array.isArray(appliesTo) && appliesTo.length <= 50 && appliesTo.every(fineId)))
  );
}

/** An activity (from a form, storage or a file), checked; unknown fields dropped, defaults filled. */
export function checkActivity(value: unknown): Checked<Activity> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && fine(value as Fields)) return { ok: true, value: build(value as Fields) };
  const r = check<Fields>(value, 'activity', ACTIVITY_TYPES, activityRules);
  return r.ok ? { ok: true, value: build(r.value) } : r;
}

/** A held credential (from a form, storage or a file), checked; unknown fields dropped. */
export function checkCredential(value: unknown): Checked<CredentialRecord> {
  return check<CredentialRecord>(value, 'credential', CREDENTIAL_TYPES, credentialRules, credentialCrossRules);
}

/**
 * The activity the form's fields describe (text trimmed, CEUs as a number, optional text left out
 * when empty), to be checked by `checkActivity` before it is saved.
 */
export function activityFromForm(get: (field: string) => string, getAll: (field: string) => string[], id: string): Record<string, unknown> {
  const text = (k: string) => get(k).trim();
  const optional = (k: string) => (text(k) ? { [k]: text(k) } : {});
  return {
    id,
    date: text('date'),
    title: text('title'),
    provider: text('provider'),
    ceus: Number(text('ceus') || NaN),
    indexNumber: text('indexNumber'),
    categories: getAll('categories'),
    appliesTo: getAll('appliesTo'),
    notes: text('notes'),
    ...optional('format'),
    ...optional('certificateLocation'),
  };
}
