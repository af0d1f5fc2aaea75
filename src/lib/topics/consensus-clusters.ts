import { clusterPapers, type ClusterOptions, type GroupSizes } from './cluster-papers.ts';
import type { SparseVector } from '../text/papers-to-text-model.ts';

/**
 * The views the consensus reads: the concepts cut to these shares of their
 * dimensions (the strongest first). Fewer dimensions see broad subjects,
 * more see finer ones; each view's clustering errs in its own places.
 */
const VIEW_SHARES = [0.6, 0.7, 0.8, 0.9, 1];
/**
 * On a large shelf each view's centres are found on a sample (see
 * clusterVectors); every paper then joins its nearest centre in one pass,
 * as the consensus refines the groups in turn.
 */
const VIEW_REFINEMENTS = 1;

/**
 * Papers in about k groups that several clusterings agree on (a cluster
 * ensemble, Strehl and Ghosh 2002): the concepts are clustered once per
 * view, each paper becomes the unit vector of the groups it fell in, one per
 * view, and those vectors are clustered in turn, so papers that most views
 * put together end together. One clustering of one view hangs on where its
 * starts fall; the consensus of five agreed better with known categories on
 * every real corpus tried (Hugging Face reader groups, high-energy physics,
 * a mix of arXiv categories). Same contract as clusterPapers.
 */
export function clusterByConsensus(
  concepts: readonly SparseVector[],
  papers: readonly number[],
  k: number,
  sizes: GroupSizes,
  options: ClusterOptions = {},
): number[][] {
  const dimensions = papers.reduce((d, p) => Math.max(d, concepts[p]?.ids.length ?? 0), 0);
  const cuts = [...new Set(VIEW_SHARES.map((share) => Math.max(2, Math.round(share * dimensions))))];
  if (cuts.length < 2) return clusterPapers(concepts, papers, k, sizes, options);
  const views = cuts.map((cut) => {
    const view: SparseVector[] = [];
    for (const p of papers) view[p] = truncated(concepts[p], cut);
    const groupOf = new Map<number, number>();
    const groups = clusterPapers(view, papers, k, sizes, { ...options, refinements: VIEW_REFINEMENTS });
    for (const [g, members] of groups.entries()) for (const p of members) groupOf.set(p, g);
    return { groupOf, count: groups.length };
  });
  const weight = 1 / Math.sqrt(views.length);
  const agreement: SparseVector[] = [];
  for (const p of papers) {
    let offset = 0;
    const ids = views.map(({ groupOf, count }) => {
      const id = offset + (groupOf.get(p) ?? 0);
      offset += count;
      return id;
    });
    agreement[p] = { ids: Uint32Array.from(ids), weights: new Float32Array(ids.length).fill(weight) };
  }
  return clusterPapers(agreement, papers, k, sizes, options);
}

/** A concept vector's first `cut` coordinates, at unit length again. */
function truncated(vector: SparseVector | undefined, cut: number): SparseVector {
  if (vector === undefined) return { ids: new Uint32Array(), weights: new Float32Array() };
  let end = 0;
  while (end < vector.ids.length && (vector.ids[end] as number) < cut) end++;
  const weights = vector.weights.slice(0, end);
  let norm = 0;
  for (let j = 0; j < end; j++) norm += (weights[j] as number) ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < end; j++) weights[j] = (weights[j] as number) / norm;
  return { ids: vector.ids.slice(0, end), weights };
}
