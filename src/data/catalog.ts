/**
 * The loaded, checked content every page reads. Loading runs the integrity checks once; a
 * broken reference, a fact key a guide quotes that does not exist, or a confidence that
 * contradicts its source fails the build with a message naming the file and field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkEntries, formatProblems, type Problem } from '../lib/integrity.ts';
import { sortCredentials } from '../lib/credentials.ts';
import { laterPartialDate } from '../lib/dates.ts';
import { citationIndex, type CitingPage } from '../lib/citations.ts';
import { factKeysIn, resolveFactKey, type FactLookup } from '../lib/fact-keys.ts';
import type { Fact } from '../lib/facts.ts';
import { routes } from '../lib/paths.ts';
import { checkRoadmapData } from '../lib/roadmap/index.ts';

export type Source = CollectionEntry<'sources'>;
export type Issuer = CollectionEntry<'issuers'>;
export type Credential = CollectionEntry<'credentials'>;
export type Guide = CollectionEntry<'guides'>;
export type Comparison = CollectionEntry<'comparisons'>;

export interface Catalog {
  sources: Map<string, Source>;
  issuers: Map<string, Issuer>;
  /** In display order: entry credentials first. */
  credentials: Credential[];
  credentialById: Map<string, Credential>;
  /** Newest first. */
  guides: Guide[];
  /** The pre-rendered comparison pages. */
  comparisons: Comparison[];
  /** Roadmap building blocks and roles, in file order. */
  steps: CollectionEntry<'steps'>[];
  roles: CollectionEntry<'roles'>[];
  /** Renewal rule packs by issuer id. */
  ceuRules: Map<string, CollectionEntry<'ceuRules'>>;
  /** Figures that belong to no single credential, by id (`pay/bls-median-2024`). */
  facts: Map<string, Fact>;
  /** Resolves the keys guides quote with `<F k="..."/>`. */
  lookup: FactLookup;
  /** The facts each guide quotes, by guide id. */
  quoted: Map<string, Fact[]>;
  /** The latest date on which any source was read: the footer's "facts checked as of". */
  checkedAsOf: string;
  /** For each source id, the pages that cite it. */
  citations: Map<string, CitingPage[]>;
}

let loading: Promise<Catalog> | undefined;

/** The catalog, loaded and checked once per build. */
export function loadCatalog(): Promise<Catalog> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Catalog> {
  const [sources, factEntries, issuers, credentials, guides, comparisons, ceuRules, steps, roles] = await Promise.all([
    getCollection('sources'),
    getCollection('facts'),
    getCollection('issuers'),
    getCollection('credentials'),
    getCollection('guides'),
    getCollection('comparisons'),
    getCollection('ceuRules'),
    getCollection('steps'),
    getCollection('roles'),
  ]);
  const problems: Problem[] = checkEntries([
    ...sources,
    ...factEntries,
    ...issuers,
    ...credentials,
    ...guides,
    ...comparisons,
    ...ceuRules,
    ...steps,
    ...roles,
  ]);
  problems.push(
    ...checkRoadmapData(
      steps.map((s) => s.data),
      roles.map((r) => r.data),
      credentials.map((c) => c.id),
    ),
  );

  const credentialById = new Map(sortCredentials(credentials).map((c) => [c.id, c]));
  const facts = new Map(factEntries.map((f) => [f.id, f.data as Fact]));
  const lookup: FactLookup = {
    entry: (id) =>
      credentialById.get(id)?.data ??
      issuers.find((i) => i.id === id)?.data ??
      (id.startsWith('ceu-') ? ceuRules.find((r) => r.id === id.slice(4))?.data : undefined),
    named: (id) => facts.get(id),
  };
  const quoted = new Map<string, Fact[]>();
  for (const guide of guides) {
    const list: Fact[] = [];
    for (const key of factKeysIn(guide.body ?? '')) {
      const found = resolveFactKey(key, lookup);
      if ('fact' in found) list.push(found.fact);
      else problems.push({ file: guide.filePath ?? `content/guides/${guide.id}.mdx`, field: `<F k="${key}">`, message: found.error });
    }
    quoted.set(guide.id, list);
  }
  if (problems.length > 0) throw new Error(formatProblems(problems));

  const issuerData = new Map(issuers.map((i) => [i.id, i.data]));
  const sortedGuides = [...guides].sort(
    (a, b) => b.data.updated.localeCompare(a.data.updated) || a.data.title.localeCompare(b.data.title),
  );
  const pages = [
    ...[...credentialById.values()].map((c) => ({
      title: `${c.data.abbreviation}: ${c.data.name}`,
      href: routes.credential(c.id),
      // A credential page also shows its issuer's membership and renewal facts.
      data: [c.data, issuerData.get(c.data.issuer.id)],
    })),
    ...sortedGuides.map((g) => ({
      title: g.data.title,
      href: routes.guide(g.id),
      data: [g.data.sources, quoted.get(g.id)],
    })),
  ];
  return {
    sources: new Map(sources.map((s) => [s.id, s])),
    issuers: new Map(issuers.map((i) => [i.id, i])),
    credentials: [...credentialById.values()],
    credentialById,
    guides: sortedGuides,
    comparisons,
    ceuRules: new Map(ceuRules.map((r) => [r.id, r])),
    steps,
    roles,
    facts,
    lookup,
    quoted,
    checkedAsOf: sources.map((s) => s.data.accessed).reduce(laterPartialDate),
    citations: citationIndex(pages),
  };
}
