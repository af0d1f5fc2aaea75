import { WORD_LENGTHS, wordLength } from './texts-to-vocabulary.ts';

/** Words of the index and the number of papers holding each. */
export type Vocabulary = ReadonlyMap<string, number>;

/** A word of the index that could be the one the reader meant. */
export interface Candidate {
  word: string;
  /** Edits from the typed word (insertions, deletions, substitutions, swaps of neighbours). */
  distance: number;
  /** Papers holding the word. */
  papers: number;
}

/** A shard of the vocabulary (`word count` lines, as /search/words/<length>.txt serves it). */
export function shardToVocabulary(text: string): Map<string, number> {
  const words = new Map<string, number>();
  for (const line of text.split('\n')) {
    const space = line.lastIndexOf(' ');
    if (space > 0) words.set(line.slice(0, space), Number(line.slice(space + 1)) || 0);
  }
  return words;
}

/** How many edits a typed word may be from a candidate: one for short words, two from six letters. */
export function maxEdits(word: string): number {
  return wordLength(word) >= 6 ? 2 : 1;
}

/**
 * How much of a query "Did you mean" reads, so that any query costs little
 * (each word looked up is compared with thousands of the vocabulary's): its
 * first `characters` characters, and in them its first `words` distinct
 * words. A pasted page of text is read no further.
 */
export const QUERY_BOUNDS = { characters: 200, words: 10 } as const;

/**
 * The words of a query "Did you mean" looks at: lower-case runs of letters
 * and digits, with a letter, of a length the vocabulary keeps, each once,
 * within QUERY_BOUNDS (a word the character bound cuts is left out).
 */
export function queryWords(query: string): string[] {
  const words = new Set<string>();
  const head = queryHead(query).toLowerCase();
  for (const [word] of head.matchAll(/[\p{L}\p{N}]+/gu)) {
    const length = wordLength(word);
    if (length < WORD_LENGTHS.min || length > WORD_LENGTHS.max || !/\p{L}/u.test(word)) continue;
    words.add(word);
    if (words.size === QUERY_BOUNDS.words) break;
  }
  return [...words];
}

/** The query's first QUERY_BOUNDS.characters characters, without a word the bound cuts. */
function queryHead(query: string): string {
  if (query.length <= QUERY_BOUNDS.characters) return query;
  const head = query.slice(0, QUERY_BOUNDS.characters);
  return /[\p{L}\p{N}]/u.test(query.charAt(QUERY_BOUNDS.characters)) ? head.replace(/[\p{L}\p{N}]+$/u, '') : head;
}

/** The vocabulary shards (word lengths) a word's candidates can be in. */
export function shardLengths(word: string): number[] {
  const length = wordLength(word);
  const edits = maxEdits(word);
  const lengths: number[] = [];
  for (let l = Math.max(WORD_LENGTHS.min, length - edits); l <= Math.min(WORD_LENGTHS.max, length + edits); l++) lengths.push(l);
  return lengths;
}

/**
 * Edit distance (optimal string alignment: insertions, deletions,
 * substitutions and swaps of two neighbouring letters, one edit each), or
 * max + 1 as soon as it is certain to exceed max.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[t.length] ?? max + 1, max + 1);
}

/**
 * The index's words closest to a typed word: within maxEdits, the fewest
 * edits first, then the words more papers hold, then in word order.
 */
export function candidates(word: string, vocabulary: Vocabulary, limit = 3): Candidate[] {
  const max = maxEdits(word);
  const found: Candidate[] = [];
  for (const [other, papers] of vocabulary) {
    if (other === word) continue;
    const distance = editDistance(word, other, max);
    if (distance <= max) found.push({ word: other, distance, papers });
  }
  return found
    .sort((a, b) => a.distance - b.distance || b.papers - a.papers || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, limit);
}

/**
 * Corrected queries for a query, best first (at most `limit`): each word not
 * known (by default: not in the vocabulary) is replaced by one of its
 * candidates, the best for every word first, then the next best for one
 * word at a time. Empty when every word is known or no unknown word has a
 * candidate.
 */
export function correctQuery(
  query: string,
  vocabulary: Vocabulary,
  limit = 3,
  known: (word: string) => boolean = (word) => vocabulary.has(word),
): string[] {
  const options = new Map<string, Candidate[]>();
  for (const word of queryWords(query))
    if (!known(word)) {
      const found = candidates(word, vocabulary);
      if (found.length > 0) options.set(word, found);
    }
  if (options.size === 0) return [];
  const replace = (choice: ReadonlyMap<string, string>): string =>
    query.replace(/[\p{L}\p{N}]+/gu, (w) => choice.get(w.toLowerCase()) ?? w);
  const best = new Map([...options].map(([w, c]) => [w, c[0]?.word ?? w]));
  const queries = [replace(best)];
  for (const [word, found] of options) for (const next of found.slice(1)) queries.push(replace(new Map([...best, [word, next.word]])));
  return [...new Set(queries)].filter((q) => q !== query).slice(0, limit);
}
