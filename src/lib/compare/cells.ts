/**
 * Building one cell, and the normalised value a row's cells are compared on. A draft cell
 * carries that value (`same`) until the table is assembled; the model handed out does not.
 */
import { formatFact, isKnown, isRange, type Fact, type FactValue, type Unit } from '../facts.ts';
import { dataWords as ui } from '../../i18n/data.en.ts';
import { compareLabels } from '../../i18n/compare.en.ts';
import type { CellItem, CompareCell } from './types.ts';

/** A cell before it is placed in a column; `same` is equal for cells that show the same thing. */
export type DraftCell = Omit<CompareCell, 'credentialId'> & { same: string };

/** A fact together with what it measures, as labelled lists in content hold it. */
export interface Labelled {
  label: string;
  fact: Fact;
}

const UNKNOWN = '?';
/** What every piece of prose compares as: its wording is not a figure (see comparableValue). */
const PROSE = 'p';

/**
 * A value's comparable form: only structured values count. Numbers compare as numbers in their
 * unit (a range from 425 to 425 is 425; "count" and no unit are the same), yes/no as itself. Text
 * is prose written by hand: two wordings of the same rule are not a difference a reader should be
 * shown, so every text value compares the same as any other (only whether it is known counts).
 */
export function comparableValue(value: FactValue, unit?: Unit): string {
  if (typeof value === 'boolean') return `b:${value}`;
  if (typeof value === 'string') return PROSE;
  const u = unit === undefined || unit === 'count' ? '' : unit;
  if (isRange(value)) return value.min === value.max ? `n:${value.min}:${u}` : `r:${value.min}-${value.max}:${u}`;
  return `n:${value}:${u}`;
}

/** A fact's comparable form: every unknown is the same, whatever its reason; sources, dates and notes do not count. */
export function comparableFact(fact: Fact): string {
  return isKnown(fact) ? comparableValue(fact.value, fact.unit) : UNKNOWN;
}

/** A cell holding one fact. */
export function factCell(fact: Fact): DraftCell {
  const text = formatFact(fact);
  return { text, items: [{ text, fact }], known: isKnown(fact), same: comparableFact(fact) };
}

/**
 * A cell holding a list of facts, compared as a set of comparable values: order, repeats and
 * labels (a pay survey's title, a category's wording) do not count, numbers and yes/no do, and a
 * list of prose compares equal to any other non-empty list of prose.
 */
export function listCell(entries: readonly (Fact | Labelled)[]): DraftCell {
  const items: CellItem[] = entries.map((e) =>
    'fact' in e ? { label: e.label, text: formatFact(e.fact), fact: e.fact } : { text: formatFact(e), fact: e },
  );
  const keys = new Set(entries.map((e) => comparableFact('fact' in e ? e.fact : e)));
  return {
    text: joinItems(items),
    items,
    known: items.every((i) => i.fact === undefined || isKnown(i.fact)),
    same: JSON.stringify([...keys].sort()),
  };
}

/** A cell of plain data (no source): each item's text, compared on `same`. */
export function dataCell(texts: readonly string[], same: string, known = true): DraftCell {
  const items = texts.map((text) => ({ text }));
  return { text: joinItems(items), items, known, same };
}

/** A cell of hand-written prose with no source (what a credential is best for): compared only as present. */
export function proseCell(text: string): DraftCell {
  return dataCell([text], PROSE);
}

/** A cell whose data is missing altogether (an unresolved exam or issuer): shown as unknown. */
export function missingCell(): DraftCell {
  return { text: ui.fact.unknown, items: [], known: false, same: UNKNOWN };
}

function joinItems(items: readonly CellItem[]): string {
  if (items.length === 0) return compareLabels.values.none;
  return items.map((i) => (i.label === undefined ? i.text : `${i.label}: ${i.text}`)).join('; ');
}
