import { Worker } from 'node:worker_threads';
import type { Taxonomy } from './taxonomy-schema.ts';
import { modelToNeighbours, neighbourFinder, type Neighbour } from '../text/model-to-neighbours.ts';
import { papersToTextModel, type SparseVector, type TextModel } from '../text/papers-to-text-model.ts';
import { vectorsToConcepts } from '../text/vectors-to-concepts.ts';
import { compileTaxonomy, paperToTopicEvidence, type TopicEvidence } from './assign-topics.ts';
import { addFacets } from './add-facets.ts';
import { ask as askWorker, claimShares, sharedCounter, sharesToList } from './two-threads.ts';
import { confirmTopics } from './confirm-topics.ts';
import { fitTopics, type FittedTopics } from './fit-topics.ts';
import type { ConceptsAndShares, TopicsTask } from './topics-worker.ts';

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
  const compiled = compileTaxonomy(taxonomy);
  const evidence = papers.map((paper) => paperToTopicEvidence(paper, compiled));
  return classify(papers, taxonomy, model, neighbours, evidence);
}

/** Papers per share of the neighbour search the two threads take turns to claim. */
const SHARE = 256;

/**
 * papersToTopics on two threads, with the same result: a worker finds the
 * taxonomy's evidence while this thread builds the text model, then the
 * concepts and the top-level groups while this thread searches the
 * neighbours. Once done with those the worker claims shares of that search
 * too, through a shared counter, so neither thread idles whatever the corpus.
 */
export async function papersToTopicsOnTwoThreads(
  papers: readonly { title: string; abstract: string }[],
  taxonomy: Taxonomy,
): Promise<Classified> {
  const worker = new Worker(new URL('./topics-worker.ts', import.meta.url));
  try {
    const ask = async <T>(task: TopicsTask): Promise<T> => askWorker<T>(worker, task);
    const evidence = ask<TopicEvidence[][]>({
      kind: 'evidence',
      papers: papers.map(({ title, abstract }) => ({ title, abstract })),
      taxonomy,
    });
    const model = papersToTextModel(papers);
    await evidence;
    const next = sharedCounter();
    const helped = ask<ConceptsAndShares>({
      kind: 'concepts',
      terms: model.terms,
      vectors: model.vectors,
      count: NEIGHBOURS,
      next,
      share: SHARE,
    });
    const find = neighbourFinder(model, NEIGHBOURS);
    const mine = claimShares(next, papers.length, SHARE, find);
    const { concepts, tops, shares } = await helped;
    const neighbours = sharesToList(papers.length, mine, shares);
    return classify(papers, taxonomy, model, neighbours, await evidence, concepts, tops);
  } finally {
    await worker.terminate();
  }
}

/** The steps after the model, the neighbours and the evidence: confirmation, discovery and facets. */
function classify(
  papers: readonly { title: string; abstract: string }[],
  taxonomy: Taxonomy,
  model: TextModel,
  neighbours: Neighbour[][],
  evidence: TopicEvidence[][],
  concepts: SparseVector[] = vectorsToConcepts(model.vectors, model.terms.length),
  tops?: number[][],
): Classified {
  const confirmed = confirmTopics(evidence, neighbours);
  const fitted = fitTopics({
    confirmed,
    taxonomy,
    model,
    neighbours,
    concepts,
    texts: papers.map((p) => `${p.title}. ${p.abstract}`),
    titles: papers.map((p) => p.title),
    ...(tops === undefined ? {} : { tops }),
  });
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
