/**
 * The second thread of papersToTopicsOnTwoThreads: runs one pure step of
 * the classification per message and posts its result back.
 */
import { parentPort } from 'node:worker_threads';
import type { Taxonomy } from './taxonomy-schema.ts';
import { neighbourFinder, type Neighbour } from '../text/model-to-neighbours.ts';
import type { SparseVector } from '../text/papers-to-text-model.ts';
import { vectorsToConcepts } from '../text/vectors-to-concepts.ts';
import { compileTaxonomy, paperToTopicEvidence } from './assign-topics.ts';
import { claimShares, type Share } from './two-threads.ts';
import { topLevelGroups } from './fit-topics.ts';

/** A step for the second thread. */
export type TopicsTask =
  | { kind: 'evidence'; papers: readonly { title: string; abstract: string }[]; taxonomy: Taxonomy }
  | {
      kind: 'concepts';
      terms: readonly string[];
      vectors: readonly SparseVector[];
      /** Neighbours per paper, for the shares of the neighbour search claimed after the concepts. */
      count: number;
      /** The first paper no thread has claimed yet, shared with the other thread. */
      next: Int32Array;
      share: number;
    };

/** The reply to 'concepts': the concepts, the top-level groups they give, and the neighbours of each share this thread claimed. */
export interface ConceptsAndShares {
  concepts: SparseVector[];
  tops: number[][];
  shares: Share<Neighbour[]>[];
}

parentPort?.on('message', (task: TopicsTask) => {
  if (task.kind === 'evidence') {
    const compiled = compileTaxonomy(task.taxonomy);
    parentPort?.postMessage(task.papers.map((paper) => paperToTopicEvidence(paper, compiled)));
    return;
  }
  const { terms, vectors, count, next, share } = task;
  const concepts = vectorsToConcepts(vectors, terms.length);
  const tops = topLevelGroups(concepts);
  // The index is built only if a share is left once the concepts are done.
  let find: ((doc: number) => Neighbour[]) | undefined;
  const shares = claimShares(next, vectors.length, share, (doc) => (find ??= neighbourFinder({ terms, vectors }, count))(doc));
  parentPort?.postMessage({ concepts, tops, shares } satisfies ConceptsAndShares);
});
