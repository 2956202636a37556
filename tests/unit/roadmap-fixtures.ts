/**
 * Shared by the roadmap tests (not a test file itself): the real roadmap content, parsed with
 * the real schemas, and a generator of small random catalogues for property tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { roleSchema, stepSchema } from '../../src/schemas/roadmap.ts';
import {
  makeCatalogue,
  STARTS,
  type Catalogue,
  type Measure,
  type Requirement,
  type RoleData,
  type Start,
  type StepData,
} from '../../src/lib/roadmap/index.ts';
import { fact as known, ref } from './roadmap-mini.ts';

export const readYaml = (path: string): unknown => parseYaml(readFileSync(path, 'utf8'));

export const stepsRaw = readYaml('content/steps.yaml') as unknown[];
export const rolesRaw = readYaml('content/roles.yaml') as unknown[];
export const steps: StepData[] = stepsRaw.map((s) => stepSchema.parse(s));
export const roles: RoleData[] = rolesRaw.map((r) => roleSchema.parse(r));
export const catalogue: Catalogue = makeCatalogue(steps, roles);
export const credentialIds = readdirSync('content/credentials')
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
  .map((f) => f.replace(/\.yaml$/, ''));

const rangeArb = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 })).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
const durationArb: fc.Arbitrary<Measure> = fc.oneof(
  fc.constant<Measure>('none'),
  fc.constant<Measure>({ kind: 'unknown', reason: 'Not published anywhere we looked.' }),
  rangeArb.map((r) => known(r, 'hours')),
  rangeArb.map((r) => known(r, 'weeks')),
  fc.integer({ min: 1, max: 36 }).map((m) => known(m, 'months')),
);
const costArb: fc.Arbitrary<Measure> = fc.oneof(
  fc.constant<Measure>('none'),
  fc.constant<Measure>({ kind: 'unknown', reason: 'Not published anywhere we looked.' }),
  rangeArb.map((r) => known({ min: r.min * 10, max: r.max * 10 }, 'usd')),
);
const startsArb = fc.subarray([...STARTS]);

/** A requirement on steps with a lower index than `i` (so the graph has no cycles). */
function requirementArb(i: number): fc.Arbitrary<Requirement> {
  const id = fc.integer({ min: 0, max: i - 1 }).map((j) => `s${j}`);
  const alt = fc.oneof(id, fc.uniqueArray(id, { minLength: 1, maxLength: 2 }));
  return fc.oneof(id, fc.array(alt, { minLength: 2, maxLength: 3 }).map((anyOf) => ({ anyOf })));
}

/** A random acyclic catalogue of steps and roles, every role reachable from every start. */
export const catalogueArb: fc.Arbitrary<Catalogue> = fc
  .integer({ min: 2, max: 10 })
  .chain((n) =>
    fc.tuple(
      fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc.record({
            duration: durationArb,
            cost: costArb,
            prerequisites: i === 0 ? fc.constant<Requirement[]>([]) : fc.array(requirementArb(i), { maxLength: 3 }),
            doneFor: startsArb,
            suits: startsArb.filter((s) => s.length > 0),
            rank: fc.integer({ min: 0, max: 3 }),
          }),
        ),
      ),
      fc.array(fc.array(requirementArb(n), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    ),
  )
  .map(([specs, roleReqs]) => {
    const generated: StepData[] = specs.map((s, i) => ({
      id: `s${i}`,
      kind: 'education',
      title: `Step ${i}`,
      what: 'A generated step for property tests.',
      duration: s.duration,
      cost: s.cost,
      prerequisites: s.prerequisites,
      unlocks: { credentials: [], roles: [], capabilities: [] },
      suits: s.suits,
      doneFor: s.doneFor,
      recognition: s.rank === 0 ? undefined : { rank: s.rank, why: 'Generated for a test.' },
      sources: [ref],
    }));
    const generatedRoles: RoleData[] = roleReqs.map((qualifiedBy, i) => ({
      id: `r${i}`,
      title: `Role ${i}`,
      level: 'entry',
      work: 'A generated role for property tests.',
      typicalCredentials: [],
      otherCredentials: [],
      background: { kind: 'unknown', reason: 'Generated for a test.' },
      pay: [{ label: 'Pay', fact: { kind: 'unknown', reason: 'Generated for a test.' } }],
      qualifiedBy,
      path: 'Generated for a property test.',
      sources: [ref],
    }));
    return makeCatalogue(generated, generatedRoles);
  });

export const startArb: fc.Arbitrary<Start> = fc.constantFrom(...STARTS);
