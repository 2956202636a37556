/** Which pages cite which sources, for the sources page. */
import { citedSources } from './facts.ts';

export interface CitingPage {
  title: string;
  href: string;
}

/** Map each source id to the pages whose data cite it, in page order. */
export function citationIndex(pages: readonly (CitingPage & { data: unknown })[]): Map<string, CitingPage[]> {
  const index = new Map<string, CitingPage[]>();
  for (const { title, href, data } of pages) {
    for (const id of citedSources(data)) {
      const list = index.get(id) ?? [];
      list.push({ title, href });
      index.set(id, list);
    }
  }
  return index;
}
