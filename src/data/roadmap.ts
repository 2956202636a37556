/**
 * What the roadmap page and its data file are built from, computed once per build: the goals
 * the form offers, the steps with their build-time cards (citations and sources formatted
 * here), and the planner's copy of the steps that /roadmap/steps.json serves to the island.
 */
import { loadCatalog } from './catalog.ts';
import { citedSources } from '../lib/facts.ts';
import { goalInfos, stepCards } from '../lib/roadmap/cards.ts';
import { catalogueFrom, type RoadmapData } from '../lib/roadmap/view.ts';
import type { Measure } from '../lib/roadmap/types.ts';
import { roadmapWords } from '../i18n/roadmap.en.ts';

async function build() {
  const catalog = await loadCatalog();
  const steps = catalog.steps.map((s) => s.data);
  // Roles carry only what the form and the planner need; their pay and prose stay on other pages.
  const goals = catalog.roles.map(({ data: r }) => ({
    id: r.id,
    title: r.title,
    level: r.level,
    qualifiedBy: r.qualifiedBy,
    ...(r.employers ? { accepts: r.employers.accepts } : {}),
  }));
  const roleData = catalog.roles.map((r) => r.data);
  const remote = { firstJob: catalog.facts.get('training/remote-first-job'), share: catalog.facts.get('pay/aapc-2022-remote-share') };
  const sources = Object.fromEntries(
    citedSources([steps, roleData, remote]).map((id) => {
      const s = catalog.sources.get(id)?.data;
      return [id, { title: s?.title ?? id, publisher: s?.publisher ?? id, checked: s?.accessed ?? '' }];
    }),
  );
  const credentials = Object.fromEntries(catalog.credentials.map((c) => [c.id, c.data.abbreviation]));
  const roles = Object.fromEntries(goals.map((g) => [g.id, g.title]));
  const lookups = { sources, credentials, roles, checked: roadmapWords.step.checked };
  const data: RoadmapData = { steps, goals, cards: stepCards(steps, lookups), goalInfo: goalInfos(roleData, remote, lookups) };
  // The cards carry each figure's citation and note and each step's sources, so the planner's
  // steps travel without them (it reads only the figures).
  const forPlanner = (m: Measure): Measure => (m === 'none' || m.kind === 'unknown' ? m : { ...m, note: undefined, label: undefined });
  const plannerSteps = data.steps.map((s) => ({ ...s, duration: forPlanner(s.duration), cost: forPlanner(s.cost), sources: [] }));
  return { goals, data, catalogue: catalogueFrom(data), stepsJson: JSON.stringify({ steps: plannerSteps, cards: data.cards, goalInfo: data.goalInfo }) };
}

let built: ReturnType<typeof build> | undefined;
export const roadmapBuild = () => (built ??= build());
