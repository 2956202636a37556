/** Reading guides: length, reading time, related guides. Pure. */
import type { GuideData } from '../schemas/guide.ts';

export interface GuideEntry {
  id: string;
  body?: string | undefined;
  data: GuideData;
}

/** The words a reader reads: MDX imports, tags, attributes and markup removed. */
export function proseOf(body: string): string {
  return body
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_|`-]+/g, ' ');
}

/** Words of prose in an MDX body (a quoted figure counts as one word). */
export function wordCount(body: string): number {
  const quoted = (body.match(/<F\s[^>]*\/>/g) ?? []).length;
  return (proseOf(body).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length + quoted;
}

/** Minutes to read at an unhurried 200 words a minute; never less than one. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(wordCount(body) / 200));
}

/**
 * Guides a reader of `guide` would open next: most shared credentials, then same topic, then
 * shared audience; newest first among equals. Never the guide itself.
 */
export function relatedGuides<T extends GuideEntry>(guide: T, all: readonly T[], limit = 4): T[] {
  const mine = new Set(guide.data.credentials.map((c) => c.id));
  const score = (g: T) =>
    g.data.credentials.filter((c) => mine.has(c.id)).length * 3 +
    (g.data.topic === guide.data.topic ? 2 : 0) +
    (g.data.audience.some((a) => guide.data.audience.includes(a)) ? 1 : 0);
  return all
    .filter((g) => g.id !== guide.id)
    .map((g) => ({ g, s: score(g) }))
    .filter(({ s }) => s > 0)
    .sort((a, b) => b.s - a.s || b.g.data.updated.localeCompare(a.g.data.updated) || a.g.id.localeCompare(b.g.id))
    .slice(0, limit)
    .map(({ g }) => g);
}

/** Headings worth a table of contents: level-2 headings, when there are at least `min` of them. */
export function tableOfContents<H extends { depth: number }>(headings: readonly H[], min = 4): H[] {
  const h2 = headings.filter((h) => h.depth === 2);
  return h2.length >= min ? h2 : [];
}
