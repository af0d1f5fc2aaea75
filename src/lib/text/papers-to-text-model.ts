import { textToTokens, type Token } from './text-to-tokens.ts';

/** A weighted bag of terms: term ids ascending, weights L2-normalised. */
export interface SparseVector {
  ids: Uint32Array;
  weights: Float32Array;
}

/** TF-IDF vectors of a corpus over its unigrams and bigrams. */
export interface TextModel {
  /** Term keys by id, sorted: stems and names ("feder", "llm"), bigrams joined by a space ("client drift"). */
  terms: readonly string[];
  /** Each term as readers write it ("federated", "LLM", "client drift"). */
  surfaces: readonly string[];
  /** How many papers contain each term. */
  df: Uint32Array;
  /** One vector per paper, in input order. */
  vectors: readonly SparseVector[];
}

/** A word in the title counts this many times one in the abstract. */
export const TITLE_WEIGHT = 2;
/** Terms in fewer papers than this connect nothing and are left out. */
export const MIN_DF = 2;

/**
 * The TF-IDF model of a corpus: every unigram and bigram found in at least
 * MIN_DF papers, weighted (1 + ln tf) · (ln((1 + N) / (1 + df)) + 1) with
 * title words counted TITLE_WEIGHT times, each vector of unit length. Pure
 * and order-independent apart from the order of `vectors`.
 */
export function papersToTextModel(papers: readonly { title: string; abstract: string }[]): TextModel {
  const dictionary = new Dictionary();
  const docs = papers.map((paper) => ({
    title: dictionary.encode(textToTokens(paper.title), false),
    abstract: dictionary.encode(textToTokens(paper.abstract), true),
  }));

  // Document frequencies; a bigram is keyed width · (a + 1) + b.
  const width = dictionary.terms.length;
  const unigramDf = new Uint32Array(width);
  const bigramDf = new Map<number, number>();
  for (const doc of docs) {
    for (const key of docToCounts(doc, width).keys()) {
      if (key < width) unigramDf[key] = (unigramDf[key] ?? 0) + 1;
      else bigramDf.set(key, (bigramDf.get(key) ?? 0) + 1);
    }
  }

  // The vocabulary: every term in MIN_DF papers or more, sorted by key.
  const kept: { key: number; term: string; df: number }[] = [];
  for (const [uid, df] of unigramDf.entries()) if (df >= MIN_DF) kept.push({ key: uid, term: dictionary.terms[uid] ?? '', df });
  for (const [key, df] of bigramDf) {
    if (df < MIN_DF) continue;
    const [a, b] = splitBigram(key, width);
    kept.push({ key, term: `${dictionary.terms[a] ?? ''} ${dictionary.terms[b] ?? ''}`, df });
  }
  kept.sort((x, y) => (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
  const idOf = new Map(kept.map((k, id) => [k.key, id]));
  const n = papers.length;
  const idf = kept.map((k) => Math.log((1 + n) / (1 + k.df)) + 1);

  // Counted again rather than kept: a map per paper would cost gigabytes at 50,000 papers.
  // Each paper votes for the spelling its first occurrence of a term uses.
  const spellings = new Spellings(dictionary.spellingTexts);
  const vectors = docs.map((doc) => {
    const entries: [number, number][] = [];
    const firsts = new Map<number, number>();
    for (const [key, tf] of docToCounts(doc, width, { firsts, size: dictionary.spellingTexts.length })) {
      const id = idOf.get(key);
      if (id === undefined) continue;
      entries.push([id, (1 + Math.log(tf)) * (idf[id] ?? 0)]);
      spellings.add(key, firsts.get(key) ?? 0);
    }
    entries.sort((x, y) => x[0] - y[0]);
    const norm = Math.hypot(...entries.map(([, w]) => w)) || 1;
    return { ids: Uint32Array.from(entries, ([id]) => id), weights: Float32Array.from(entries, ([, w]) => w / norm) };
  });

  return {
    terms: kept.map((k) => k.term),
    surfaces: kept.map((k) => spellings.mostFrequent(k.key, k.key >= width) ?? k.term),
    df: Uint32Array.from(kept, (k) => k.df),
    vectors,
  };
}

/** A paper's tokens as numbers: terms (id · 4 + 2 if no bigram ends here + 1 if a compound part) and spellings. */
interface EncodedText {
  codes: Int32Array;
  spellings: Int32Array;
}

/** Unigram and spelling ids. */
class Dictionary {
  readonly terms: string[] = [];
  readonly spellingTexts: string[] = [];
  private readonly termIds = new Map<string, number>();
  private readonly spellingIds = new Map<string, number>();

  private readonly capitalised = new Map<string, boolean>();

  encode(tokens: readonly Token[], inAbstract: boolean): EncodedText {
    const codes = new Int32Array(tokens.length);
    const spellings = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined) continue;
      codes[i] = intern(this.termIds, this.terms, t.term) * 4 + (t.gap ? 2 : 0) + (t.part ? 1 : 0);
      spellings[i] = intern(this.spellingIds, this.spellingTexts, this.spellingOf(t, inAbstract));
    }
    return { codes, spellings };
  }

  /** A capital that opens a sentence, or a title-cased title, says nothing of how a word is spelt. */
  private spellingOf(token: Token, inAbstract: boolean): string {
    if (inAbstract && !token.initial) return token.surface;
    let capitalised = this.capitalised.get(token.surface);
    if (capitalised === undefined)
      this.capitalised.set(token.surface, (capitalised = /^\p{Lu}\p{Ll}*(?:-\p{L}\p{Ll}*)*$/u.test(token.surface)));
    return capitalised ? token.surface.toLowerCase() : token.surface;
  }
}

