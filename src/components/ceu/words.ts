/**
 * The tracker's words reach its components as props, from the island's props: they are data in
 * the page's HTML rather than code in its JavaScript (the words live in src/i18n/ceu.en.ts).
 */
import type { ceuWords } from '../../i18n/ceu.en.ts';

export type CeuWords = typeof ceuWords;
