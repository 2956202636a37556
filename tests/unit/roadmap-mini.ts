/**
 * Shared by the roadmap behaviour tests (not a test file itself): small hand-made steps and
 * roles, so each test builds the few it needs inside itself and reads at a glance.
 */
import { makeCatalogue, type Catalogue, type Measure, type RoleData, type StepData } from '../../src/lib/roadmap/index.ts';

/** The source every made-up step and role cites. */
export const ref = { id: 'test-source', collection: 'sources' as const };

/** A known figure: hours, days, weeks, months or years of time, or US dollars. */
export const fact = (value: number | { min: number; max: number }, unit: 'hours' | 'days' | 'weeks' | 'months' | 'years' | 'usd'): Measure => ({
  kind: 'fact',
  value,
  unit,
  source: ref,
  asOf: '2026',
  confidence: 'issuer',
});
export const unknown = (reason = 'Not published anywhere we looked.'): Measure => ({ kind: 'unknown', reason });

/** A step with nothing of its own unless told: no time, no cost, no prerequisites. */
export function step(id: string, over: Partial<StepData> = {}): StepData {
  return {
    id,
    kind: 'education',
    title: `Title of ${id}`,
    what: 'A step made for a test.',
    duration: 'none',
    cost: 'none',
    prerequisites: [],
    unlocks: { credentials: [], roles: [], capabilities: [] },
    suits: ['no-background', 'healthcare-worker', 'student', 'cpc-a', 'certified'],
    doneFor: [],
    sources: [ref],
    ...over,
  };
}

/** A role qualified by the given requirements. */
export function role(id: string, qualifiedBy: RoleData['qualifiedBy'], over: Partial<RoleData> = {}): RoleData {
  return {
    id,
    title: `Role ${id}`,
    level: 'entry',
    work: 'A role made for a test.',
    typicalCredentials: [],
    otherCredentials: [],
    background: { kind: 'unknown', reason: 'Made for a test.' },
    pay: [],
    qualifiedBy,
    path: 'Made for a test.',
    sources: [ref],
    ...over,
  };
}

export const mini = (steps: StepData[], roles: RoleData[] = []): Catalogue => makeCatalogue(steps, roles);
