import type { SparseVector } from './papers-to-text-model.ts';

/** Concepts kept: enough to tell fields and subjects apart, few enough to cluster fast. */
export const CONCEPTS = 50;
/** Extra directions sampled beyond CONCEPTS, and power iterations: the usual randomized-SVD settings. */
const OVERSAMPLING = 10;
const POWER_ITERATIONS = 2;
/** The fixed seed of the random projection: the same vectors always give the same concepts. */
const SEED = 0x5eed;
/** Papers the concepts are learnt from; every paper is then projected on them. */
const SAMPLE = 8000;

/**
 * Latent semantic analysis: each vector projected on the strongest
 * `dimensions` right singular directions of the term matrix (so its
 * coordinates are those of U·S), then normalised, so that papers using
 * different words for one subject ("LLM", "language model") come close.
 * The directions come from randomized SVD (Halko, Martinsson and Tropp 2011)
 * with a fixed seed, over at most SAMPLE vectors taken evenly through the
 * list, and an exact eigensolve of the small projected matrix. Returns dense
 * unit vectors as SparseVectors with ids 0..dimensions-1, so the clustering
 * reads both kinds.
 */
export function vectorsToConcepts(vectors: readonly SparseVector[], width: number, dimensions = CONCEPTS): SparseVector[] {
  const sample =
    vectors.length <= SAMPLE
      ? vectors
      : Array.from({ length: SAMPLE }, (_, j) => vectors[Math.floor((j * vectors.length) / SAMPLE)] ?? EMPTY);
  const n = sample.length;
  const rank = Math.min(dimensions + OVERSAMPLING, n, width);
  if (rank === 0) return vectors.map(() => EMPTY);
  const random = seededRandom(SEED);
  const omega = new Float64Array(width * rank);
  for (let i = 0; i < omega.length; i++) omega[i] = random() - 0.5;

  // Range finder: Q (n × rank) spans the dominant columns of A (n × width), refined by power iterations.
  let q = orthonormalise(multiply(sample, omega, rank), n, rank);
  for (let i = 0; i < POWER_ITERATIONS; i++)
    q = orthonormalise(multiply(sample, multiplyTransposed(sample, q, width, rank), rank), n, rank);

  // Qᵀ A Aᵀ Q is small (rank × rank): its eigenvectors rotate Q onto A's left singular directions, its eigenvalues are σ².
  const w = multiplyTransposed(sample, q, width, rank);
  const aw = multiply(sample, w, rank);
  const gram = Array.from({ length: rank }, (_, a) =>
    Array.from({ length: rank }, (_, b) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += (q[i * rank + a] ?? 0) * (aw[i * rank + b] ?? 0);
      return sum;
    }),
  );
  const { values, vectors: rotation } = symmetricEigen(gram);
  const order = values
    .map((value, index) => ({ value, index }))
    .filter((e) => e.value > 1e-12)
    .sort((x, y) => y.value - x.value || x.index - y.index)
    .slice(0, Math.min(dimensions, rank));

  // Right singular directions V = Aᵀ Q R / σ (width × d); every paper's coordinates are a · V.
  const d = order.length;
  // The kept eigenvectors as one flat array (column c at c·rank): this loop runs width × d × rank times.
  const kept = new Float64Array(d * rank);
  for (const [c, { index }] of order.entries()) for (let r = 0; r < rank; r++) kept[c * rank + r] = rotation[r]?.[index] ?? 0;
  const scale = order.map(({ value }) => Math.sqrt(value));
  const right = new Float64Array(width * d);
  for (let t = 0; t < width; t++) {
    const row = t * rank;
    for (let c = 0; c < d; c++) {
      const column = c * rank;
      let sum = 0;
      for (let r = 0; r < rank; r++) sum += (w[row + r] ?? 0) * (kept[column + r] ?? 0);
      right[t * d + c] = sum / (scale[c] ?? 1);
    }
  }
  const coordinates = multiply(vectors, right, d);
  const ids = Uint32Array.from({ length: d }, (_, i) => i);
  return vectors.map((_, doc) => {
    const z = coordinates.subarray(doc * d, doc * d + d);
    let norm = 0;
    for (const x of z) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    return { ids, weights: Float32Array.from(z, (x) => x / norm) };
  });
}

