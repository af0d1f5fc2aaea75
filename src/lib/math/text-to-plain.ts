import { segmentsToText } from './tex-to-text.ts';
import { textToSegments } from './text-to-segments.ts';

/** A title or abstract as plain readable text: TeX read as text, for page titles, search, feeds, citations and the catalogue. */
export function textToPlain(text: string): string {
  return segmentsToText(textToSegments(text));
}

/** Whether the text has math to typeset (its page then loads KaTeX's stylesheet). */
export function hasMath(text: string): boolean {
  return textToSegments(text).some((s) => s.kind === 'math');
}
