import type { Taxonomy } from '../taxonomy-schema.ts';
import { modelToNeighbours, type Neighbour } from '../text/model-to-neighbours.ts';
import { papersToTextModel, type TextModel } from '../text/papers-to-text-model.ts';
import { vectorsToConcepts } from '../text/vectors-to-concepts.ts';
import { compileTaxonomy, paperToTopicEvidence } from './assign-topics.ts';
import { addFacets } from './add-facets.ts';
import { confirmTopics } from './confirm-topics.ts';
import { fitTopics, type FittedTopics } from './fit-topics.ts';

/** Neighbours found per paper: they confirm its topics, and its related papers are chosen among them. */
export const NEIGHBOURS = 10;

/** The text model of a corpus, every paper's nearest papers, and the topics that fit it. */
export interface Classified {
  model: TextModel;
  neighbours: Neighbour[][];
  fitted: FittedTopics;
}

/**
 * Topics for a corpus, in five steps: the text model (TF-IDF, then latent
 * concepts); the taxonomy's evidence for each paper; that evidence confirmed
 * by each paper's nearest papers; discovery where the taxonomy falls short;
 * facets for subjects spread over several topics.
 */
export function papersToTopics(papers: readonly { title: string; abstract: string }[], taxonomy: Taxonomy): Classified {
  const model = papersToTextModel(papers);
  const neighbours = modelToNeighbours(model, NEIGHBOURS);
  const concepts = vectorsToConcepts(model.vectors, model.terms.length);
  const compiled = compileTaxonomy(taxonomy);
  const confirmed = confirmTopics(
    papers.map((paper) => paperToTopicEvidence(paper, compiled)),
    neighbours,
  );
  const fitted = fitTopics({ confirmed, taxonomy, model, neighbours, concepts });
  return {
    model,
    neighbours,
    fitted: addFacets(
      fitted,
      papers.map((p) => p.title),
      model,
      concepts,
    ),
  };
}
