/**
 * Validation of the reader's CEU data with zod/mini (small enough for the browser bundle):
 * activities and credential records as they arrive from a backup file, a CSV import or
 * storage. Messages are written for the reader and name what is wrong with the value.
 *
 * Why the schemas look the way they do: the page decodes the whole saved log when it opens, so
 * each activity must cost little. zod checks the shape (types, optional fields, unknown fields
 * dropped); the content rules of a record (lengths, real dates, CEU figures, known categories)
 * are one zod check per record, a plain function that reports every broken rule with its field.
 * That avoids a pipe, a transform, defaults and a regex per record, which made opening a log
 * of 5,000 activities several times slower, and keeps the zod kinds the page ships few.
 */
import * as z from 'zod/mini';
import { isIsoDay } from './days.ts';
import { CEU_CATEGORIES, type Activity, type CeuCategory, type FieldError } from './types.ts';

/** Short, printable echo of a bad value for a message (hostile input can be huge). */
export function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

type Payload = z.core.ParsePayload<unknown>;

/** Records a broken rule on `path` (relative to the value checked); later rules still run. */
function report(payload: Payload, path: PropertyKey[], message: string, input: unknown): void {
  payload.issues.push({ code: 'custom', message, input, path, continue: true });
}

/**
 * One zod check running `rules` over the whole record. It also runs when a field has the wrong
 * type, so a reader sees every problem of a row at once (the rules skip fields of the wrong type).
 */
function rules<T>(find: (value: Record<string, unknown>, payload: Payload) => void): z.core.$ZodCheck<T> {
  return z.check<T>(
    (payload) => {
      const value = payload.value;
      if (typeof value === 'object' && value !== null) find(value as Record<string, unknown>, payload);
    },
    { when: () => true },
  );
}

/** Text of at most `max` characters, when it is text (the type is zod's to report). */
function maxText(payload: Payload, a: Record<string, unknown>, field: string, what: string, max: number): void {
  const v = a[field];
  if (typeof v === 'string' && v.length > max) report(payload, [field], `${what} is longer than ${max} characters`, v);
}

function day(payload: Payload, a: Record<string, unknown>, field: string, what: string): void {
  const v = a[field];
  if (typeof v === 'string' && !isIsoDay(v)) report(payload, [field], `${what} must be a real date written YYYY-MM-DD, not "${show(v)}"`, v);
}

const CREDENTIAL_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Credential ids are lowercase words joined by hyphens: cpc, ccs-p. Undefined when fine. */
function credentialIdProblem(id: string): string | undefined {
  if (!CREDENTIAL_ID.test(id)) return `"${show(id)}" is not a credential id (like cpc or ccs-p)`;
  if (id.length > 40) return 'a credential id is at most 40 characters';
  return undefined;
}

const text = (what: string) => z.string({ error: `${what} must be text` });
const optionalText = (what: string) => z.optional(text(what));
const dayText = (what: string) => z.string({ error: `${what} must be a date written YYYY-MM-DD` });
const CATEGORY_SET: ReadonlySet<string> = new Set(CEU_CATEGORIES);
const categoryMessage = (input: unknown) => `"${show(input)}" is not a category; use ${CEU_CATEGORIES.join(', ')}`;

/** The shape of a logged activity; optional text and lists are filled by `completeActivity`. */
const activityShape = z.object({
  id: z.string({ error: 'an activity needs an id (text)' }),
  date: dayText('the date'),
  title: text('the title'),
  provider: optionalText('the provider'),
  ceus: z.number({ error: 'CEUs must be a number' }),
  indexNumber: optionalText('the index number'),
  categories: z.optional(z.array(z.string({ error: (iss) => categoryMessage(iss.input) }), { error: 'categories must be a list' })),
  appliesTo: z.optional(z.array(z.string({ error: 'a credential id must be text' }), { error: 'appliesTo must be a list of credential ids' })),
  notes: optionalText('the notes'),
  format: optionalText('the format'),
  certificateLocation: optionalText('the certificate location'),
});

