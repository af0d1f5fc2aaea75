import stem from 'wink-porter2-stemmer';
import { MODIFIER_SUFFIXES, STOP_COMPOUNDS, STOP_WORDS } from './stop-words.ts';

/** One meaningful word of a text, as the text model counts it. */
export interface Token {
  /** The term it counts for: lower case, stemmed unless it is an acronym or a name. */
  term: string;
  /** How the text wrote it ("federated", "LLMs", "non-IID"). */
  surface: string;
  /** A part of a hyphenated compound, counted besides the compound but never in a bigram. */
  part: boolean;
  /** A stop word, punctuation or the start of the text comes before it: no bigram with the previous token. */
  gap: boolean;
  /** It opens a sentence, so its capital letter says nothing about how the word is spelt. */
  initial: boolean;
}

/**
 * Words, names and compounds: letters and digits joined by hyphens or carets
 * (`GPT-4`, `R^2AG`, `non-IID`), decimals (`2.5`) and trailing pluses (`C++`).
 */
const WORD = /[\p{L}\p{N}]+(?:(?:[-‐‑^]|\.(?=\p{N}))[\p{L}\p{N}]+)*\+*/gu;
/**
 * The longest word that is a term, in UTF-16 code units. Longer runs of letters
 * (a base64 blob, a pasted hash, a 200,000-letter "word") are no word a reader
 * searches for, and the stemmer's time grows with the square of a word's
 * length, so they only mark a gap; the text still shows them as written.
 */
export const MAX_WORD_LENGTH = 64;
/** TeX control words (`\sqrt`, `\mathbb`) are markup, not words. */
const TEX_COMMAND = /\\[a-zA-Z]+/g;

/**
 * The tokens of a text, in order: each word, name or compound once, the parts
 * of a hyphenated compound after it, stop words and lone numbers or letters
 * left out (they only mark a gap).
 */
export function textToTokens(text: string): Token[] {
  const clean = text.replace(TEX_COMMAND, ' ');
  const tokens: Token[] = [];
  let gap = true;
  let last = 0;
  for (const match of clean.matchAll(WORD)) {
    const between = separation(clean, last, match.index);
    const initial = last === 0 || between === SENTENCE;
    if (between !== JOINED) gap = true;
    last = match.index + match[0].length;
    const pieces = cachedWordToTokens(match[0]);
    if (pieces.length === 0) {
      gap = true;
      continue;
    }
    for (const [i, piece] of pieces.entries()) tokens.push({ ...piece, gap: i === 0 ? gap : true, initial: initial && i === 0 });
    gap = false;
  }
  return tokens;
}

const JOINED = 0;
const BROKEN = 1;
const SENTENCE = 2;

/**
 * What lies between two words: only spaces, TeX braces or dollars (JOINED,
 * they may form a bigram), a sentence end (SENTENCE: the last mark before
 * the next word is one of . ! ? : ;), or anything else (BROKEN).
 */
function separation(text: string, from: number, to: number): number {
  let joined = true;
  let lastMark = 0;
  let at = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) continue;
    lastMark = c;
    at = i;
    if (c !== 36 && c !== 123 && c !== 125) joined = false;
  }
  if (joined) return JOINED;
  // "e.g." and "et al." end no sentence.
  if (lastMark === 46) return ABBREVIATION.test(text.slice(Math.max(0, at - 6), at + 1)) ? BROKEN : SENTENCE;
  // ! ? : ;
  return lastMark === 33 || lastMark === 63 || lastMark === 58 || lastMark === 59 ? SENTENCE : BROKEN;
}

const ABBREVIATION = /(?:^|[^\p{L}])(?:e\.g|i\.e|et al|vs|cf|etc|resp|Fig|Eq)\.$/u;

/** The term of one word: acronyms and names lower-cased, plain words stemmed; undefined for a stop word or a lone letter or number. */
export function wordToTerm(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (word.length > MAX_WORD_LENGTH || STOP_WORDS.has(lower) || !/\p{L}/u.test(word) || Array.from(word).length < 2) return undefined;
  // "LLMs", "GANs": an acronym with a plural s.
  const plural = /^[\p{Lu}\p{N}]+s$/u.test(word) && /\p{Lu}.*\p{Lu}|\p{N}.*\p{Lu}|\p{Lu}.*\p{N}/u.test(word);
  if (plural) return lower.slice(0, -1);
  // Acronyms, names with capitals inside or digits ("LoRA", "ImageNet", "3D") keep their spelling.
  if (/\p{N}/u.test(word) || /.\p{Lu}/u.test(word) || !/^[a-z]+$/.test(lower)) return lower;
  return stem(lower);
}

/** Words repeat: each spelling is analysed once per process (the answer depends on the spelling alone). */
const analysed = new Map<string, Omit<Token, 'gap' | 'initial'>[]>();

function cachedWordToTokens(match: string): Omit<Token, 'gap' | 'initial'>[] {
  if (match.length > MAX_WORD_LENGTH) return [];
  let pieces = analysed.get(match);
  if (pieces === undefined) {
    pieces = wordToTokens(match.replace(/[‐‑]/g, '-'));
    analysed.set(match, pieces);
  }
  return pieces;
}

function wordToTokens(word: string): Omit<Token, 'gap' | 'initial'>[] {
  if (!/[-^]/.test(word)) {
    const term = wordToTerm(word);
    return term === undefined ? [] : [{ term, surface: word, part: false }];
  }
  const lower = word.toLowerCase();
  if (STOP_COMPOUNDS.has(lower)) return [];
  const parts = word.split('-').filter((p) => p.length > 0);
  const lastPart = parts.at(-1)?.toLowerCase() ?? '';
  // "LLM-based", "token-level": the compound stands for what comes before the suffix.
  if (parts.length > 1 && MODIFIER_SUFFIXES.has(lastPart)) return wordToTokens(parts.slice(0, -1).join('-'));
  const partTerms = parts.map((p) => ({ part: p, term: wordToTerm(p) }));
  const head = partTerms.slice(0, -1).map((p) => p.part.toLowerCase());
  const tail = partTerms.at(-1);
  const compound = [...head, tail?.term ?? lastPart].join('-');
  const whole = { term: compound, surface: word, part: false };
  if (parts.length === 1) return [whole];
  const extra = partTerms.flatMap((p) =>
    p.term === undefined || p.term === compound ? [] : [{ term: p.term, surface: p.part, part: true }],
  );
  return [whole, ...extra];
}
