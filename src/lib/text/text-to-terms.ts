import type { TextModel } from './papers-to-text-model.ts';
import { textToTokens } from './text-to-tokens.ts';

/** The ids of the model's terms (words, their parts, and bigrams) that a short text contains. */
export function textToTerms(model: TextModel, text: string): number[] {
  const tokens = textToTokens(text);
  const keys = tokens.map((t) => t.term);
  for (const [i, token] of tokens.entries()) {
    const previous = tokens.slice(0, i).findLast((t) => !t.part);
    if (!token.part && !token.gap && previous !== undefined) keys.push(`${previous.term} ${token.term}`);
  }
  return [...new Set(keys)].flatMap((key) => {
    const id = binarySearch(model.terms, key);
    return id === -1 ? [] : [id];
  });
}

function binarySearch(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = sorted[middle] ?? '';
    if (value === key) return middle;
    if (value < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
