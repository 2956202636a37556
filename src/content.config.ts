/**
 * Content collections. Every file under content/ is validated here at build time; a wrong
 * field fails the build naming the collection, entry and field. References between entries
 * are checked after loading by src/data/catalog.ts (Astro's `reference()` checks shape only).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { credentialSchema, issuerSchema, sourceSchema } from './schemas/catalog.ts';

const sources = defineCollection({
  loader: file('content/sources.yaml'),
  schema: sourceSchema,
});

const issuers = defineCollection({
  loader: file('content/issuers.yaml'),
  schema: issuerSchema,
});

const credentials = defineCollection({
  // Files starting with `_` are drafts and are not loaded.
  loader: glob({ pattern: ['**/*.yaml', '!**/_*'], base: './content/credentials' }),
  schema: credentialSchema,
});

export const collections = { sources, issuers, credentials };
