/** The most words of a query an any-word search runs, one search each. */
export const ANY_WORD_LIMIT = 6;

/**
 * The words an any-word search looks for: distinct, at least two letters,
 * at most ANY_WORD_LIMIT, in the query's order. A query of one word has
 * none: its any-word search is the search itself.
 */
export function queryToWords(query: string): string[] {
  const words = [
    ...new Set(
      query
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 2),
    ),
  ];
  return words.length < 2 ? [] : words.slice(0, ANY_WORD_LIMIT);
}

/**
 * Results of one search per word, merged: papers holding more of the words
 * first, then by their best rank in any one word's results. Returns each
 * paper once, with the words it holds.
 */
export function mergeAnyWord<T extends { id: string }>(
  perWord: readonly (readonly T[])[],
  words: readonly string[],
): { result: T; words: string[] }[] {
  const merged = new Map<string, { result: T; words: string[]; best: number }>();
  perWord.forEach((results, w) => {
    results.forEach((result, rank) => {
      const seen = merged.get(result.id);
      const word = words[w] ?? '';
      if (seen === undefined) merged.set(result.id, { result, words: [word], best: rank });
      else {
        seen.words.push(word);
        seen.best = Math.min(seen.best, rank);
      }
    });
  });
  return [...merged.values()]
    .sort((a, b) => b.words.length - a.words.length || a.best - b.best || (a.result.id < b.result.id ? -1 : 1))
    .map(({ result, words: held }) => ({ result, words: held }));
}
