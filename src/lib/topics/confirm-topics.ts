import type { Neighbour } from '../text/model-to-neighbours.ts';
import type { TopicEvidence } from './assign-topics.ts';

/** A topic signalled by this many different phrases of its own stands by itself. */
export const STRONG_PHRASES = 2;

/**
 * The taxonomy topics of every paper that its text bears out. A topic that
 * the paper signals with STRONG_PHRASES different phrases stands; one that
 * rests on a single phrase stands only if one of the paper's nearest papers
 * signals it strongly. So "momentum" files an optimiser paper, whose
 * neighbours speak of Adam and learning rates, under Optimizers, and not a
 * physics paper on momentum space, whose neighbours never do.
 */
export function confirmTopics(evidence: readonly (readonly TopicEvidence[])[], neighbours: readonly (readonly Neighbour[])[]): string[][] {
  const strong = evidence.map((topics) => new Set(topics.filter((t) => t.phrases >= STRONG_PHRASES).map((t) => t.slug)));
  return evidence.map((topics, paper) =>
    topics
      .filter((t) => strong[paper]?.has(t.slug) === true || (neighbours[paper] ?? []).some((n) => strong[n.index]?.has(t.slug) === true))
      .map((t) => t.slug),
  );
}
