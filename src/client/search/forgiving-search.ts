import { correctQuery, queryWords, shardLengths, shardToVocabulary } from '../../lib/search/did-you-mean.ts';
import { exactFirst, titleKey, wantsPhrase } from '../../lib/search/exact-first.ts';
import { normaliseQuery } from '../../lib/search/normalise-query.ts';
import { wordLength } from '../../lib/search/texts-to-vocabulary.ts';
import { basePath, type Pagefind, type PagefindResult, type PagefindResultData, type PagefindSearch } from './pagefind.ts';

/** Fewer results than this, and "Did you mean" looks for a better query. */
const FEW = 5;

/** A search as the reader sees it: results in their final order, and a correction when there is one. */
export interface ForgivingSearch {
  search: PagefindSearch;
  results: PagefindResult[];
  /** The query whose results these are: the reader's, or the correction run in its place. */
  query: string;
  /** A better query: `shown` when its results are shown instead (the reader's found nothing), else only offered. */
  correction?: { query: string; shown: boolean };
}

/** The results whose text is read to tell a known word from a typo: those the dialog shows, loaded anyway. */
const READ = 8;

/**
 * Searches as the shelf's search boxes do: the query normalised like the
 * index; with the relevance order, papers whose title is the query and then
 * those holding it as a phrase come first. Unless `verbatim`, each query
 * word that the first results' text does not hold (as a word or the start
 * of one) is looked up in the vocabulary; a word the index lacks, or a query
 * that finds fewer than FEW papers, gets the vocabulary's closest words. The
 * corrected query is run in the reader's stead when theirs finds nothing,
 * and offered when it finds papers too. Only the query's first words are
 * looked up (queryWords, within QUERY_BOUNDS), so a pasted page of text
 * costs no more than a title.
 */
export async function forgivingSearch(
  pagefind: Pagefind,
  query: string,
  options: { filters?: unknown; sort?: unknown } = {},
  verbatim = false,
): Promise<ForgivingSearch | null> {
  const q = normaliseQuery(query);
  const first = await ordered(pagefind, q, options);
  if (first === null || verbatim) return first;
  const texts = await Promise.all(first.results.slice(0, READ).map((r) => r.data()));
  const seen = (
    texts
      .map((d) => `${d.meta['title'] ?? ''} ${d.content ?? ''}`)
      .join(' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).sort();
  const unseen = queryWords(q).filter((w) => !startsAny(seen, w));
  if (unseen.length === 0) return first;
  const vocabulary = await vocabularyFor(unseen);
  const unknown = unseen.some((w) => !vocabulary.has(w));
  if (!unknown && first.results.length >= FEW) return first;
  for (const corrected of correctQuery(q, vocabulary, 3, (w) => !unseen.includes(w) || vocabulary.has(w))) {
    const second = await ordered(pagefind, corrected, options);
    if (second === null || second.results.length === 0 || (!unknown && second.results.length <= first.results.length)) continue;
    return first.results.length === 0
      ? { ...second, correction: { query: corrected, shown: true } }
      : { ...first, correction: { query: corrected, shown: false } };
  }
  return first;
}

/** True when a sorted list of words holds `word` or a word starting with it (Pagefind matches the starts of words). */
function startsAny(sorted: readonly string[], word: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? '') < word) low = mid + 1;
    else high = mid;
  }
  return (sorted[low] ?? '').startsWith(word);
}

/** One Pagefind search, exact matches first when the order is relevance. */
async function ordered(pagefind: Pagefind, q: string, options: { filters?: unknown; sort?: unknown }): Promise<ForgivingSearch | null> {
  const search = await pagefind.search(q === '' ? null : q, options);
  if (search === null) return null;
  const results = search.results.map(remember);
  if (options.sort !== undefined || !wantsPhrase(q) || results.length < 2) return { search, results, query: q };
  const phrase = await pagefind.search(`"${q}"`, options.filters === undefined ? {} : { filters: options.filters });
  const phraseIds = new Set((phrase?.results ?? []).map((r) => r.id));
  // A title equal to the query: looked for among the first few results and the first few holding the phrase (each read costs a download).
  const key = titleKey(q);
  const titleIds = new Set<string>();
  const phraseFirst = results.filter((r) => phraseIds.has(r.id)).slice(0, FEW);
  const looked = [...new Set([...results.slice(0, FEW), ...phraseFirst])];
  for (const [i, data] of (await Promise.all(looked.map((r) => r.data()))).entries())
    if (titleKey(data.meta['title'] ?? '') === key) titleIds.add(looked[i]?.id ?? '');
  return { search, results: exactFirst(results, phraseIds, titleIds), query: q };
}

/** A result whose data is fetched once however often it is asked for (ranking reads some before they are shown). */
function remember(result: PagefindResult): PagefindResult {
  let data: Promise<PagefindResultData> | undefined;
  return { ...result, data: () => (data ??= result.data()) };
}

const shards = new Map<number, Promise<Map<string, number>>>();

/** One vocabulary shard, fetched once (empty when it cannot be had, as offline before it was cached). */
function shard(length: number): Promise<Map<string, number>> {
  let loading = shards.get(length);
  if (loading === undefined) {
    loading = fetch(`${basePath()}search/words/${String(length)}.txt`)
      .then(async (response) => (response.ok ? shardToVocabulary(await response.text()) : new Map<string, number>()))
      .catch(() => new Map<string, number>());
    shards.set(length, loading);
  }
  return loading;
}

/** The part of the vocabulary some words need: each word's own length, and for words not found there the lengths their candidates can have. */
async function vocabularyFor(words: readonly string[]): Promise<Map<string, number>> {
  const own = await Promise.all(words.map((w) => shard(wordLength(w))));
  const unknown = words.filter((w, i) => own[i]?.has(w) !== true);
  const lengths = [...new Set(unknown.flatMap(shardLengths))];
  const merged = new Map<string, number>();
  for (const part of [...own, ...(await Promise.all(lengths.map(shard)))]) for (const [w, n] of part) merged.set(w, n);
  return merged;
}
