/**
 * Validation of the reader's CEU data with zod/mini (small enough for the browser bundle):
 * activities and credential records as they arrive from a backup file, a CSV import or
 * storage. Messages are written for the reader and name what is wrong with the value.
 */
import * as z from 'zod/mini';
import { isIsoDay } from './days.ts';
import { CEU_CATEGORIES, type FieldError } from './types.ts';

/** Short, printable echo of a bad value for a message (hostile input can be huge). */
export function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const text = (what: string, max: number) =>
  z.string({ error: `${what} must be text` }).check(z.maxLength(max, `${what} is longer than ${max} characters`));

const isoDay = (what: string) =>
  z.string({ error: `${what} must be a date written YYYY-MM-DD` }).check(
    z.refine(isIsoDay, { error: (iss) => `${what} must be a real date written YYYY-MM-DD, not "${show(iss.input)}"` }),
  );

/** Credential ids are lowercase words joined by hyphens: cpc, ccs-p. */
export const credentialId = z
  .string({ error: 'a credential id must be text' })
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: (iss) => `"${show(iss.input)}" is not a credential id (like cpc or ccs-p)` }), z.maxLength(40, 'a credential id is at most 40 characters'));

const ceus = z.number({ error: 'CEUs must be a number' }).check(
  z.refine((n) => Number.isFinite(n) && n > 0, 'CEUs must be a number above 0'),
  z.refine((n) => n <= 999, 'CEUs must be at most 999 for one activity'),
  z.refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'CEUs can have at most two decimals (like 1.25)'),
);

const unique = <T>(list: T[]): T[] => [...new Set(list)];

const categories = z.pipe(
  z.array(
    z.enum(CEU_CATEGORIES, { error: (iss) => `"${show(iss.input)}" is not a category; use ${CEU_CATEGORIES.join(', ')}` }),
    { error: 'categories must be a list' },
  ).check(z.maxLength(CEU_CATEGORIES.length * 2, 'too many categories')),
  z.transform(unique),
);

const appliesTo = z.pipe(
  z.array(credentialId, { error: 'appliesTo must be a list of credential ids' }).check(z.maxLength(50, 'too many credentials')),
  z.transform(unique),
);

/** One logged activity; optional text fields default to empty, unknown fields are dropped. */
export const activitySchema = z.object({
  id: z.string({ error: 'an activity needs an id (text)' }).check(z.minLength(1, 'an activity needs an id'), z.maxLength(200, 'the id is longer than 200 characters')),
  date: isoDay('the date'),
  title: text('the title', 300).check(z.refine((s) => s.trim() !== '', 'an activity needs a title')),
  provider: z._default(text('the provider', 200), ''),
  ceus,
  indexNumber: z._default(text('the index number', 100), ''),
  categories: z._default(categories, () => []),
  appliesTo: z._default(appliesTo, () => []),
  notes: z._default(text('the notes', 5000), ''),
  format: z.optional(text('the format', 100)),
  certificateLocation: z.optional(text('the certificate location', 500)),
});

/** A held credential: cycle dates from the issuer's account and/or the day it was earned. */
export const credentialRecordSchema = z
  .object({
    credential: credentialId,
    cycleStart: z.optional(isoDay('the cycle start')),
    cycleEnd: z.optional(isoDay('the cycle end (due date)')),
    earned: z.optional(isoDay('the date earned')),
    firstCycleTotal: z.optional(
      z.number({ error: 'the first-cycle total must be a number' }).check(z.refine((n) => Number.isFinite(n) && n >= 0 && n <= 999, 'the first-cycle total must be between 0 and 999')),
    ),
  })
  .check(
    z.refine((c) => (c.cycleStart === undefined) === (c.cycleEnd === undefined), { error: 'give both cycleStart and cycleEnd, or neither', path: ['cycleEnd'] }),
    z.refine((c) => c.cycleStart === undefined || c.cycleEnd === undefined || c.cycleStart < c.cycleEnd, { error: 'the cycle ends before it starts', path: ['cycleEnd'] }),
    z.refine((c) => c.cycleStart !== undefined || c.earned !== undefined, { error: 'give the cycle dates or the date the credential was earned', path: ['cycleStart'] }),
  );

/** How a zod issue path maps to a reader-facing field name. */
export type FieldNamer = (path: readonly PropertyKey[]) => Omit<FieldError, 'message'>;

/** Reader-facing errors from zod issues, at most `limit` of them. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[], name: FieldNamer, limit = 50): FieldError[] {
  return issues.slice(0, limit).map((issue) => ({ ...name(issue.path), message: issue.message }));
}
