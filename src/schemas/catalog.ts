/**
 * Schemas of the reference data: sources, issuers and credentials.
 * Each field's comment says what it means for a reader.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { fact, labelled, partialDate, values } from './fact.ts';
import { APPRENTICE_STATUSES, LEVELS, SETTINGS, SOURCE_KINDS } from './levels.ts';


/** Entries of a single-file collection carry their id in the file. */
const entryId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens, like aapc-cpc');

export const sourceSchema = z
  .object({
    id: entryId,
    /** The page's own title, so a reader recognises it. */
    title: z.string().min(3),
    /** Who published the page. */
    publisher: z.string().min(2),
    /** Where the page was found. */
    address: z.url({ error: 'expected a full web address (https://...)' }),
    /** Issuer (the credential body or code-set owner), government, or a third party. */
    kind: z.enum(SOURCE_KINDS),
    /** When the page was last read for this site. */
    accessed: partialDate,
    /** Anything a reader should know about the page (a mirror, an old edition). */
    note: z.string().optional(),
  })
  .strict();

export const issuerSchema = z
  .object({
    id: entryId,
    /** The short name readers know: AAPC, AHIMA, NHA. */
    name: z.string().min(2),
    /** The full name. */
    fullName: z.string().min(2),
    /** The issuer's home page. */
    site: z.url(),
    /** What membership costs, when the issuer asks for it. */
    membershipFee: fact(values.amountOrRange, 'usd-per-year'),
    /** Whether membership is needed to sit the exams or keep the credentials. */
    membershipRequired: fact(values.flag),
    /** How long one renewal cycle is. */
    cycleYears: fact(values.count, 'years'),
    /** The renewal rules a holder lives by, each with its source. */
    renewalRules: z.array(labelled(values.text)).min(1),
  })
  .strict();

const examSchema = z
  .object({
    /** How many questions or items, as the issuer counts them. */
    questions: fact(values.count),
    /** How long the exam lasts, in minutes. */
    duration: fact(values.count, 'minutes'),
    /** What the exam is made of: multiple choice, cases, scored and unscored items. */
    format: fact(values.text),
    /** Whether code books may be used in the exam. */
    openBook: fact(values.flag),
    /** Which books are allowed. */
    books: fact(values.text),
    /** Where and how it is taken: online, test centre. */
    delivery: fact(values.text),
    /** What it takes to pass. */
    passingScore: fact(values.amount),
  })
  .strict();

export const credentialSchema = z
  .object({
    /** The abbreviation as printed after a name: CPC, CCS-P. */
    abbreviation: z.string().min(2),
    /** The full name. */
    name: z.string().min(5),
    /** Who awards it. */
    issuer: reference('issuers'),
    /** Where holders typically work. */
    settings: z.array(z.enum(SETTINGS)).min(1),
    /** Entry (a first credential), core, specialty, or role (auditing, billing, management). */
    level: z.enum(LEVELS),
    /**
     * Set when the issuer no longer awards the credential but holders may still carry it: the day
     * (or month, or year) it was retired, and the issuer's words with their source.
     */
    retired: z
      .object({
        date: partialDate,
        fact: fact(values.text),
      })
      .strict()
      .optional(),
    /** What the work is, in a sentence or two of plain words, without figures. */
    work: z.string().min(40),
    /** Who it suits best, for the comparer's "best for" row; without figures. */
    bestFor: z.string().min(20),
    /** The exam, when it has one of its own. */
    exam: examSchema.optional(),
    /** The credential whose exam earns this one (CPC-A is earned through the CPC exam). */
    examSameAs: reference('credentials').optional(),
    /** What is needed to sit the exam, and what helps without being required. */
    eligibility: z
      .object({
        required: z.array(fact(values.text)).min(1),
        recommended: z.array(fact(values.text)).default([]),
      })
      .strict(),
    /** What it costs to get. */
    costs: z
      .object({
        /** Price of one exam attempt. */
        exam: fact(values.amountOrRange, 'usd'),
        /** Other prices worth knowing (a second attempt, a retake wait). */
        other: z.array(labelled(values.amountOrRange)).default([]),
      })
      .strict(),
    /** Apprentice status: whether passing without experience gives an "-A" credential, and how it is removed. */
    apprentice: z
      .object({
        status: z.enum(APPRENTICE_STATUSES),
        detail: fact(values.text),
        removal: z.array(fact(values.text)).default([]),
      })
      .strict(),
    /** How it is kept. */
    renewal: z
      .object({
        /** CEUs per cycle when this is the only credential held. */
        ceus: fact(values.count, 'ceus'),
        /** Length of a cycle. */
        cycleYears: fact(values.count, 'years'),
        /** Category minimums inside the total, e.g. CEUs in auditing. */
        categories: z.array(labelled(values.count, 'ceus')).default([]),
        /** Other renewal rules worth knowing. */
        notes: z.array(fact(values.text)).default([]),
      })
      .strict(),
    /** What holders earn: each figure with its survey and year. */
    pay: z.array(labelled(values.amount, 'usd-per-year')).min(1, 'list at least one pay figure, or one with `unknown: <reason>`'),
    /** Credentials a reader of this page should also look at. */
    related: z.array(reference('credentials')).default([]),
    /** Popular comparisons to link to. */
    compareWith: z.array(reference('credentials')).default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    if ((c.exam === undefined) === (c.examSameAs === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['exam'],
        message: 'give either `exam` (its own exam) or `examSameAs: <credential id>`, not both and not neither',
      });
  });

export type SourceData = z.output<typeof sourceSchema>;
export type IssuerData = z.output<typeof issuerSchema>;
export type CredentialData = z.output<typeof credentialSchema>;
export type ExamData = z.output<typeof examSchema>;
