/**
 * The Fact schema: how content states a figure. Either a known value
 * (value, unit, source, asOf, confidence, optional note) or an explicit unknown
 * (`unknown: <reason>`, optionally where we looked). Never a 0 or a guess.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { CONFIDENCES, UNITS, type Fact, type FactValue } from '../lib/facts.ts';
import { isFuturePartialDate, normalisePartialDate, parsePartialDate } from '../lib/dates.ts';

/** A year, month or day: "2022", "2026-11", "2026-11-01"; never in the future. */
export const partialDate = z.preprocess(
  normalisePartialDate,
  z
    .string({ error: 'expected a date written as YYYY, YYYY-MM or YYYY-MM-DD' })
    .refine((s) => parsePartialDate(s) !== null, 'expected a real date written as YYYY, YYYY-MM or YYYY-MM-DD')
    .refine((s) => parsePartialDate(s) === null || !isFuturePartialDate(s), 'this date is in the future: a fact cannot be checked on a day that has not come'),
);

const count = z.number().int('expected a whole number').positive('expected a number above zero');
const amount = z.number().nonnegative('a figure cannot be negative');
const range = z
  .object({ min: amount, max: amount })
  .strict()
  .refine((r) => r.min <= r.max, 'the range starts above where it ends (min is greater than max)');

/** Value schemas for the kinds of facts content states. */
export const values = {
  text: z.string().min(1, 'the value is empty'),
  flag: z.boolean(),
  count,
  amount,
  percent: amount.max(100, 'a percentage cannot be above 100'),
  range,
  amountOrRange: z.union([amount, range]),
  /** Any value a named fact may hold (content/facts/). */
  any: z.union([amount, range, z.string().min(1), z.boolean()]),
};

/**
 * A Fact whose value matches `value`. Astro reports each issue with its field path
 * (for example `exam.questions.source`), next to the collection and entry that hold it.
 */
export function fact<V extends z.ZodType<FactValue>>(value: V, unit?: (typeof UNITS)[number]) {
  return z
    .object({
      label: z.string().min(3).optional(),
      value: value.optional(),
      unit: z.enum(UNITS).optional(),
      source: reference('sources').optional(),
      asOf: partialDate.optional(),
      confidence: z.enum(CONFIDENCES).optional(),
      note: z.string().min(1).optional(),
      unknown: z.string().min(10, 'say why the figure is unknown, in a sentence').optional(),
    })
    .strict()
    .superRefine((f, ctx) => {
      const missing = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
      if (f.unknown !== undefined) {
        if (f.value !== undefined) missing('value', 'a fact cannot have both a value and `unknown`: remove one');
        return;
      }
      if (f.value === undefined) missing('value', 'a Fact needs a value, or `unknown: <reason>` when the figure is not known');
      if (f.source === undefined) missing('source', 'a Fact needs a source: an id from content/sources/');
      if (f.asOf === undefined) missing('asOf', 'a Fact needs an as-of date (YYYY, YYYY-MM or YYYY-MM-DD)');
      if (f.confidence === undefined) missing('confidence', `a Fact needs a confidence: one of ${CONFIDENCES.join(', ')}`);
      if (unit !== undefined && f.unit !== unit) missing('unit', `this figure is measured in ${unit}: set unit: ${unit}`);
    })
    .transform((f): Fact<z.output<V>> => {
      if (f.unknown !== undefined) {
        return { kind: 'unknown', reason: f.unknown, source: f.source, asOf: f.asOf, label: f.label };
      }
      // superRefine guarantees these are present.
      return {
        kind: 'fact',
        value: f.value as z.output<V>,
        unit: f.unit,
        source: f.source!,
        asOf: f.asOf!,
        confidence: f.confidence!,
        note: f.note,
        label: f.label,
      };
    });
}

/** A named fact in content/facts/: any value, with a label saying what it measures. */
export const namedFact = fact(values.any);

/** A fact with a short label saying what it measures, e.g. "Average salary (AAPC survey)". */
export function labelled<V extends z.ZodType<FactValue>>(value: V, unit?: (typeof UNITS)[number]) {
  return z.object({ label: z.string().min(1), fact: fact(value, unit) }).strict();
}