/** How each term was spelt, counted: a unigram by its spelling id, a bigram by (first + 1) · S + second (S spellings in all). */
class Spellings {
  private readonly counts = new Map<number, Map<number, number>>();
  private readonly texts: readonly string[];

  constructor(texts: readonly string[]) {
    this.texts = texts;
  }

  add(key: number, spelling: number): void {
    let seen = this.counts.get(key);
    if (seen === undefined) this.counts.set(key, (seen = new Map<number, number>()));
    seen.set(spelling, (seen.get(spelling) ?? 0) + 1);
  }

  /** The most frequent spelling of a term (ties: the first in code-point order). */
  mostFrequent(key: number, bigram: boolean): string | undefined {
    const size = this.texts.length;
    const text = (spelling: number): string =>
      bigram ? `${this.texts[Math.floor(spelling / size) - 1] ?? ''} ${this.texts[spelling % size] ?? ''}` : (this.texts[spelling] ?? '');
    let best: string | undefined;
    let most = 0;
    for (const [spelling, count] of this.counts.get(key) ?? []) {
      if (count < most) continue;
      const candidate = text(spelling);
      if (count > most || (best !== undefined && candidate < best)) [best, most] = [candidate, count];
    }
    return best;
  }
}

function intern(ids: Map<string, number>, list: string[], text: string): number {
  let id = ids.get(text);
  if (id === undefined) {
    id = list.length;
    ids.set(text, id);
    list.push(text);
  }
  return id;
}

/**
 * Term counts of one paper, title occurrences weighing TITLE_WEIGHT; bigrams
 * keyed width · (a + 1) + b. `firsts`, if given, gets the spelling of each
 * term's first occurrence (a bigram's as (first + 1) · S + second).
 */
function docToCounts(
  doc: { title: EncodedText; abstract: EncodedText },
  width: number,
  spelt?: { firsts: Map<number, number>; size: number },
): Map<number, number> {
  const counts = new Map<number, number>();
  const firsts = spelt?.firsts;
  const size = spelt?.size ?? 0;
  const add = ({ codes, spellings }: EncodedText, weight: number): void => {
    let previous = -1;
    let previousSpelling = -1;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i] ?? 0;
      const uid = code >> 2;
      const spelling = spellings[i] ?? 0;
      const seen = counts.get(uid);
      counts.set(uid, (seen ?? 0) + weight);
      if (seen === undefined) firsts?.set(uid, spelling);
      if ((code & 1) === 1) continue;
      if ((code & 2) === 0 && previous >= 0) {
        const key = width * (previous + 1) + uid;
        const seenPair = counts.get(key);
        counts.set(key, (seenPair ?? 0) + weight);
        if (seenPair === undefined) firsts?.set(key, (previousSpelling + 1) * size + spelling);
      }
      previous = uid;
      previousSpelling = spelling;
    }
  };
  add(doc.title, TITLE_WEIGHT);
  add(doc.abstract, 1);
  return counts;
}

function splitBigram(key: number, width: number): [number, number] {
  return [Math.floor(key / width) - 1, key % width];
}
