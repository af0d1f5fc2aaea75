import { textToNameParts } from './text-to-name-parts.ts';

/** The shortest and longest word the vocabulary keeps: shorter words are not corrected, longer ones are rarely typed. */
export const WORD_LENGTHS = { min: 3, max: 24 } as const;

/**
 * The search index's vocabulary: each word of the papers' texts (titles
 * and abstracts as plain text, and the parts of their compound names, as
 * the index holds them) with the number of papers that contain it, its
 * document frequency. Words are lower-cased runs of letters and digits with
 * at least one letter, of WORD_LENGTHS; sorted, so the same texts give the
 * same vocabulary.
 */
export function textsToVocabulary(texts: Iterable<string>): [string, number][] {
  // Per word: papers containing it, and the last paper counted (so a word counts once a paper).
  const seen = new Map<string, { df: number; last: number }>();
  let paper = 0;
  for (const text of texts) {
    paper += 1;
    for (const word of [...text.toLowerCase().split(NOT_WORD), ...textToNameParts(text)]) {
      const entry = seen.get(word);
      if (entry === undefined) seen.set(word, { df: 1, last: paper });
      else if (entry.last !== paper) {
        entry.df += 1;
        entry.last = paper;
      }
    }
  }
  const words: [string, number][] = [];
  for (const [word, { df }] of seen) {
    const length = wordLength(word);
    if (length >= WORD_LENGTHS.min && length <= WORD_LENGTHS.max && /\p{L}/u.test(word)) words.push([word, df]);
  }
  return words.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** What separates words: anything but ASCII letters and digits, Latin letters with accents, Greek and Cyrillic (a character class, several times faster than \p{L}). */
const NOT_WORD = /[^a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff]+/;

/**
 * The vocabulary in shards by word length, each a text of `word count`
 * lines in word order: a correction of a word of length L needs only the
 * shards within its edit distance of L (the largest part of a query's cost).
 */
export function vocabularyToShards(vocabulary: readonly (readonly [string, number])[]): Map<number, string> {
  const lines = new Map<number, string[]>();
  for (const [word, count] of vocabulary) {
    const length = wordLength(word);
    const shard = lines.get(length) ?? [];
    shard.push(`${word} ${String(count)}`);
    lines.set(length, shard);
  }
  return new Map([...lines].sort(([a], [b]) => a - b).map(([length, ls]) => [length, `${ls.join('\n')}\n`]));
}

/** A word's length in characters (code points), as shards count it. */
export function wordLength(word: string): number {
  return Array.from(word).length;
}
