import type { RelatedPaper } from '../paper/paper-schema.ts';
import type { Neighbour } from '../text/model-to-neighbours.ts';
import type { TextModel } from '../text/papers-to-text-model.ts';
import { termsToReasons } from '../text/terms-to-reasons.ts';

/** Related papers shown per paper, and shared words given for each. */
export const RELATED_PAPERS = 5;
const REASONS = 3;
/** What sharing a topic adds to a neighbour's similarity when related papers are ranked. */
export const SHARED_TOPIC_BONUS = 0.05;

/**
 * A paper's related papers for its frontmatter: its nearest papers by text,
 * a neighbour that shares one of its topics moved up by SHARED_TOPIC_BONUS
 * (ties: the lower index), each with the shared words that weigh most among
 * those that may be reasons (`reasonTerms`, from neighboursToReasonTerms),
 * each saying something new, as readers write them ("federated", "non-IID",
 * "client drift"), not as stems. A neighbour that shares only words common
 * everywhere gets no reason.
 */
export function neighboursToRelated(
  neighbours: readonly Neighbour[],
  model: Pick<TextModel, 'surfaces'>,
  paper: {
    topics: readonly string[];
    slugOf: (index: number) => string | undefined;
    topicsOf: (index: number) => readonly string[];
    reasonTerms: Uint8Array;
  },
): RelatedPaper[] {
  const shares = (index: number): boolean => paper.topicsOf(index).some((t) => paper.topics.includes(t));
  return neighbours
    .map((n) => ({ n, rank: n.score + (shares(n.index) ? SHARED_TOPIC_BONUS : 0) }))
    .sort((a, b) => b.rank - a.rank || a.n.index - b.n.index)
    .slice(0, RELATED_PAPERS)
    .flatMap(({ n }) => {
      const slug = paper.slugOf(n.index);
      if (slug === undefined) return [];
      const reasons = n.terms.filter((id) => paper.reasonTerms[id] === 1);
      return [{ slug, terms: termsToReasons(model.surfaces, reasons, REASONS) }];
    });
}
