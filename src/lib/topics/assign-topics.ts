import stem from 'wink-porter2-stemmer';
import type { Taxonomy } from './taxonomy-schema.ts';

/** How much a phrase found in the title counts against one found in the abstract. */
export const TITLE_PHRASE_SCORE = 3;
/** Occurrences of one phrase in an abstract beyond this add nothing. */
const ABSTRACT_CAP = 3;
/** The least evidence for any topic: one title match or two abstract matches. */
const MIN_SCORE = 2;
/** A second or third topic needs at least this share of the strongest score. */
const RELATIVE_FLOOR = 0.4;
const MAX_TOPICS = 3;

/** A phrase compiled for matching, word by word, or by its pattern when a word has symbols. */
interface Matcher {
  /** The topic's place in the taxonomy. */
  topic: number;
  /** The phrase's words (lower-cased unless the phrase is case-sensitive). */
  needles: string[];
  /** Whether every word is letters and digits only, so the phrase can be matched word by word. */
  plainWords: boolean;
  /** phraseToRegExp's pattern, for phrases with symbols ("CFG++") only. */
  pattern?: RegExp;
  /** Whether the last word is a prefix ("diffus*"). */
  wildcard: boolean;
  caseSensitive: boolean;
  /** The phrase's stemmed words: "symmetry" and "symmetries" are one phrase, "federated learning" and "federated" two. */
  key: string;
}

/** How strongly a paper's text signals one topic. */
export interface TopicEvidence {
  slug: string;
  /** TITLE_PHRASE_SCORE per phrase in the title, plus its occurrences in the abstract (capped). */
  score: number;
  /** How many different phrases of the topic the paper uses. */
  phrases: number;
}

/** A taxonomy with each phrase compiled to a matcher, ready to assign topics. */
export interface CompiledTaxonomy {
  catchAll: string;
  topics: { slug: string; parent?: string; matchers: Matcher[] }[];
  /** Matchers by a word the text must contain for them to match: case-sensitive ones by the word as written, the others lower-cased. */
  byWord: { exact: Map<string, Matcher[]>; lower: Map<string, Matcher[]> };
  /** Matchers no single word rules out (symbols, a lone wildcard): always tried. */
  always: Matcher[];
}

/** Compiles every phrase of a taxonomy into a matcher, indexed by the word it starts with. */
export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const topics = taxonomy.topics.map((topic, order) => ({
    slug: topic.slug,
    ...(topic.parent === undefined ? {} : { parent: topic.parent }),
    matchers: topic.phrases.map((phrase) => phraseToMatcher(phrase, order)),
  }));
  return { catchAll: taxonomy.catchAll.slug, topics, ...compileMatchers(topics.flatMap((t) => t.matchers)) };
}

/** Matchers indexed by the word each must start at; those no single word rules out are always tried. */
function compileMatchers(matchers: readonly Matcher[]): Pick<CompiledTaxonomy, 'byWord' | 'always'> {
  const byWord = { exact: new Map<string, Matcher[]>(), lower: new Map<string, Matcher[]>() };
  const always: Matcher[] = [];
  for (const matcher of matchers) {
    const first = matcher.needles[0] ?? '';
    const single = matcher.needles.length === 1;
    if (!matcher.plainWords || (single && matcher.wildcard)) {
      always.push(matcher);
      continue;
    }
    // A lone word may carry a plural ending; the first of several words never does.
    const index = matcher.caseSensitive ? byWord.exact : byWord.lower;
    for (const word of single ? [first, `${first}s`, `${first}es`] : [first]) index.set(word, [...(index.get(word) ?? []), matcher]);
  }
  return { byWord, always };
}

/**
 * The topics of a paper, strongest first: each topic scores TITLE_PHRASE_SCORE per
 * phrase found in the title plus one per occurrence in the abstract (capped
 * per phrase). Topics need MIN_SCORE, and secondary ones a share of the top
 * score; a paper with no topic gets the catch-all. Ties keep taxonomy order.
 */
export function paperToTopics(paper: { title: string; abstract: string }, taxonomy: CompiledTaxonomy): string[] {
  const evidence = paperToTopicEvidence(paper, taxonomy);
  return evidence.length === 0 ? [taxonomy.catchAll] : evidence.map((t) => t.slug);
}

