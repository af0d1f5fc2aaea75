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
export function clusterVectors(
  vectors: readonly SparseVector[],
  k: number,
  width: number,
  tries = STARTS,
  refinements = REFINEMENTS,
): number[] {
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
  if (best !== undefined && sample !== vectors) best = lloyd(vectors, best.centres, width, refinements);
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
  // Dense vectors (concepts) take the bounded path: the same clustering with far fewer products.
  const matrix = denseMatrix(vectors, width);
  if (matrix !== undefined) return boundedLloyd(vectors, matrix, start, width, iterations);
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

/**
 * Lloyd iterations over unit vectors held in a dense matrix, with Hamerly's
 * bounds (2010) in cosine terms: a centre that moves by δ changes a unit
 * vector's cosine to it by at most δ, so each vector keeps a lower bound on
 * its own centre's cosine and an upper bound on every other's, and is
 * compared with all centres again only when the bounds cross. Vectors
 * mostly stay put after the first iterations, so most are skipped.
 */
function boundedLloyd(
  vectors: readonly SparseVector[],
  matrix: Float64Array,
  start: Float64Array[],
  width: number,
  iterations: number,
): { assignment: Int32Array; fit: number; centres: Float64Array[] } {
  const n = vectors.length;
  const k = start.length;
  let centres = start;
  let flat = flatten(centres, width);
  const assignment = new Int32Array(n);
  const own = new Float64Array(n);
  const other = new Float64Array(n);
  for (let i = 0; i < n; i++) compareAll(matrix, i, flat, width, k, assignment, own, other);
  for (let iteration = 1; iteration < iterations; iteration++) {
    const next = meanDirections(vectors, assignment, k, width);
    const shift = next.map((centre, c) => distance(centre, centres[c] ?? centre));
    let largest = -1;
    let runnerUp = 0;
    for (const [c, d] of shift.entries()) {
      if (largest < 0 || d > (shift[largest] ?? 0)) {
        runnerUp = largest < 0 ? 0 : (shift[largest] ?? 0);
        largest = c;
      } else if (d > runnerUp) runnerUp = d;
    }
    centres = next;
    flat = flatten(centres, width);
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const a = assignment[i] as number;
      own[i] = (own[i] as number) - (shift[a] ?? 0);
      other[i] = (other[i] as number) + (a === largest ? runnerUp : (shift[largest] ?? 0));
      if ((own[i] as number) > (other[i] as number)) continue;
      compareAll(matrix, i, flat, width, k, assignment, own, other);
      if (assignment[i] !== a) moved++;
    }
    if (moved <= SETTLED * n) break;
  }
  let fit = 0;
  for (let i = 0; i < n; i++) {
    const row = i * width;
    const base = (assignment[i] as number) * width;
    for (let j = 0; j < width; j++) fit += (matrix[row + j] as number) * (flat[base + j] as number);
  }
  return { assignment, fit, centres };
}

/** Row i against every centre (flat, row-major): its nearest centre, that cosine, and the next best cosine. */
function compareAll(
  matrix: Float64Array,
  i: number,
  centres: Float64Array,
  width: number,
  k: number,
  assignment: Int32Array,
  own: Float64Array,
  other: Float64Array,
): void {
  const row = i * width;
  let best = -Infinity;
  let second = -Infinity;
  let index = 0;
  for (let c = 0; c < k; c++) {
    const base = c * width;
    let s = 0;
    for (let j = 0; j < width; j++) s += (matrix[row + j] as number) * (centres[base + j] as number);
    if (s > best) {
      second = best;
      best = s;
      index = c;
    } else if (s > second) second = s;
  }
  assignment[i] = index;
  own[i] = best;
  other[i] = second;
}

function distance(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += ((a[j] as number) - (b[j] ?? 0)) ** 2;
  return Math.sqrt(sum);
}

/** Dense vectors of one width as one row-major matrix; undefined if any vector is sparse. */
function denseMatrix(vectors: readonly SparseVector[], width: number): Float64Array | undefined {
  if (width === 0 || vectors.some((v) => v.ids.length !== width)) return undefined;
  const matrix = new Float64Array(vectors.length * width);
  for (const [i, v] of vectors.entries()) matrix.set(v.weights, i * width);
  return matrix;
}

function flatten(centres: readonly Float64Array[], width: number): Float64Array {
  const flat = new Float64Array(centres.length * width);
  for (const [c, centre] of centres.entries()) flat.set(centre.subarray(0, width), c * width);
  return flat;
}

/** The index and cosine of the centre nearest to a vector (ties: the lower index). */
export function nearestCentre(vector: SparseVector, centres: readonly Float64Array[]): { index: number; similarity: number } {
  // The hottest loop of the clustering: plain indices, the dot product inlined.
  const { ids, weights } = vector;
  const length = ids.length;
  let index = 0;
  let similarity = -Infinity;
  // A dense vector (every id, as concepts are) skips the lookup of ids.
  const dense = length > 0 && length === (centres[0]?.length ?? 0);
  for (let c = 0; c < centres.length; c++) {
    const centre = centres[c] as Float64Array;
    let s = 0;
    if (dense) for (let j = 0; j < length; j++) s += (weights[j] as number) * (centre[j] as number);
    else for (let j = 0; j < length; j++) s += (weights[j] as number) * (centre[ids[j] as number] as number);
    if (s > similarity) {
      index = c;
      similarity = s;
    }
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
  const length = ids.length;
  let sum = 0;
  if (length === dense.length) for (let j = 0; j < length; j++) sum += (weights[j] as number) * (dense[j] as number);
  else for (let j = 0; j < length; j++) sum += (weights[j] as number) * (dense[ids[j] as number] ?? 0);
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
