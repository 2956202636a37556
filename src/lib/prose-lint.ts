/**
 * Finds figures typed into guide prose that should come from data through <F k="..."/>:
 * dollar amounts, CEU counts, question counts and percentages. Years, code-set names
 * (ICD-10-CM) and figures inside components are not flagged.
 */
import { proseOf } from './guides.ts';

const TYPED_FIGURE = /\$\s?\d[\d,]*(\.\d+)?|\b\d[\d,]*(\.\d+)?\s?(%|percent\b|per cent\b|CEUs?\b|CE credits?\b|continuing education units?\b|questions\b|items\b)/gi;

export interface TypedFigure {
  line: number;
  text: string;
}

/** Every typed figure in an MDX body, with its line number (1-based, counting the body only). */
export function typedFigures(body: string): TypedFigure[] {
  const found: TypedFigure[] = [];
  body.split('\n').forEach((line, i) => {
    for (const m of proseOf(line).matchAll(TYPED_FIGURE)) found.push({ line: i + 1, text: m[0].trim() });
  });
  return found;
}
