/**
 * Schema of content/ceu-rules.yaml: one renewal rule pack per issuer. Each rule carries the day
 * it took effect (and the day it stopped, once superseded) and states its figures as Facts, so
 * the CEU tracker can say which version of a rule it applied and who says so.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { fact, values } from './fact.ts';
import { isIsoDay } from '../lib/ceu/days.ts';
import { CEU_CATEGORIES } from '../lib/ceu/types.ts';
import { CREDENTIAL_CLASSES, EFFECTIVE_BASES, FIRST_CYCLE_STARTS, ruleKey, type RulePack } from '../lib/ceu/rules.ts';

/** A calendar day, `YYYY-MM-DD`; may lie in the future (a rule can be announced ahead). YAML turns such text into a Date. */
const day = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string({ error: 'expected a day written YYYY-MM-DD' }).refine(isIsoDay, 'expected a real day written YYYY-MM-DD'),
);
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens, like ccs-p');
const category = z.enum(CEU_CATEGORIES, { error: `expected one of: ${CEU_CATEGORIES.join(', ')}` });
const ceus = fact(values.count, 'ceus');

/** Fields every rule has: when it applies and how sure those dates are. */
const dated = {
  /** First day the rule applies. */
  effective: day,
  /** First day it no longer applies, once superseded. */
  until: day.optional(),
  /** published (the issuer states the date), in-force-by (seen in force then), approximate (our estimate, see note). */
  basis: z.enum(EFFECTIVE_BASES),
  /** What a content editor or reader should know about the rule's dates or scope. */
  note: z.string().min(10).optional(),
};

const rule = z.discriminatedUnion('rule', [
  z.object({
    rule: z.literal('cycle'),
    ...dated,
    /** Length of a renewal cycle. */
    years: fact(values.count, 'years'),
    /** Whether the first cycle starts on the exam date or is aligned to the membership renewal month. */
    firstCycle: z.enum(FIRST_CYCLE_STARTS),
    /** The issuer's words on the first cycle. */
    firstCycleRule: fact(values.text),
  }).strict(),
  z.object({
    rule: z.literal('total-by-count'),
    ...dated,
    /** CEUs per cycle by number of credentials held; `orMore` on the last row covers more. */
    table: z
      .array(z.object({ credentials: z.number().int().positive(), orMore: z.boolean().default(false), ceus }).strict())
      .min(1),
  }).strict(),
  z.object({
    rule: z.literal('total-base-plus'),
    ...dated,
    /** The total for one credential held alone; with several, the highest is the base. */
    base: z.array(z.object({ credentials: z.array(id).min(1), ceus }).strict()).min(1),
    /** Added for each credential beyond the first. */
    perExtra: ceus,
    /** The most a cycle can ask for. */
    cap: ceus,
  }).strict(),
  z.object({
    rule: z.literal('credential-minimum'),
    ...dated,
    /** Credentials that each need this many CEUs of the category claimed for them. */
    credentials: z.array(id).min(1),
    category,
    ceus,
  }).strict(),
  z.object({
    rule: z.literal('share-minimum'),
    ...dated,
    category,
    /** Share of the required total that must be in the category. */
    percent: fact(values.percent, 'percent'),
  }).strict(),
  z.object({
    rule: z.literal('minimums-per-activity'),
    ...dated,
    /** How many credentials' own minimums one activity may fill. */
    count: fact(values.count, 'count'),
  }).strict(),
  z.object({ rule: z.literal('core-only'), ...dated, category, statement: fact(values.text) }).strict(),
  z.object({ rule: z.literal('once-per-course'), ...dated, statement: fact(values.text) }).strict(),
  z.object({ rule: z.literal('renewal-month'), ...dated, statement: fact(values.text) }).strict(),
  z.object({ rule: z.literal('carry-over'), ...dated, allowed: fact(values.flag) }).strict(),
  z.object({ rule: z.literal('before-certification'), ...dated, accepted: fact(values.flag) }).strict(),
  z.object({
    rule: z.literal('submission'),
    ...dated,
    /** How long before the due date the issuer starts accepting the submission. */
    opensBefore: fact(values.count, 'months'),
  }).strict(),
  z.object({
    rule: z.literal('lapse'),
    ...dated,
    /** Days after the due date at which the credential is revoked if nothing was submitted. */
    afterDue: fact(values.count, 'days'),
    /** True when the issuer makes the credential inactive from the end of the cycle until it is revoked (AHIMA). */
    inactiveAtDue: fact(values.flag).optional(),
  }).strict(),
  z.object({
    rule: z.literal('audit'),
    ...dated,
    /** Share of submissions checked. */
    share: fact(values.percent, 'percent'),
    /** Days given to produce certificates. */
    proofDays: fact(values.count, 'days').optional(),
  }).strict(),
  z.object({
    rule: z.literal('replaces'),
    ...dated,
    /** The credential that, once granted, replaces the others (RHIA). */
    credential: id,
    /** The credentials it replaces (RHIT): still listed by a reader, no longer counted. */
    replaces: z.array(id).min(1),
    /** The issuer's words. */
    statement: fact(values.text),
  }).strict(),
], { error: 'unknown rule: expected one of cycle, total-by-count, total-base-plus, credential-minimum, share-minimum, minimums-per-activity, core-only, once-per-course, renewal-month, carry-over, before-certification, submission, lapse, audit, replaces' });

