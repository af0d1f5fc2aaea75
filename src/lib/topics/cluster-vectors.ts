import type { SparseVector } from '../text/papers-to-text-model.ts';

/** Lloyd iterations at most; clusterings settle long before. */
const MAX_ITERATIONS = 30;
/** Stop once an iteration moves fewer than this share of the vectors. */
const SETTLED = 0.002;
/** Starts tried; the clustering with the closest fit wins. */
const STARTS = 4;
/** Starts are tried on at most this many vectors (taken evenly through the list); the winner is then refined on all. */
const SAMPLE = 4000;
/** Lloyd iterations on all vectors after the sample. */
const REFINEMENTS = 6;

/**
 * Spherical k-means: groups unit vectors into at most k clusters by cosine
 * similarity to the clusters' mean directions, and returns each vector's
 * cluster (0..k-1, numbered by first member, with no empty cluster).
 *
 * No randomness: STARTS runs, the s-th starting from the s-th densest
 * vector (nearest the mean direction), each next centre the vector that best
 * combines density with distance from the centres chosen so far (a
 * deterministic k-means++), the last run by distance alone (so a small group
 * far from the rest gets a centre too); the run whose vectors lie closest to
 * their centres wins (ties: the earlier start). Starts depend on the vectors'
 * content, so a few papers more or less move few centres, and the input
 * order matters only to break exact ties.
 */
export function clusterVectors(vectors: readonly SparseVector[], k: number, width: number, tries = STARTS): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  const count = Math.max(1, Math.min(k, n));
  const sample = n <= SAMPLE ? vectors : Array.from({ length: SAMPLE }, (_, j) => vectors[Math.floor((j * n) / SAMPLE)] ?? EMPTY);
  const mean = meanDirections(sample, new Int32Array(sample.length), 1, width)[0] ?? new Float64Array(width);
  const density = sample.map((v) => Math.max(0, dotDense(v, mean)));
  const densest = density.map((d, i) => ({ d, i })).sort((a, b) => b.d - a.d || a.i - b.i);
  let best: { assignment: Int32Array; fit: number; centres: Float64Array[] } | undefined;
  const starts = Math.min(count === 1 ? 1 : tries, sample.length);
  const flat = sample.map(() => 1);
  for (let start = 0; start < starts; start++) {
    const weights = start === starts - 1 && start > 0 ? flat : density;
    const run = lloyd(sample, seedCentres(sample, weights, density, densest[start]?.i ?? 0, count, width), width, MAX_ITERATIONS);
    if (best === undefined || run.fit > best.fit + 1e-9) best = run;
  }
  if (best !== undefined && sample !== vectors) best = lloyd(vectors, best.centres, width, REFINEMENTS);
  return renumber(best?.assignment ?? new Int32Array(n));
}

const EMPTY: SparseVector = { ids: new Uint32Array(), weights: new Float32Array() };

/** Lloyd iterations from some centres: the assignment, its fit (the summed cosine of each vector to its centre) and the centres. */
function lloyd(
  vectors: readonly SparseVector[],
  start: Float64Array[],
  width: number,
  iterations: number,
): { assignment: Int32Array; fit: number; centres: Float64Array[] } {
  let centres = start;
  let assignment = new Int32Array(vectors.length).fill(-1);
  let fit = 0;
  for (let iteration = 0; iteration < iterations; iteration++) {
    const nearest = vectors.map((v) => nearestCentre(v, centres));
    const moved = nearest.filter((c, i) => c.index !== assignment[i]).length;
    assignment = Int32Array.from(nearest, (c) => c.index);
    fit = nearest.reduce((sum, c) => sum + c.similarity, 0);
    if (moved <= SETTLED * vectors.length) break;
    centres = meanDirections(vectors, assignment, centres.length, width);
  }
  return { assignment, fit, centres };
}

/** The index and cosine of the centre nearest to a vector (ties: the lower index). */
export function nearestCentre(vector: SparseVector, centres: readonly Float64Array[]): { index: number; similarity: number } {
  let index = 0;
  let similarity = -Infinity;
  for (const [c, centre] of centres.entries()) {
    const s = dotDense(vector, centre);
    if (s > similarity) [index, similarity] = [c, s];
  }
  return { index, similarity };
}

/** The unit-length mean direction of each cluster's vectors (zero for an empty cluster). */
export function meanDirections(vectors: readonly SparseVector[], assignment: ArrayLike<number>, k: number, width: number): Float64Array[] {
  const centres = Array.from({ length: k }, () => new Float64Array(width));
  for (const [i, vector] of vectors.entries()) {
    const centre = centres[assignment[i] ?? -1];
    if (centre === undefined) continue;
    const { ids, weights } = vector;
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j] ?? 0;
      centre[id] = (centre[id] ?? 0) + (weights[j] ?? 0);
    }
  }
  for (const centre of centres) {
    let norm = 0;
    for (const x of centre) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < centre.length; i++) centre[i] = (centre[i] ?? 0) / norm;
  }
  return centres;
}

/** The dot product of a sparse and a dense vector. */
export function dotDense(vector: SparseVector, dense: Float64Array): number {
  const { ids, weights } = vector;
  let sum = 0;
  for (let j = 0; j < ids.length; j++) sum += (weights[j] ?? 0) * (dense[ids[j] ?? 0] ?? 0);
  return sum;
}

/**
 * The first centres: the given vector, then repeatedly the vector maximising
 * its weight times its distance (1 - cosine) to the nearest chosen centre;
 * equal scores go to the denser vector, so the order of the input matters
 * only between vectors alike in both.
 */
function seedCentres(
  vectors: readonly SparseVector[],
  weight: readonly number[],
  density: readonly number[],
  first: number,
  k: number,
  width: number,
): Float64Array[] {
  const distance = new Float64Array(vectors.length).fill(1);
  const centres: Float64Array[] = [];
  for (let c = 0; c < k; c++) {
    let best = first;
    let bestScore = c === 0 ? Infinity : -Infinity;
    for (let i = 0; c > 0 && i < vectors.length; i++) {
      const score = (distance[i] ?? 0) * ((weight[i] ?? 0) + 1e-9);
      if (score > bestScore || (score === bestScore && (density[i] ?? 0) > (density[best] ?? 0))) [best, bestScore] = [i, score];
    }
    const chosen = vectors[best];
    if (chosen === undefined || (c > 0 && bestScore <= 1e-9)) break;
    const centre = new Float64Array(width);
    for (let j = 0; j < chosen.ids.length; j++) centre[chosen.ids[j] ?? 0] = chosen.weights[j] ?? 0;
    centres.push(centre);
    for (let i = 0; i < vectors.length; i++) {
      const v = vectors[i];
      if (v !== undefined) distance[i] = Math.min(distance[i] ?? 1, 1 - dotDense(v, centre));
    }
  }
  return centres;
}

/** Cluster numbers in order of first appearance, so equal partitions get equal numbers. */
function renumber(assignment: Int32Array): number[] {
  const numbers = new Map<number, number>();
  return Array.from(assignment, (c) => {
    let number = numbers.get(c);
    if (number === undefined) numbers.set(c, (number = numbers.size));
    return number;
  });
}
