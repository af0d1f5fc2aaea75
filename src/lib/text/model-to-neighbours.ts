import type { SparseVector, TextModel } from './papers-to-text-model.ts';

/** A similar paper: its index in the model, the cosine similarity, and the shared terms that weigh most. */
export interface Neighbour {
  index: number;
  score: number;
  /** The shared term ids that weigh most, the largest contribution to the similarity first (empty past the first `explained`). */
  terms: number[];
}

/** A paper looks for candidates through this many of its strongest terms. */
const STRONG_TERMS = 24;
/** Each term lists only the papers it weighs most in. */
const POSTINGS_KEPT = 200;
/** Candidates whose exact similarity is computed. */
const CANDIDATES = 24;
/** Shared terms kept per neighbour, the weightiest: a few are shown as the reason, once words common everywhere are set aside. */
const SHARED_TERMS = 16;
/** Below this similarity two papers share too little to be called related. */
export const MIN_SIMILARITY = 0.08;

/**
 * The `count` most similar papers of every paper, by cosine similarity,
 * most similar first (ties: lower index first), never the paper itself.
 * Candidates come from an inverted index: a paper's STRONG_TERMS strongest
 * terms, each listing the POSTINGS_KEPT papers it weighs most in, so the
 * cost grows with the corpus, not with its square. The partial scores pick
 * CANDIDATES papers whose exact similarity is then computed.
 */
export function modelToNeighbours(model: TextModel, count = 5, explained = count): Neighbour[][] {
  const find = neighbourFinder(model, count, explained);
  return model.vectors.map((_, doc) => find(doc));
}

/**
 * The search of modelToNeighbours for one paper at a time, the index built
 * once: two threads can each take a share of the papers.
 */
export function neighbourFinder(model: Pick<TextModel, 'terms' | 'vectors'>, count = 5, explained = count): (doc: number) => Neighbour[] {
  const { vectors } = model;
  const postings = invertedIndex(vectors, model.terms.length);
  const scores = new Float64Array(vectors.length);
  // The paper's own weights spread over all terms, so a candidate's similarity is one pass over its terms.
  const dense = new Float64Array(model.terms.length);
  return (doc) => {
    const self = vectors[doc] ?? { ids: new Uint32Array(0), weights: new Float32Array(0) };
    const touched: number[] = [];
    for (const { id, weight } of strongestTerms(self)) {
      const end = postings.offsets[id + 1] ?? 0;
      for (let i = postings.offsets[id] ?? 0; i < end; i++) {
        const other = postings.docs[i] ?? 0;
        if (other === doc) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = (scores[other] ?? 0) + weight * (postings.weights[i] ?? 0);
      }
    }
    const candidates = strongestCandidates(touched, scores);
    for (const other of touched) scores[other] = 0;
    // Exact similarities for the candidates; the shared terms only for the few kept.
    for (let j = 0; j < self.ids.length; j++) dense[self.ids[j] ?? 0] = self.weights[j] ?? 0;
    const found = candidates
      .map(({ other }) => ({ index: other, score: dotDense(vectors[other], dense) }))
      .filter((n) => n.score >= MIN_SIMILARITY)
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, count)
      .map((n, rank) => ({ ...n, terms: rank < explained ? sharedTerms(vectors[n.index], dense) : [] }));
    for (let j = 0; j < self.ids.length; j++) dense[self.ids[j] ?? 0] = 0;
    return found;
  };
}

function dotDense(vector: SparseVector | undefined, dense: Float64Array): number {
  if (vector === undefined) return 0;
  const { ids, weights } = vector;
  let sum = 0;
  for (let j = 0; j < ids.length; j++) sum += (weights[j] ?? 0) * (dense[ids[j] ?? 0] ?? 0);
  return sum;
}

