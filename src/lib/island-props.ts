/**
 * Props travel from the build to an island as JSON (see src/components/Island.astro). JSON
 * has no dates, maps, sets, functions or `undefined` in lists, so a prop of those kinds would
 * reach the browser changed: the build stops instead, naming the island and the prop.
 */

/** Where `value` stops being plain JSON data, as a path like "packs[0].rules[2].from"; else undefined. */
export function notJson(value: unknown, path = ''): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path || '(the props)';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const where = notJson(value[i], `${path}[${i}]`);
      if (where !== undefined) return where;
    }
    return undefined;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      // An undefined field is the same as a missing one on both sides.
      if (item === undefined) continue;
      const where = notJson(item, path ? `${path}.${key}` : key);
      if (where !== undefined) return where;
    }
    return undefined;
  }
  return path || '(the props)';
}

/**
 * The props as JSON safe to put inside a <script type="application/json"> element: every "<"
 * is escaped, so no text in the data can close the element.
 */
export function islandJson(island: string, props: Record<string, unknown>): string {
  const where = notJson(props);
  if (where !== undefined) throw new Error(`island "${island}": prop ${where} is not plain JSON data (a date, map, set, function or non-finite number); pass it as text or numbers`);
  return JSON.stringify(props).replaceAll('<', '\\u003c');
}
