/**
 * Content collections. Every file under content/ is validated here at build time; a wrong
 * field fails the build naming the collection, entry, file and field. References between
 * entries (and the facts guides quote) are checked after loading by src/data/catalog.ts,
 * since Astro's `reference()` checks their shape only.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { yamlFolder } from './loaders/yaml-folder.ts';
import { credentialSchema, issuerSchema, sourceSchema } from './schemas/catalog.ts';
import { namedFact } from './schemas/fact.ts';
import { guideSchema } from './schemas/guide.ts';
import { comparisonSchema } from './schemas/comparison.ts';
import { ceuRulePackSchema } from './schemas/ceu-rules.ts';
import { roleSchema, stepSchema } from './schemas/roadmap.ts';

// Files whose names start with `_` are drafts and are not loaded.
const notDrafts = (ext: string) => [`**/*.${ext}`, `!**/_*`];

const sources = defineCollection({ loader: yamlFolder('content/sources'), schema: sourceSchema });

/** Figures that belong to no single credential (pay surveys, training costs, code-set dates). */
const facts = defineCollection({ loader: yamlFolder('content/facts', { prefixWithFile: true }), schema: namedFact });

const issuers = defineCollection({ loader: file('content/issuers.yaml'), schema: issuerSchema });

const credentials = defineCollection({
  loader: glob({ pattern: notDrafts('yaml'), base: './content/credentials' }),
  schema: credentialSchema,
});

const guides = defineCollection({
  loader: glob({ pattern: notDrafts('mdx'), base: './content/guides' }),
  schema: guideSchema,
});

/** Pre-rendered comparisons of popular pairs, with a summary written for each. */
const comparisons = defineCollection({ loader: file('content/comparisons.yaml'), schema: comparisonSchema });

/** Renewal rule packs, one per issuer, each rule with its effective dates and sources. */
const ceuRules = defineCollection({ loader: file('content/ceu-rules.yaml'), schema: ceuRulePackSchema });

/** Roadmap building blocks and the jobs they lead to; cross-checked by checkRoadmapData. */
const steps = defineCollection({ loader: file('content/steps.yaml'), schema: stepSchema });
const roles = defineCollection({ loader: file('content/roles.yaml'), schema: roleSchema });

export const collections = { sources, facts, issuers, credentials, guides, comparisons, ceuRules, steps, roles };