/** The SHARED_TERMS shared terms that contribute most to the similarity, largest first (ties: lower id). */
function sharedTerms(vector: SparseVector | undefined, dense: Float64Array): number[] {
  if (vector === undefined) return [];
  // A small sorted list, filled by insertion: most shared terms never enter it.
  const ids: number[] = [];
  const products: number[] = [];
  for (let j = 0; j < vector.ids.length; j++) {
    const id = vector.ids[j] ?? 0;
    const product = (vector.weights[j] ?? 0) * (dense[id] ?? 0);
    if (product <= 0 || (ids.length === SHARED_TERMS && product <= (products[SHARED_TERMS - 1] ?? 0))) continue;
    let at = ids.length;
    while (at > 0 && product > (products[at - 1] ?? 0)) at--;
    ids.splice(at, 0, id);
    products.splice(at, 0, product);
    if (ids.length > SHARED_TERMS) {
      ids.pop();
      products.pop();
    }
  }
  return ids;
}

/** The CANDIDATES papers with the largest partial scores (ties: lower index), kept in a small sorted list: no full sort. */
function strongestCandidates(touched: readonly number[], scores: Float64Array): { other: number; partial: number }[] {
  const best: { other: number; partial: number }[] = [];
  const before = (a: { other: number; partial: number }, b: { other: number; partial: number }): boolean =>
    a.partial > b.partial || (a.partial === b.partial && a.other < b.other);
  for (const other of touched) {
    const partial = scores[other] ?? 0;
    const last = best[best.length - 1];
    if (best.length === CANDIDATES && last !== undefined && (partial < last.partial || (partial === last.partial && other > last.other)))
      continue;
    const entry = { other, partial };
    let i = best.length;
    while (i > 0 && before(entry, best[i - 1] ?? entry)) i--;
    best.splice(i, 0, entry);
    if (best.length > CANDIDATES) best.pop();
  }
  return best;
}

/** For each term, the papers it weighs most in (at most POSTINGS_KEPT), as flat arrays: term t's entries are offsets[t]..offsets[t + 1]. */
function invertedIndex(
  vectors: readonly SparseVector[],
  width: number,
): { offsets: Uint32Array; docs: Uint32Array; weights: Float32Array } {
  const df = new Uint32Array(width);
  for (const { ids } of vectors) for (let j = 0; j < ids.length; j++) df[ids[j] ?? 0] = (df[ids[j] ?? 0] ?? 0) + 1;
  const all = new Uint32Array(width + 1);
  for (let t = 0; t < width; t++) all[t + 1] = (all[t] ?? 0) + (df[t] ?? 0);
  const docs = new Uint32Array(all[width] ?? 0);
  const weights = new Float32Array(docs.length);
  const fill = all.slice(0, width);
  for (const [doc, { ids, weights: w }] of vectors.entries()) {
    for (let j = 0; j < ids.length; j++) {
      const at = fill[ids[j] ?? 0] ?? 0;
      docs[at] = doc;
      weights[at] = w[j] ?? 0;
      fill[ids[j] ?? 0] = at + 1;
    }
  }
  // Keep the heaviest POSTINGS_KEPT entries of each long list (ties: lower index).
  const offsets = new Uint32Array(width + 1);
  const keptDocs = new Uint32Array(docs.length);
  const keptWeights = new Float32Array(docs.length);
  let size = 0;
  for (let t = 0; t < width; t++) {
    const start = all[t] ?? 0;
    const end = all[t + 1] ?? 0;
    let order = Array.from({ length: end - start }, (_, i) => start + i);
    if (order.length > POSTINGS_KEPT)
      order = order.sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || (docs[a] ?? 0) - (docs[b] ?? 0)).slice(0, POSTINGS_KEPT);
    for (const i of order) {
      keptDocs[size] = docs[i] ?? 0;
      keptWeights[size] = weights[i] ?? 0;
      size++;
    }
    offsets[t + 1] = size;
  }
  return { offsets, docs: keptDocs.slice(0, size), weights: keptWeights.slice(0, size) };
}

function strongestTerms(vector: SparseVector): { id: number; weight: number }[] {
  return Array.from(vector.ids, (id, i) => ({ id, weight: vector.weights[i] ?? 0 }))
    .sort((a, b) => b.weight - a.weight || a.id - b.id)
    .slice(0, STRONG_TERMS);
}
