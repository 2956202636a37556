/**
 * Validation of the reader's CEU data in files (a backup, a CSV import) with zod/mini: zod checks
 * the shape (types, optional fields, unknown fields dropped); the content rules of a record are
 * one zod check per record running the plain rules of ./check.ts, the rule set the forms and the
 * stored-data decoder use too. Messages are written for the reader and name what is wrong.
 *
 * Why the schemas look the way they do: a check per record rather than a pipe, a transform,
 * defaults and a regex per field keeps decoding a long file fast and the zod kinds few.
 */
import * as z from 'zod/mini';
import { activityRules, categoryMessage, completeActivity, credentialCrossRules, credentialRules, show, type Report } from './check.ts';
import type { FieldError } from './types.ts';

export { completeActivity, show };

type Payload = z.core.ParsePayload<unknown>;

/** A Report that records a broken rule as a zod issue; later rules still run. */
const reporter =
  (payload: Payload): Report =>
  (path, message, input) =>
    void payload.issues.push({ code: 'custom', message, input, path, continue: true });

/**
 * One zod check running `rules` over the whole record. It also runs when a field has the wrong
 * type, so a reader sees every problem of a row at once (the rules skip fields of the wrong type).
 */
function rules<T>(find: (value: Record<string, unknown>, say: Report) => void): z.core.$ZodCheck<T> {
  return z.check<T>(
    (payload) => {
      const value = payload.value;
      if (typeof value === 'object' && value !== null) find(value as Record<string, unknown>, reporter(payload));
    },
    { when: () => true },
  );
}

const text = (what: string) => z.string({ error: `${what} must be text` });
const optionalText = (what: string) => z.optional(text(what));
const dayText = (what: string) => z.string({ error: `${what} must be a date written YYYY-MM-DD` });

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
  changed: z.optional(z.number({ error: 'the last-changed stamp must be a number' })),
}, { error: 'an activity must be an object' });

/**
 * One logged activity; unknown fields are dropped. Its output still lacks the defaults: pass it
 * through `completeActivity`.
 */
export const activitySchema = activityShape.check(rules(activityRules));

/** What `activitySchema` gives. */
export type ActivityFields = z.output<typeof activitySchema>;

/** A held credential: cycle dates from the issuer's account and/or the day it was earned. */
export const credentialRecordSchema = z
  .object({
    credential: z.string({ error: 'a credential id must be text' }),
    cycleStart: z.optional(dayText('the cycle start')),
    cycleEnd: z.optional(dayText('the cycle end (due date)')),
    earned: z.optional(dayText('the date earned')),
    firstCycleTotal: z.optional(z.number({ error: 'the first-cycle total must be a number' })),
    changed: z.optional(z.number({ error: 'the last-changed stamp must be a number' })),
  }, { error: 'a credential must be an object' })
  .check(
    rules(credentialRules),
    // Rules across fields: only for a record whose fields have the right types.
    (payload) => credentialCrossRules(payload.value, reporter(payload)),
  );

/** How a zod issue path maps to a reader-facing field name. */
export type FieldNamer = (path: readonly PropertyKey[]) => Omit<FieldError, 'message'>;

/** Reader-facing errors from zod issues, at most `limit` of them. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[], name: FieldNamer, limit = 50): FieldError[] {
  return issues.slice(0, limit).map((issue) => ({ ...name(issue.path), message: issue.message }));
}

