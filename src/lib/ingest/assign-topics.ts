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
  caseSensitive: boolean;
}

/** A taxonomy with each phrase compiled to a matcher, ready to assign topics. */
export interface CompiledTaxonomy {
  catchAll: string;
  topics: { slug: string; matchers: Matcher[] }[];
}

/** Compiles every phrase of a taxonomy into a regular expression. */
export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  return {
    catchAll: taxonomy.catchAll.slug,
    topics: taxonomy.topics.map((topic) => ({ slug: topic.slug, matchers: topic.phrases.map(phraseToMatcher) })),
  };
}

/**
 * The topics of a paper, strongest first: each topic scores TITLE_WEIGHT per
 * phrase found in the title plus one per occurrence in the abstract (capped
 * per phrase). Topics need MIN_SCORE, and secondary ones a share of the top
 * score; a paper with no topic gets the catch-all. Ties keep taxonomy order.
 */
export function paperToTopics(paper: { title: string; abstract: string }, taxonomy: CompiledTaxonomy): string[] {
  const texts = { ...paper, lowerTitle: paper.title.toLowerCase(), lowerAbstract: paper.abstract.toLowerCase() };
  const scored = taxonomy.topics
    .map((topic, order) => ({ slug: topic.slug, order, score: scoreTopic(texts, topic.matchers) }))
    .filter((t) => t.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const top = scored[0];
  if (top === undefined) return [taxonomy.catchAll];
  return scored
    .filter((t) => t.score >= top.score * RELATIVE_FLOOR)
    .slice(0, MAX_TOPICS)
    .map((t) => t.slug);
}

interface Texts {
  title: string;
  abstract: string;
  lowerTitle: string;
  lowerAbstract: string;
}

function scoreTopic(texts: Texts, matchers: readonly Matcher[]): number {
  let score = 0;
  for (const { pattern, needles, caseSensitive } of matchers) {
    // Substring tests first: most phrases are absent from most papers, and
    // they are far cheaper than the Unicode-aware pattern.
    const title = caseSensitive ? texts.title : texts.lowerTitle;
    const abstract = caseSensitive ? texts.abstract : texts.lowerAbstract;
    if (needles.every((n) => title.includes(n)) && texts.title.search(pattern) !== -1) score += TITLE_WEIGHT;
    if (needles.every((n) => abstract.includes(n))) score += Math.min(ABSTRACT_CAP, texts.abstract.match(pattern)?.length ?? 0);
  }
  return score;
}

function phraseToMatcher(phrase: string): Matcher {
  const pattern = phraseToRegExp(phrase);
  const caseSensitive = !pattern.flags.includes('i');
  const words = phrase
    .replace(/\*$/, '')
    .trim()
    .split(/[\s-]+/);
  return { pattern, needles: caseSensitive ? words : words.map((w) => w.toLowerCase()), caseSensitive };
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