export const ceuRulePackSchema = z
  .object({
    /** The issuer id; one pack per issuer. */
    id,
    /** The issuer these rules belong to (same as `id`). */
    issuer: reference('issuers'),
    /** Every credential the pack governs; rules may name only these. */
    credentials: z
      .array(
        z.object({
          id,
          /** The abbreviation a reader knows. */
          name: z.string().min(2),
          /** AAPC's core / specialty / role grouping (decides where CMS courses count). */
          class: fact(z.enum(CREDENTIAL_CLASSES)).optional(),
        }).strict(),
      )
      .min(1),
    rules: z.array(rule).min(1),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (pack.issuer.id !== pack.id) issue(['issuer'], `a pack's issuer must be its id ("${pack.id}")`);
    const ids = new Set(pack.credentials.map((c) => c.id));
    if (ids.size !== pack.credentials.length) issue(['credentials'], 'a credential is listed twice');
    pack.rules.forEach((r, i) => {
      if (r.until !== undefined && r.until <= r.effective) issue(['rules', i, 'until'], '`until` must come after `effective`');
      const named =
        r.rule === 'credential-minimum' ? r.credentials : r.rule === 'total-base-plus' ? r.base.flatMap((b) => b.credentials) : r.rule === 'replaces' ? [r.credential, ...r.replaces] : [];
      for (const c of named) if (!ids.has(c)) issue(['rules', i], `"${c}" is not in this pack's credentials list`);
      if (r.rule === 'replaces') {
        if (r.replaces.includes(r.credential)) issue(['rules', i, 'replaces'], `"${r.credential}" cannot replace itself`);
        // Two credentials that replace each other would leave a reader who holds both with nothing counted.
        for (const other of pack.rules)
          if (other !== r && other.rule === 'replaces' && r.replaces.includes(other.credential) && other.replaces.includes(r.credential))
            issue(['rules', i, 'replaces'], `"${r.credential}" and "${other.credential}" replace each other`);
      }
      if (r.rule === 'total-by-count' && new Set(r.table.map((row) => row.credentials)).size !== r.table.length)
        issue(['rules', i, 'table'], 'two rows are for the same number of credentials');
      // Two versions of the same rule must not overlap in time.
      pack.rules.forEach((other, j) => {
        if (j <= i || ruleKey(other) !== ruleKey(r)) return;
        const overlap = (r.until === undefined || other.effective < r.until) && (other.until === undefined || r.effective < other.until);
        if (overlap) issue(['rules', j, 'effective'], `overlaps rule ${i + 1} (${ruleKey(r)}): give the older one an \`until\``);
      });
    });
  })
  .transform((pack): RulePack => pack);

/** A rule pack as the engine reads it (src/lib/ceu/rules.ts). */
export type CeuRulePackData = z.output<typeof ceuRulePackSchema>;
