import stem from 'wink-porter2-stemmer';
import type { Taxonomy } from '../taxonomy-schema.ts';

/** How much a phrase found in the title counts against one found in the abstract. */
export const TITLE_WEIGHT = 3;
/** Occurrences of one phrase in an abstract beyond this add nothing. */
const ABSTRACT_CAP = 3;
/** The least evidence for any topic: one title match or two abstract matches. */
const MIN_SCORE = 2;
/** A second or third topic needs at least this share of the strongest score. */
const RELATIVE_FLOOR = 0.4;
const MAX_TOPICS = 3;

/** A phrase's pattern, and the literals a text must contain for the pattern to have a chance. */
interface Matcher {
  pattern: RegExp;
  /** The phrase's words (lower-cased unless the pattern is case-sensitive). */
  needles: string[];
  /** Whether every word is letters and digits only, so a text's set of words can rule the phrase out. */
  plainWords: boolean;
  /** Whether the last word is a prefix ("diffus*"). */
  wildcard: boolean;
  caseSensitive: boolean;
  /** The phrase's stemmed words: "symmetry" and "symmetries" are one phrase, "federated learning" and "federated" two. */
  key: string;
}

/** How strongly a paper's text signals one topic. */
export interface TopicEvidence {
  slug: string;
  /** TITLE_WEIGHT per phrase in the title, plus its occurrences in the abstract (capped). */
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

/** Compiles every phrase of a taxonomy into a regular expression. */
export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const topics = taxonomy.topics.map((topic) => ({
    slug: topic.slug,
    ...(topic.parent === undefined ? {} : { parent: topic.parent }),
    matchers: topic.phrases.map(phraseToMatcher),
  }));
  const byWord = { exact: new Map<string, Matcher[]>(), lower: new Map<string, Matcher[]>() };
  const always: Matcher[] = [];
  for (const matcher of topics.flatMap((t) => t.matchers)) {
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
  return { catchAll: taxonomy.catchAll.slug, topics, byWord, always };
}

/**
 * The topics of a paper, strongest first: each topic scores TITLE_WEIGHT per
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
  const lowerTitle = paper.title.toLowerCase();
  const lowerAbstract = paper.abstract.toLowerCase();
  const texts: Texts = {
    ...paper,
    lowerTitle,
    lowerAbstract,
    titleWords: textToWords(paper.title),
    abstractWords: textToWords(paper.abstract),
    lowerTitleWords: textToWords(lowerTitle),
    lowerAbstractWords: textToWords(lowerAbstract),
  };
  // Only phrases whose first word the paper uses can match: look them up by word, not the other way round.
  const candidates = new Set(taxonomy.always);
  const lookUp = (words: ReadonlySet<string>, index: Map<string, Matcher[]>): void => {
    for (const word of words) for (const m of index.get(word) ?? []) candidates.add(m);
  };
  lookUp(texts.titleWords, taxonomy.byWord.exact);
  lookUp(texts.abstractWords, taxonomy.byWord.exact);
  lookUp(texts.lowerTitleWords, taxonomy.byWord.lower);
  lookUp(texts.lowerAbstractWords, taxonomy.byWord.lower);
  if (candidates.size === 0) return [];
  const scored = taxonomy.topics
    .map((topic, order) => ({
      slug: topic.slug,
      parent: topic.parent,
      order,
      ...scoreTopic(
        texts,
        topic.matchers.filter((m) => candidates.has(m)),
      ),
    }))
    .filter((t) => t.score >= MIN_SCORE)
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

interface Texts {
  title: string;
  abstract: string;
  lowerTitle: string;
  lowerAbstract: string;
  titleWords: ReadonlySet<string>;
  abstractWords: ReadonlySet<string>;
  lowerTitleWords: ReadonlySet<string>;
  lowerAbstractWords: ReadonlySet<string>;
}

/** The runs of letters and digits of a text: exactly the words a phrase pattern can match at. */
function textToWords(text: string): Set<string> {
  // Most abstracts are ASCII, where a plain character class splits the same words many times faster.
  return new Set(ASCII.test(text) ? text.split(/[^A-Za-z0-9]+/) : text.split(/[^\p{L}\p{N}]+/u));
}

// eslint-disable-next-line no-control-regex -- the ASCII range on purpose.
const ASCII = /^[\x00-\x7f]*$/;

/** Whether a text may hold the phrase: every word present (the last also with a plural ending, or as a prefix). */
function mayContain(matcher: Matcher, words: ReadonlySet<string>, text: string): boolean {
  const { needles, plainWords, wildcard } = matcher;
  // Words with symbols ("CFG++") fall back to a substring test.
  if (!plainWords) return needles.every((n) => text.includes(n));
  const last = needles.length - 1;
  return needles.every((n, i) => {
    if (i < last) return words.has(n);
    if (!wildcard) return words.has(n) || words.has(`${n}s`) || words.has(`${n}es`);
    for (const word of words) if (word.startsWith(n)) return true;
    return false;
  });
}

function scoreTopic(texts: Texts, matchers: readonly Matcher[]): { score: number; phrases: number } {
  let score = 0;
  const found = new Set<string>();
  for (const matcher of matchers) {
    // Word-set tests first: most phrases are absent from most papers, and
    // a set lookup is far cheaper than the Unicode-aware pattern.
    const { pattern, caseSensitive, key } = matcher;
    const title = caseSensitive ? texts.title : texts.lowerTitle;
    const abstract = caseSensitive ? texts.abstract : texts.lowerAbstract;
    const before = score;
    if (mayContain(matcher, caseSensitive ? texts.titleWords : texts.lowerTitleWords, title) && texts.title.search(pattern) !== -1)
      score += TITLE_WEIGHT;
    if (mayContain(matcher, caseSensitive ? texts.abstractWords : texts.lowerAbstractWords, abstract))
      score += Math.min(ABSTRACT_CAP, texts.abstract.match(pattern)?.length ?? 0);
    if (score > before) found.add(key);
  }
  return { score, phrases: found.size };
}

function phraseToMatcher(phrase: string): Matcher {
  const pattern = phraseToRegExp(phrase);
  const caseSensitive = !pattern.flags.includes('i');
  const words = phrase
    .replace(/\*$/, '')
    .trim()
    .split(/[\s-]+/);
  const key = words.map((w) => stem(w.toLowerCase())).join(' ');
  return {
    pattern,
    needles: caseSensitive ? words : words.map((w) => w.toLowerCase()),
    plainWords: words.every((w) => /^[\p{L}\p{N}]+$/u.test(w)),
    wildcard: phrase.trim().endsWith('*'),
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
  const acronym = /\p{Lu}.*\p{Lu}/u.test(phrase) && !/\p{Ll}{2}/u.test(phrase);
  const wildcard = phrase.endsWith('*');
  const body = (wildcard ? phrase.slice(0, -1) : phrase)
    .trim()
    .split(/[\s-]+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s-]+');
  const ending = wildcard ? '[\\p{L}\\p{N}]*' : '(?:s|es)?';
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${ending}(?![\\p{L}\\p{N}])`, acronym ? 'gu' : 'giu');
}
