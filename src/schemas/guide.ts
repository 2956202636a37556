/** Frontmatter of a guide (content/guides/*.mdx). */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { partialDate } from './fact.ts';
import { AUDIENCES, TOOLS, TOPICS } from './levels.ts';

export const guideSchema = z
  .object({
    /** The headline: what the reader will learn, in their words. */
    title: z.string().min(10).max(90),
    /** One or two sentences for the guide list, search results and link previews. */
    description: z.string().min(50).max(200),
    /** Who it is written for; the guide list groups by this. */
    audience: z.array(z.enum(AUDIENCES)).min(1),
    /** What it is about. */
    topic: z.enum(TOPICS),
    /** Credentials the guide is about; their pages link back. */
    credentials: z.array(reference('credentials')).default([]),
    /** Pages the guide draws on beyond the figures it shows (those cite their own sources). */
    sources: z.array(reference('sources')).min(1, 'a guide lists at least one source'),
    /** Tools that help with what the guide discusses. */
    tools: z.array(z.enum(TOOLS)).default([]),
    /**
     * What readers type when they look for this guide and the text may not say: other words
     * ("wage" for pay), questions ("how long to get certified"). Search only; never shown.
     */
    keywords: z.array(z.string().trim().min(2).max(80)).max(30).default([]),
    /** When the text last changed. */
    updated: partialDate,
    /** When someone last checked it against its sources. */
    reviewed: partialDate,
  })
  .strict();

export type GuideData = z.output<typeof guideSchema>;