/** The evidence for each of a paper's 1–3 topics, strongest first, as paperToTopics chooses them; empty for none. */
export function paperToTopicEvidence(paper: { title: string; abstract: string }, taxonomy: CompiledTaxonomy): TopicEvidence[] {
  const title = textToWords(paper.title);
  const abstract = textToWords(paper.abstract);
  const texts: Texts = { title, abstract, titleStarts: startsOf(title, taxonomy), abstractStarts: startsOf(abstract, taxonomy) };
  // Only phrases whose first word the paper uses can match (and those no word rules out).
  const candidates = new Set([...taxonomy.always, ...texts.titleStarts.keys(), ...texts.abstractStarts.keys()]);
  if (candidates.size === 0) return [];
  const scored = scoreTopics(texts, candidates)
    .flatMap(({ score, phrases }, order) => {
      const topic = taxonomy.topics[order];
      return topic === undefined || score < MIN_SCORE ? [] : [{ slug: topic.slug, parent: topic.parent, order, score, phrases }];
    })
    .sort((a, b) => b.score - a.score || a.order - b.order);
  // A subtopic stands in for its parent.
  const children = new Set(scored.map((t) => t.parent));
  const chosen = scored.filter((t) => !children.has(t.slug));
  const top = chosen[0];
  if (top === undefined) return [];
  return chosen
    .filter((t) => t.score >= top.score * RELATIVE_FLOOR)
    .slice(0, MAX_TOPICS)
    .map(({ slug, score, phrases }) => ({ slug, score, phrases }));
}

/** A text's words in order (the runs of letters and digits a phrase pattern can match at), as written and lower-cased. */
interface Words {
  text: string;
  exact: string[];
  lower: string[];
  /** joined[i]: only spaces and hyphens stand between word i and word i + 1, as a phrase pattern requires. */
  joined: boolean[];
}

interface Texts {
  title: Words;
  abstract: Words;
  /** Where each phrase indexed by its first word may start, in word order. */
  titleStarts: Map<Matcher, number[]>;
  abstractStarts: Map<Matcher, number[]>;
}

function textToWords(text: string): Words {
  return ASCII.test(text) ? asciiToWords(text) : unicodeToWords(text);
}

/** Most abstracts are ASCII, where a loop over character codes finds the same words many times faster than a pattern. */
function asciiToWords(text: string): Words {
  const exact: string[] = [];
  const lower: string[] = [];
  const joined: boolean[] = [];
  let start = -1;
  let gapIsJoin = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const letterOrDigit = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (letterOrDigit) {
      if (start < 0) {
        if (exact.length > 0) joined.push(gapIsJoin);
        start = i;
      }
      continue;
    }
    if (start >= 0) {
      const word = text.slice(start, i);
      exact.push(word);
      lower.push(word.toLowerCase());
      start = -1;
      gapIsJoin = true;
    }
    // \s in ASCII: tab to carriage return and space; and the hyphen.
    if (!((c >= 9 && c <= 13) || c === 32 || c === 45)) gapIsJoin = false;
  }
  return { text, exact, lower, joined };
}

function unicodeToWords(text: string): Words {
  const exact: string[] = [];
  const lower: string[] = [];
  const joined: boolean[] = [];
  let end = -1;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (end >= 0) joined.push(SPACES_AND_HYPHENS.test(text.slice(end, match.index)));
    exact.push(match[0]);
    lower.push(match[0].toLowerCase());
    end = match.index + match[0].length;
  }
  return { text, exact, lower, joined };
}

// eslint-disable-next-line no-control-regex -- the ASCII range on purpose.
const ASCII = /^[\x00-\x7f]*$/;
const SPACES_AND_HYPHENS = /^[\s-]+$/;

/** Every word's phrases (by their first word, or a lone word's plural): where each may start, in word order. */
function startsOf(words: Words, taxonomy: Pick<CompiledTaxonomy, 'byWord'>): Map<Matcher, number[]> {
  const starts = new Map<Matcher, number[]>();
  const note = (matchers: Matcher[] | undefined, at: number): void => {
    if (matchers === undefined) return;
    for (const m of matchers) {
      const list = starts.get(m);
      if (list === undefined) starts.set(m, [at]);
      else list.push(at);
    }
  };
  for (let i = 0; i < words.exact.length; i++) {
    note(taxonomy.byWord.exact.get(words.exact[i] ?? ''), i);
    note(taxonomy.byWord.lower.get(words.lower[i] ?? ''), i);
  }
  return starts;
}

