/**
 * The loaded, checked reference data every page reads. Loading runs the integrity check once;
 * a broken reference or a confidence that contradicts its source fails the build with a message
 * naming the file and field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkEntries, formatProblems } from '../lib/integrity.ts';
import { sortCredentials } from '../lib/credentials.ts';
import { laterPartialDate } from '../lib/dates.ts';
import { citationIndex, type CitingPage } from '../lib/citations.ts';
import { routes } from '../lib/paths.ts';

export type Source = CollectionEntry<'sources'>;
export type Issuer = CollectionEntry<'issuers'>;
export type Credential = CollectionEntry<'credentials'>;

export interface Catalog {
  sources: Map<string, Source>;
  issuers: Map<string, Issuer>;
  /** In display order: entry credentials first. */
  credentials: Credential[];
  credentialById: Map<string, Credential>;
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
  const [sources, issuers, credentials] = await Promise.all([
    getCollection('sources'),
    getCollection('issuers'),
    getCollection('credentials'),
  ]);
  const problems = checkEntries([...sources, ...issuers, ...credentials]);
  if (problems.length > 0) throw new Error(formatProblems(problems));

  const sorted = sortCredentials(credentials);
  const issuerData = new Map(issuers.map((i) => [i.id, i.data]));
  const pages = sorted.map((c) => ({
    title: `${c.data.abbreviation}: ${c.data.name}`,
    href: routes.credential(c.id),
    // A credential page also shows its issuer's membership and renewal facts.
    data: [c.data, issuerData.get(c.data.issuer.id)],
  }));
  return {
    sources: new Map(sources.map((s) => [s.id, s])),
    issuers: new Map(issuers.map((i) => [i.id, i])),
    credentials: sorted,
    credentialById: new Map(sorted.map((c) => [c.id, c])),
    checkedAsOf: sources.map((s) => s.data.accessed).reduce(laterPartialDate),
    citations: citationIndex(pages),
  };
}
