/**
 * Small hand-made rule packs and records for the CEU rule tests: the tests state the rule they
 * check, so they keep holding when the issuers' real packs (content/ceu-rules.yaml) change.
 */
import type { Fact, UnknownFact } from '../../src/lib/facts.ts';
import type { Rule, RulePack, PackCredential, CredentialClass } from '../../src/lib/ceu/rules.ts';
import type { Steps } from '../../src/lib/ceu/parts.ts';
import type { Activity, HeldCredential } from '../../src/lib/ceu/types.ts';

export function fact<V extends number | string | boolean>(value: V): Fact<V> {
  return { kind: 'fact', value, source: { id: 'test-source', collection: 'sources' }, asOf: '2026-11', confidence: 'issuer' };
}

export function unknown(reason: string): UnknownFact {
  return { kind: 'unknown', reason };
}

const dated = { effective: '2000-01-01', basis: 'published' as const };

export const cycleRule = (years: number, firstCycle: 'exam-date' | 'renewal-month' = 'exam-date'): Rule => ({
  ...dated,
  rule: 'cycle',
  years: fact(years),
  firstCycle,
  firstCycleRule: fact('first cycle'),
});

export const credential = (id: string, cls?: CredentialClass | UnknownFact, confidence: 'issuer' | 'unconfirmed' = 'issuer'): PackCredential => {
  const c: PackCredential = { id, name: id.toUpperCase() };
  if (cls !== undefined) c.class = typeof cls === 'string' ? { ...(fact(cls) as Fact<CredentialClass> & { kind: 'fact' }), confidence } : cls;
  return c;
};

export function pack(id: string, credentials: PackCredential[], rules: Rule[]): RulePack {
  return { id, issuer: { id, collection: 'issuers' }, credentials, rules: rules.map((r) => ({ ...dated, ...r })) };
}

/** A logged activity with an id of the test's choosing; other fields are plain defaults. */
export const logged = (id: string, fields: Partial<Activity> = {}): Activity => ({
  id,
  date: '2026-01-10',
  title: `Course ${id}`,
  provider: 'AAPC',
  ceus: 1,
  indexNumber: '',
  categories: [],
  appliesTo: ['cpc'],
  notes: '',
  ...fields,
});

/** Runs work done in parts (src/lib/ceu/parts.ts) to the end: what each pause yielded, and the result. */
export function drain<R>(steps: Steps<R>): { yielded: (number | void)[]; result: R } {
  const yielded: (number | void)[] = [];
  for (;;) {
    const step = steps.next();
    if (step.done) return { yielded, result: step.value };
    yielded.push(step.value);
  }
}

let seq = 0;
export function activity(fields: Partial<Activity> & Pick<Activity, 'date' | 'ceus'>): Activity {
  seq += 1;
  return { id: `t${seq}`, title: `Course ${seq}`, provider: 'Provider', indexNumber: '', categories: [], appliesTo: [], notes: '', ...fields };
}

export const held = (credential: string, issuer: string, fields: Partial<HeldCredential> = {}): HeldCredential => ({ credential, issuer, ...fields });
