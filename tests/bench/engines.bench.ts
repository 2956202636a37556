/**
 * Timings of the pure engines, run by `npm run bench` (vitest.bench.config.ts; never part of
 * `npm test`): the CEU engine and a save at 5,000 activities, the roadmap planner's worst case.
 * Results go to reports/tmp/engines.json for scripts/bench.mjs to report; nothing here asserts a time.
 */
import { getCollection } from 'astro:content';
import { writeFileSync, mkdirSync } from 'node:fs';
import { Bench } from 'tinybench';
import { expect, test } from 'vitest';
import { computeProgress } from '../../src/lib/ceu/engine.ts';
import { encodeBackup } from '../../src/lib/ceu/backup.ts';
import { saveActivity, startCeu } from '../../src/stores/ceu.ts';
import type { RulePack } from '../../src/lib/ceu/rules.ts';
import type { Activity, CeuCategory, HeldCredential } from '../../src/lib/ceu/types.ts';
import { makeCatalogue, planRoadmap, PREFERENCES, STARTS } from '../../src/lib/roadmap/index.ts';

const packs = (await getCollection('ceuRules')).map((r) => r.data as RulePack);
const [steps, roles] = await Promise.all([getCollection('steps'), getCollection('roles')]);
const catalogue = makeCatalogue(
  steps.map((s) => s.data),
  roles.map((r) => r.data),
);

const held: HeldCredential[] = [
  { credential: 'cpc', issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' },
  { credential: 'crc', issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' },
  { credential: 'cpma', issuer: 'aapc', cycleStart: '2025-06-01', cycleEnd: '2027-05-31' },
  { credential: 'ccs', issuer: 'ahima', earned: '2024-03-15' },
  { credential: 'cbcs', issuer: 'nha', earned: '2025-02-01' },
];
const categories: CeuCategory[][] = [[], ['specialty'], ['auditing'], ['cms'], ['hiim-domain', 'ahima-sourced'], ['specialty', 'cms']];
const credentials = ['cpc', 'crc', 'cpma', 'ccs', 'cbcs'];
/** 5,000 activities spread over three years, deterministic. */
const activities: Activity[] = Array.from({ length: 5000 }, (_, i) => ({
  id: `a${i}`,
  date: new Date(Date.UTC(2024, 0, 1) + ((i * 7919) % 1095) * 86_400_000).toISOString().slice(0, 10),
  title: `Activity ${i}`,
  provider: i % 3 === 0 ? 'AAPC' : 'AHIMA',
  ceus: [0.5, 1, 1.5, 2][i % 4]!,
  indexNumber: i % 5 === 0 ? '' : `IDX-${i % 997}`,
  categories: categories[i % categories.length]!,
  appliesTo: [credentials[i % 5]!, ...(i % 7 === 0 ? [credentials[(i + 1) % 5]!] : [])],
  notes: '',
}));
const map = new Map<string, string>();
const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
const storedText = (titleOfFirst: string) => encodeBackup({ credentials: held, activities: [{ ...activities[0]!, title: titleOfFirst }, ...activities.slice(1)] }, new Date());
const otherTab = [storedText('Written by another tab'), storedText('Written by another tab again')];
map.set('ccp:ceu', otherTab[0]!);
startCeu({ packs, options: held.map((c) => ({ id: c.credential, abbreviation: c.credential, name: c.credential, issuer: c.issuer })) }, storage);
let saves = 0;
/** A save as the tracker does it: an edited activity through the store (re-read, apply, encode, write). */
const save = () => saveActivity({ ...activities[1 + (saves++ % 100)]!, title: `Edited ${saves}` }, 'updated');

const goals = roles.map((r) => r.id);
const plans = STARTS.length * goals.length * PREFERENCES.length;

test('engine benchmarks', async () => {
  const b = new Bench({ time: 1500, warmupTime: 300 });
  b.add('CEU recompute, 5,000 activities (every issuer)', () => {
    computeProgress({ packs, credentials: held, activities, today: '2026-11-23' });
  });
  b.add('CEU save, 5,000 activities (through the store: re-read storage, apply, encode, write)', save);
  b.add('CEU edit after another tab saved, 5,000 activities (the store decodes that tab\'s data first)', () => {
    map.set('ccp:ceu', otherTab[saves % 2]!);
    save();
  });
  b.add(`Roadmap worst case: every start × goal × preference (${plans} plans)`, () => {
    for (const start of STARTS)
      for (const goal of goals)
        for (const preference of PREFERENCES) planRoadmap(catalogue, { start, goal, hoursPerWeek: 10, preference });
  });
  // The answers added in December 2026: credentials held and years of coding work change what
  // the planner weighs, so the worst case is also measured with them.
  const backgrounds = [{ held: ['cpc-a' as const] }, { held: ['cca' as const], experienceYears: 1 }, { held: ['cpc' as const], experienceYears: 3 }];
  b.add(`Roadmap worst case with credentials held: every start × goal × preference × ${backgrounds.length} backgrounds (${plans * backgrounds.length} plans)`, () => {
    for (const start of STARTS)
      for (const goal of goals)
        for (const preference of PREFERENCES) for (const bg of backgrounds) planRoadmap(catalogue, { start, goal, hoursPerWeek: 10, preference, ...bg });
  });
  b.add('Roadmap, one plan (no background to outpatient coder)', () => {
    planRoadmap(catalogue, { start: 'no-background', goal: 'outpatient-coder', hoursPerWeek: 10, preference: 'fastest' });
  });
  await b.run();
  const rows = b.tasks.map((t) => {
    const r = t.result as unknown as { latency: { p50: number; p99: number; samplesCount?: number; samples?: number[] } } | undefined;
    return { name: t.name, medianMs: r?.latency.p50 ?? null, p99Ms: r?.latency.p99 ?? null, samples: r?.latency.samplesCount ?? r?.latency.samples?.length ?? null };
  });
  mkdirSync('reports/tmp', { recursive: true });
  writeFileSync('reports/tmp/engines.json', JSON.stringify(rows, null, 2));
  expect(rows.every((r) => r.medianMs !== null)).toBe(true);
});
