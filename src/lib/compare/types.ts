/**
 * The comparison table model: plain, serialisable data shared by the comparer island and the
 * pre-rendered pair pages, so the two cannot disagree.
 */
import type { CompareGroupKey, CompareRowKey } from '../../i18n/compare.en.ts';
import type { Fact } from '../facts.ts';

export type { CompareGroupKey, CompareRowKey };

/** One thing shown in a cell: a fact (with its source and as-of date) or a piece of plain data. */
export interface CellItem {
  /** What the item measures, for labelled lists (a pay figure's survey, a category's name). */
  label?: string;
  /** The value as a reader reads it: "$425", "4 hours", "Not known". */
  text: string;
  /** The sourced fact behind the text; absent for plain data (issuer name, settings, level). */
  fact?: Fact;
}

/** One credential's value in one row. */
export interface CompareCell {
  /** The credential (column) the cell belongs to. */
  credentialId: string;
  /** The whole cell as one line of text: items joined, "None listed" for an empty list. */
  text: string;
  /** What the cell is made of; a fact row has one item, a list row one per entry (maybe none). */
  items: CellItem[];
  /** False when any item is an unknown (or the data to fill the cell is missing). */
  known: boolean;
}

/** How a row's cells are built, so a view can render them: one fact, a list, or plain data. */
export type CompareRowKind = 'fact' | 'list' | 'data';

export interface CompareRow {
  /** Stable key, `<group>.<row>`, e.g. `exam.questions`. */
  key: CompareRowKey;
  /** Key of the row's heading in `compareLabels.rows`. */
  label: CompareRowKey;
  group: CompareGroupKey;
  kind: CompareRowKind;
  /** One cell per column, in column order. */
  cells: CompareCell[];
  /** True when the chosen credentials do not all have the same value here. */
  differs: boolean;
}

export interface CompareGroup {
  /** Also the key of the group's heading in `compareLabels.groups`. */
  key: CompareGroupKey;
  rows: CompareRow[];
}

/** A chosen credential, as a column heading. */
export interface CompareColumn {
  id: string;
  abbreviation: string;
  name: string;
  /** The issuer's short name (AAPC), or its id when the issuer is missing. */
  issuer: string;
  /** The credential whose exam this one takes (CPC-A takes the CPC exam); absent for its own exam. */
  examFrom?: { id: string; abbreviation: string };
}

export interface CompareTable {
  columns: CompareColumn[];
  /** Every group, in display order, each with every row. */
  groups: CompareGroup[];
}
