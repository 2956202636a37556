/** Ready-made comparisons the comparer offers, and the one it opens with. */
export interface ComparePreset {
  /** Key of the preset's name in `compareLabels.presets`. */
  key: 'core' | 'entry' | 'aapcBeyondCpc';
  ids: readonly string[];
}

export const COMPARE_PRESETS: readonly ComparePreset[] = [
  { key: 'core', ids: ['cpc', 'ccs', 'cic'] },
  { key: 'entry', ids: ['cpc', 'cca', 'cbcs'] },
  { key: 'aapcBeyondCpc', ids: ['crc', 'cpma', 'cpb', 'coc'] },
];

/** What /compare/ shows without a selection in the address (and without JavaScript). */
export const DEFAULT_SELECTION: readonly string[] = COMPARE_PRESETS[0]!.ids;
