/**
 * The tracker's words reach its components through context, from the island's props: they are
 * data in the page's HTML rather than code in its JavaScript (the words live in src/i18n/ceu.en.ts).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ceuWords } from '../../i18n/ceu.en.ts';

export type CeuWords = typeof ceuWords;
export const WordsContext = createContext<CeuWords | null>(null);

/** The tracker's words; the island provides them. */
export function useWords(): CeuWords {
  const words = useContext(WordsContext);
  if (!words) throw new Error('CEU words missing: render inside <WordsContext.Provider>');
  return words;
}
