/**
 * How guides quote figures: `<F k="cpc:exam.questions" />` quotes a credential's fact by its
 * path in the credential file (`aapc:membershipFee` an issuer's, from content/issuers.yaml;
 * `ceu-aapc:rules[1].totals[0]` a renewal rule's, from content/ceu-rules.yaml);
 * `<F k="pay/bls-median-2024" />` quotes a named fact from
 * content/facts/pay.yaml. Keys are checked at build time, so a typo fails the build.
 */
import type { Fact } from './facts.ts';

export interface FactLookup {
  /** The data of a credential or an issuer. */
  entry(id: string): unknown;
  named(id: string): Fact | undefined;
}

function isFact(node: unknown): node is Fact {
  // Only an object has a kind of its own (a string's or a number's properties are never "fact").
  const kind = (node as { kind?: unknown } | null | undefined)?.kind;
  return kind === 'fact' || kind === 'unknown';
}

/** The fact at a dotted path like `renewal.categories[0].fact` inside `data`, if there is one. */
export function factAt(data: unknown, path: string): Fact | undefined {
  const steps = path.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== '');
  let node: unknown = data;
  for (const step of steps) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[step];
  }
  // A labelled entry ({ label, fact }) quotes its fact.
  if (!isFact(node) && isFact((node as { fact?: unknown } | undefined)?.fact)) node = (node as { fact: unknown }).fact;
  return isFact(node) ? node : undefined;
}

/** The fact a key names, or why it names none. */
export function resolveFactKey(key: string, lookup: FactLookup): { fact: Fact } | { error: string } {
  const colon = key.indexOf(':');
  if (colon >= 0) {
    const id = key.slice(0, colon);
    const path = key.slice(colon + 1);
    const data = lookup.entry(id);
    if (data === undefined) return { error: `no credential or issuer "${id}" (content/credentials/, content/issuers.yaml)` };
    const fact = factAt(data, path);
    return fact ? { fact } : { error: `"${id}" has no fact at "${path}"` };
  }
  const fact = lookup.named(key);
  return fact ? { fact } : { error: `no named fact "${key}" (content/facts/${key.split('/')[0]}.yaml)` };
}

/** Every key quoted by `<F k="..."/>` in an MDX body, in order, with repeats. */
export function factKeysIn(body: string): string[] {
  return [...body.matchAll(/<F\s[^>]*?\bk=["']([^"']+)["']/g)].map((m) => m[1]!);
}