function activityRules(a: Record<string, unknown>, payload: Payload): void {
  const { id, title, ceus, categories, appliesTo } = a;
  if (id === '') report(payload, ['id'], 'an activity needs an id', id);
  else if (typeof id === 'string' && id.length > 200) report(payload, ['id'], 'the id is longer than 200 characters', id);
  day(payload, a, 'date', 'the date');
  maxText(payload, a, 'title', 'the title', 300);
  if (typeof title === 'string' && title.trim() === '') report(payload, ['title'], 'an activity needs a title', title);
  maxText(payload, a, 'provider', 'the provider', 200);
  if (typeof ceus === 'number') {
    if (!(Number.isFinite(ceus) && ceus > 0)) report(payload, ['ceus'], 'CEUs must be a number above 0', ceus);
    if (!(ceus <= 999)) report(payload, ['ceus'], 'CEUs must be at most 999 for one activity', ceus);
    if (!(Math.abs(ceus * 100 - Math.round(ceus * 100)) < 1e-6)) report(payload, ['ceus'], 'CEUs can have at most two decimals (like 1.25)', ceus);
  }
  maxText(payload, a, 'indexNumber', 'the index number', 100);
  if (Array.isArray(categories)) {
    categories.forEach((c, i) => {
      if (typeof c === 'string' && !CATEGORY_SET.has(c)) report(payload, ['categories', i], categoryMessage(c), c);
    });
    if (categories.length > CEU_CATEGORIES.length * 2) report(payload, ['categories'], 'too many categories', categories);
  }
  if (Array.isArray(appliesTo)) {
    appliesTo.forEach((c, i) => {
      const problem = typeof c === 'string' ? credentialIdProblem(c) : undefined;
      if (problem !== undefined) report(payload, ['appliesTo', i], problem, c);
    });
    if (appliesTo.length > 50) report(payload, ['appliesTo'], 'too many credentials', appliesTo);
  }
  maxText(payload, a, 'notes', 'the notes', 5000);
  maxText(payload, a, 'format', 'the format', 100);
  maxText(payload, a, 'certificateLocation', 'the certificate location', 500);
}

/**
 * One logged activity; unknown fields are dropped. Its output still lacks the defaults: pass it
 * through `completeActivity`.
 */
export const activitySchema = activityShape.check(rules(activityRules));

/** What `activitySchema` gives. */
export type ActivityFields = z.output<typeof activitySchema>;

const unique = <T>(list: T[]): T[] => (list.length < 2 ? list : [...new Set(list)]);

/**
 * The activity with its defaults: optional text empty, lists empty and without repeats. Changes
 * the object it is given (a fresh one from zod), so decoding a long log makes no copies.
 */
export function completeActivity(a: ActivityFields): Activity {
  a.provider ??= '';
  a.indexNumber ??= '';
  a.categories = a.categories === undefined ? [] : unique(a.categories);
  a.appliesTo = a.appliesTo === undefined ? [] : unique(a.appliesTo);
  a.notes ??= '';
  // The rules above admit only known categories.
  return a as Activity & { categories: CeuCategory[] };
}

/** A held credential: cycle dates from the issuer's account and/or the day it was earned. */
export const credentialRecordSchema = z
  .object({
    credential: z.string({ error: 'a credential id must be text' }),
    cycleStart: z.optional(dayText('the cycle start')),
    cycleEnd: z.optional(dayText('the cycle end (due date)')),
    earned: z.optional(dayText('the date earned')),
    firstCycleTotal: z.optional(z.number({ error: 'the first-cycle total must be a number' })),
  })
  .check(
    rules((c, payload) => {
      const problem = typeof c['credential'] === 'string' ? credentialIdProblem(c['credential']) : undefined;
      if (problem !== undefined) report(payload, ['credential'], problem, c['credential']);
      day(payload, c, 'cycleStart', 'the cycle start');
      day(payload, c, 'cycleEnd', 'the cycle end (due date)');
      day(payload, c, 'earned', 'the date earned');
      const total = c['firstCycleTotal'];
      if (typeof total === 'number' && !(Number.isFinite(total) && total >= 0 && total <= 999))
        report(payload, ['firstCycleTotal'], 'the first-cycle total must be between 0 and 999', total);
    }),
    // Rules across fields: only for a record whose fields are each fine.
    (payload) => {
      const c = payload.value;
      if ((c.cycleStart === undefined) !== (c.cycleEnd === undefined)) report(payload, ['cycleEnd'], 'give both cycleStart and cycleEnd, or neither', c);
      if (c.cycleStart !== undefined && c.cycleEnd !== undefined && !(c.cycleStart < c.cycleEnd)) report(payload, ['cycleEnd'], 'the cycle ends before it starts', c);
      if (c.cycleStart === undefined && c.earned === undefined) report(payload, ['cycleStart'], 'give the cycle dates or the date the credential was earned', c);
    },
  );

/** How a zod issue path maps to a reader-facing field name. */
export type FieldNamer = (path: readonly PropertyKey[]) => Omit<FieldError, 'message'>;

/** Reader-facing errors from zod issues, at most `limit` of them. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[], name: FieldNamer, limit = 50): FieldError[] {
  return issues.slice(0, limit).map((issue) => ({ ...name(issue.path), message: issue.message }));
}
