/** The rows a build-time chart draws: each fact key resolved, with its label. */
import { loadCatalog } from './catalog.ts';
import { resolveFactKey } from '../lib/fact-keys.ts';
import type { Fact } from '../lib/facts.ts';

export interface ChartRow {
  label: string;
  fact: Fact;
}

/** Resolves `keys` (as <F k> takes them); a wrong key fails the build naming the chart. */
export async function chartRows(chart: string, title: string, keys: readonly string[], labels: readonly string[] = []): Promise<ChartRow[]> {
  const { lookup } = await loadCatalog();
  return keys.map((k, i) => {
    const found = resolveFactKey(k, lookup);
    if ('error' in found) throw new Error(`<${chart}> "${title}": ${found.error}`);
    return { label: labels[i] ?? found.fact.label ?? k, fact: found.fact };
  });
}

/** A stable id for a chart's caption and table. */
export function chartId(prefix: string, title: string): string {
  return `${prefix}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}
