import type { RelatedPaper } from '../paper-schema.ts';
import { withoutRepeats } from '../text/label-clusters.ts';
import type { Neighbour } from '../text/model-to-neighbours.ts';
import type { TextModel } from '../text/papers-to-text-model.ts';

/** Related papers shown per paper, and shared words given for each. */
export const RELATED_PAPERS = 5;
const REASONS = 3;
/** What sharing a topic adds to a neighbour's similarity when related papers are ranked. */
export const SHARED_TOPIC_BONUS = 0.05;

/**
 * A paper's related papers for its frontmatter: its nearest papers by text,
 * a neighbour that shares one of its topics moved up by SHARED_TOPIC_BONUS
 * (ties: the lower index), each with the shared words that weigh most, as
 * readers write them ("federated", "non-IID", "client drift"), not as stems.
 */
export function neighboursToRelated(
  neighbours: readonly Neighbour[],
  model: TextModel,
  paper: { topics: readonly string[]; slugOf: (index: number) => string | undefined; topicsOf: (index: number) => readonly string[] },
): RelatedPaper[] {
  const shares = (index: number): boolean => paper.topicsOf(index).some((t) => paper.topics.includes(t));
  return neighbours
    .map((n) => ({ n, rank: n.score + (shares(n.index) ? SHARED_TOPIC_BONUS : 0) }))
    .sort((a, b) => b.rank - a.rank || a.n.index - b.n.index)
    .slice(0, RELATED_PAPERS)
    .flatMap(({ n }) => {
      const slug = paper.slugOf(n.index);
      if (slug === undefined) return [];
      return [{ slug, terms: withoutRepeats(model, n.terms, REASONS).map((id) => model.surfaces[id] ?? '') }];
    });
}
