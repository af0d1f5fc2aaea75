import type { RelatedPaper } from '../paper-schema.ts';
import { withoutRepeats } from '../text/label-clusters.ts';
import type { Neighbour } from '../text/model-to-neighbours.ts';
import type { TextModel } from '../text/papers-to-text-model.ts';

/** Related papers shown per paper, and shared words given for each. */
export const RELATED_PAPERS = 5;
const REASONS = 3;

/**
 * A paper's related papers for its frontmatter: its nearest papers, most
 * similar first, each with the shared words that weigh most, as readers
 * write them ("federated", "non-IID", "client drift"), not as stems.
 */
export function neighboursToRelated(
  neighbours: readonly Neighbour[],
  model: TextModel,
  slugOf: (index: number) => string | undefined,
): RelatedPaper[] {
  return neighbours.slice(0, RELATED_PAPERS).flatMap((n) => {
    const slug = slugOf(n.index);
    if (slug === undefined) return [];
    return [{ slug, terms: withoutRepeats(model, n.terms, REASONS).map((id) => model.surfaces[id] ?? '') }];
  });
}
