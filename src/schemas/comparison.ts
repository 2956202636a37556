/** A pre-rendered comparison page (/compare/<a>-vs-<b>/): the pair and its written summary. */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { partialDate } from './fact.ts';

const reasons = z.array(z.string().min(15)).min(2, 'give at least two reasons').max(6);

export const comparisonSchema = z
  .object({
    /** `<a>-vs-<b>`: also the page's address. */
    id: z.string().regex(/^[a-z0-9-]+-vs-[a-z0-9-]+$/, 'ids look like cpc-vs-ccs'),
    a: reference('credentials'),
    b: reference('credentials'),
    /** For search engines and link previews; no figures (they are in the table). */
    description: z.string().min(60).max(200),
    /** Two or three sentences on how the two differ, without figures. */
    summary: z.string().min(80),
    /** "Choose A if ..." reasons, without figures. */
    chooseA: reasons,
    /** "Choose B if ..." reasons, without figures. */
    chooseB: reasons,
    reviewed: partialDate,
  })
  .strict()
  .refine((c) => c.id === `${c.a.id}-vs-${c.b.id}`, { message: 'the id must be "<a>-vs-<b>" with the ids of a and b', path: ['id'] });

export type ComparisonData = z.output<typeof comparisonSchema>;