/**
 * How many times (at most `cap`) a phrase occurs in a text without
 * overlapping, as `text.match(pattern).length` counts it: phrases of plain
 * words are matched word by word, the rest ("CFG++") by their pattern.
 */
function countPhrase(matcher: Matcher, text: Words, indexed: number[] | undefined, cap: number): number {
  const { needles, wildcard, caseSensitive, pattern } = matcher;
  // Only a phrase with symbols has a pattern.
  if (pattern !== undefined) {
    const haystack = caseSensitive ? text.text : text.text.toLowerCase();
    if (!needles.every((n) => haystack.includes(n))) return 0;
    return Math.min(cap, text.text.match(pattern)?.length ?? 0);
  }
  const words = caseSensitive ? text.exact : text.lower;
  const last = needles.length - 1;
  const lastWord = needles[last] ?? '';
  const endsPhrase = (word: string | undefined): boolean =>
    word !== undefined && (wildcard ? word.startsWith(lastWord) : word === lastWord || word === `${lastWord}s` || word === `${lastWord}es`);
  // A lone wildcard word is indexed under no word: try every word.
  const starts = indexed ?? (last === 0 && wildcard ? [...words.keys()].filter((i) => endsPhrase(words[i])) : []);
  let count = 0;
  let free = 0;
  for (const start of starts) {
    if (start < free) continue;
    let i = 1;
    while (i <= last && text.joined[start + i - 1] === true && (i < last ? words[start + i] === needles[i] : endsPhrase(words[start + i])))
      i++;
    if (i <= last) continue;
    count++;
    if (count >= cap) break;
    free = start + last + 1;
  }
  return count;
}

/** Each topic's score and number of different phrases found, in taxonomy order (a sparse array). */
function scoreTopics(texts: Texts, candidates: ReadonlySet<Matcher>): { score: number; phrases: number }[] {
  const topics: { score: number; found: Set<string> }[] = [];
  for (const matcher of candidates) {
    const score =
      (countPhrase(matcher, texts.title, texts.titleStarts.get(matcher), 1) > 0 ? TITLE_PHRASE_SCORE : 0) +
      countPhrase(matcher, texts.abstract, texts.abstractStarts.get(matcher), ABSTRACT_CAP);
    if (score === 0) continue;
    const topic = (topics[matcher.topic] ??= { score: 0, found: new Set() });
    topic.score += score;
    topic.found.add(matcher.key);
  }
  return topics.map(({ score, found }) => ({ score, phrases: found.size }));
}

/** How many times a phrase occurs in a text, counted as the topics count it: word by word, as phraseToRegExp's pattern would match. */
export function phraseCount(phrase: string, text: string): number {
  const matcher = phraseToMatcher(phrase, 0);
  const words = textToWords(text);
  return countPhrase(matcher, words, startsOf(words, compileMatchers([matcher])).get(matcher), Infinity);
}

function phraseToMatcher(phrase: string, topic: number): Matcher {
  const caseSensitive = isAcronym(phrase);
  const words = phrase
    .replace(/\*$/, '')
    .trim()
    .split(/[\s-]+/);
  const key = words.map((w) => stem(w.toLowerCase())).join(' ');
  const plainWords = words.every((w) => /^[\p{L}\p{N}]+$/u.test(w));
  return {
    topic,
    needles: caseSensitive ? words : words.map((w) => w.toLowerCase()),
    plainWords,
    ...(plainWords ? {} : { pattern: phraseToRegExp(phrase) }),
    wildcard: phrase.endsWith('*'),
    caseSensitive,
    key,
  };
}

/**
 * A phrase as a whole-word pattern: case-insensitive unless it is an acronym
 * (all capitals, like "GAN"), spaces and hyphens interchangeable, a plural
 * "s" allowed, and a trailing `*` matching any word ending ("diffus*").
 */
export function phraseToRegExp(phrase: string): RegExp {
  const wildcard = phrase.endsWith('*');
  const body = (wildcard ? phrase.slice(0, -1) : phrase)
    .trim()
    .split(/[\s-]+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s-]+');
  const ending = wildcard ? '[\\p{L}\\p{N}]*' : '(?:s|es)?';
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${ending}(?![\\p{L}\\p{N}])`, isAcronym(phrase) ? 'gu' : 'giu');
}

/** Whether a phrase is matched case-sensitively: an acronym, all capitals like "GAN" or "LLMs". */
function isAcronym(phrase: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(phrase) && !/\p{Ll}{2}/u.test(phrase);
}