const EMPTY: SparseVector = { ids: new Uint32Array(), weights: new Float32Array() };

/** A · X for the sparse rows A and X (width × rank, row-major): n × rank, row-major. */
function multiply(rows: readonly SparseVector[], x: Float64Array, rank: number): Float64Array {
  const out = new Float64Array(rows.length * rank);
  for (const [i, { ids, weights }] of rows.entries()) {
    const base = i * rank;
    for (let j = 0; j < ids.length; j++) {
      const w = weights[j] ?? 0;
      const from = (ids[j] ?? 0) * rank;
      for (let c = 0; c < rank; c++) out[base + c] = (out[base + c] ?? 0) + w * (x[from + c] ?? 0);
    }
  }
  return out;
}

/** Aᵀ · Y for the sparse rows A and Y (n × rank, row-major): width × rank, row-major. */
function multiplyTransposed(rows: readonly SparseVector[], y: Float64Array, width: number, rank: number): Float64Array {
  const out = new Float64Array(width * rank);
  for (const [i, { ids, weights }] of rows.entries()) {
    const base = i * rank;
    for (let j = 0; j < ids.length; j++) {
      const w = weights[j] ?? 0;
      const to = (ids[j] ?? 0) * rank;
      for (let c = 0; c < rank; c++) out[to + c] = (out[to + c] ?? 0) + w * (y[base + c] ?? 0);
    }
  }
  return out;
}

/** The columns of an n × rank row-major matrix made orthonormal (modified Gram–Schmidt); a vanishing column stays zero. */
function orthonormalise(matrix: Float64Array, n: number, rank: number): Float64Array {
  const columns = Array.from({ length: rank }, (_, c) => {
    const column = new Float64Array(n);
    for (let i = 0; i < n; i++) column[i] = matrix[i * rank + c] ?? 0;
    return column;
  });
  for (const [a, column] of columns.entries()) {
    for (let b = 0; b < a; b++) {
      const other = columns[b];
      if (other === undefined) continue;
      const projection = dot(column, other);
      for (let i = 0; i < n; i++) column[i] = (column[i] ?? 0) - projection * (other[i] ?? 0);
    }
    const norm = Math.sqrt(dot(column, column));
    for (let i = 0; i < n; i++) column[i] = norm > 1e-12 ? (column[i] ?? 0) / norm : 0;
  }
  const out = new Float64Array(n * rank);
  for (const [c, column] of columns.entries()) for (let i = 0; i < n; i++) out[i * rank + c] = column[i] ?? 0;
  return out;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/** Eigenvalues and eigenvectors (as columns) of a small symmetric matrix, by cyclic Jacobi rotations. */
export function symmetricEigen(matrix: readonly (readonly number[])[]): { values: number[]; vectors: number[][] } {
  const n = matrix.length;
  const a = matrix.map((row) => [...row]);
  const v = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  const at = (m: number[][], i: number, j: number): number => m[i]?.[j] ?? 0;
  const set = (m: number[][], i: number, j: number, x: number): void => {
    const row = m[i];
    if (row !== undefined) row[j] = x;
  };
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let r = p + 1; r < n; r++) off += at(a, p, r) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let r = p + 1; r < n; r++) {
        const apr = at(a, p, r);
        if (Math.abs(apr) < 1e-300) continue;
        const theta = (at(a, r, r) - at(a, p, p)) / (2 * apr);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = at(a, k, p);
          const akr = at(a, k, r);
          set(a, k, p, c * akp - s * akr);
          set(a, k, r, s * akp + c * akr);
        }
        for (let k = 0; k < n; k++) {
          const apk = at(a, p, k);
          const ark = at(a, r, k);
          set(a, p, k, c * apk - s * ark);
          set(a, r, k, s * apk + c * ark);
        }
        for (let k = 0; k < n; k++) {
          const vkp = at(v, k, p);
          const vkr = at(v, k, r);
          set(v, k, p, c * vkp - s * vkr);
          set(v, k, r, s * vkp + c * vkr);
        }
      }
    }
  }
  return { values: a.map((row, i) => row[i] ?? 0), vectors: v };
}

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
