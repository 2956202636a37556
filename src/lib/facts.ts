/**
 * Facts: every figure a reader sees is a value with a unit, a source, an as-of date and a
 * confidence, or an explicit unknown with its reason. These types mirror the content schema
 * (src/schemas/fact.ts); the helpers format them the same way on pages and in islands.
 */
import { lazyFormat } from './intl.ts';
import { formatAsOf, type PartialDate } from './dates.ts';
import { dataWords as ui } from '../i18n/data.en.ts';

export const CONFIDENCES = ['issuer', 'government', 'third-party', 'unconfirmed'] as const;
/** How far a reader can trust a figure: straight from the issuer, a government body, a third party, or unconfirmed. */
export type Confidence = (typeof CONFIDENCES)[number];

export const UNITS = [
  'usd',
  'usd-per-year',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'questions',
  'items',
  'cases',
  'records',
  'percent',
  'ceus',
  'scaled-score',
  'count',
] as const;
export type Unit = (typeof UNITS)[number];

/** A range, e.g. a cost from one programme to another. */
export interface Range {
  min: number;
  max: number;
}
export type FactValue = number | string | boolean | Range;

/** A reference into a collection, as Astro's `reference()` resolves it. */
export interface Ref<C extends string = string> {
  id: string;
  collection: C;
}

export interface KnownFact<V extends FactValue = FactValue> {
  kind: 'fact';
  value: V;
  unit?: Unit | undefined;
  source: Ref<'sources'>;
  asOf: PartialDate;
  confidence: Confidence;
  note?: string | undefined;
  /** What the figure measures, for facts that stand alone (content/facts/). */
  label?: string | undefined;
}

export interface UnknownFact {
  kind: 'unknown';
  /** Why the figure is unknown, in words a reader understands. */
  reason: string;
  /** Where we looked, when there is a page to point to. */
  source?: Ref<'sources'> | undefined;
  asOf?: PartialDate | undefined;
  label?: string | undefined;
}

export type Fact<V extends FactValue = FactValue> = KnownFact<V> | UnknownFact;

export function isKnown<V extends FactValue>(fact: Fact<V>): fact is KnownFact<V> {
  return fact.kind === 'fact';
}

export function isRange(value: FactValue): value is Range {
  return typeof value === 'object' && value !== null;
}

const numberFormat = lazyFormat(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }));
const usdFormat = lazyFormat(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }));

function formatNumber(n: number, unit: Unit | undefined): string {
  switch (unit) {
    case 'usd':
      return usdFormat().format(n);
    case 'usd-per-year':
      return `${usdFormat().format(n)} ${ui.units.perYear}`;
    case 'percent':
      return `${numberFormat().format(n)}%`;
    case 'minutes':
      return formatMinutes(n);
    case undefined:
    case 'count':
      return numberFormat().format(n);
    default: {
      const [one, many] = ui.units[unit];
      return `${numberFormat().format(n)} ${n === 1 ? one : many}`;
    }
  }
}

/** 240 → "4 hours", 90 → "1 hour 30 minutes", 45 → "45 minutes". */
export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = Math.round(total - hours * 60);
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} ${hours === 1 ? ui.units.hours[0] : ui.units.hours[1]}`);
  if (minutes > 0 || hours === 0)
    parts.push(`${minutes} ${minutes === 1 ? ui.units.minutes[0] : ui.units.minutes[1]}`);
  return parts.join(' ');
}

/** The value with its unit, as a reader reads it: "$425", "4 hours", "36 CEUs", "$2,000 to $7,500". */
export function formatValue(value: FactValue, unit?: Unit): string {
  if (typeof value === 'boolean') return value ? ui.yes : ui.no;
  if (typeof value === 'string') return value;
  if (isRange(value)) {
    if (value.min === value.max) return formatNumber(value.min, unit);
    // The unit word once, at the end, reads better: "10 to 15 hours"; currency keeps both signs.
    const low = unit === 'usd' || unit === 'usd-per-year' ? formatNumber(value.min, 'usd') : numberFormat().format(value.min);
    return `${low} ${ui.to} ${formatNumber(value.max, unit)}`;
  }
  return formatNumber(value, unit);
}

/** A fact's display text; an unknown reads as "Not known" (the reason is shown beside it). */
export function formatFact(fact: Fact): string {
  return isKnown(fact) ? formatValue(fact.value, fact.unit) : ui.fact.unknown;
}

// Dates are formatted in dates.ts (pages that show dates but no facts import only that).
export { formatAsOf };

/** Short caveat shown next to a figure that is not first-party. */
export function confidenceLabel(confidence: Confidence): string {
  return ui.confidence[confidence];
}

/** Every source id a value cites, in order, without repeats (facts nested anywhere inside). */
export function citedSources(data: unknown): string[] {
  const seen = new Set<string>();
  walk(data, (node) => {
    if (isRefTo(node, 'sources')) seen.add(node.id);
  });
  return [...seen];
}

/** True when a value has the shape Astro's `reference(collection)` produces. */
export function isRefTo(node: unknown, collection?: string): node is Ref {
  if (typeof node !== 'object' || node === null) return false;
  const r = node as Record<string, unknown>;
  return (
    typeof r['id'] === 'string' &&
    typeof r['collection'] === 'string' &&
    Object.keys(r).length === 2 &&
    (collection === undefined || r['collection'] === collection)
  );
}

/** Depth-first walk over plain data, calling `visit` with each node and its path. */
export function walk(data: unknown, visit: (node: unknown, path: (string | number)[]) => void, path: (string | number)[] = []): void {
  visit(data, path);
  if (Array.isArray(data)) data.forEach((item, i) => walk(item, visit, [...path, i]));
  else if (typeof data === 'object' && data !== null && !(data instanceof Date))
    for (const [k, v] of Object.entries(data)) walk(v, visit, [...path, k]);
}

/** What to show next to a value: who says so, as of when, and any caveat about trust. */
export function citation(
  fact: Fact,
  publisherOf: (sourceId: string) => string | undefined,
): { sourceId?: string; publisher?: string; asOf?: string; caveat?: string } {
  const sourceId = fact.source?.id;
  const publisher = sourceId === undefined ? undefined : publisherOf(sourceId);
  const asOf = fact.asOf === undefined ? undefined : formatAsOf(fact.asOf);
  const caveat = isKnown(fact) && fact.confidence !== 'issuer' && fact.confidence !== 'government'
    ? confidenceLabel(fact.confidence)
    : undefined;
  return {
    ...(sourceId === undefined ? {} : { sourceId }),
    ...(publisher === undefined ? {} : { publisher }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(caveat === undefined ? {} : { caveat }),
  };
}
