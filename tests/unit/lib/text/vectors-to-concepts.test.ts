import { describe, expect, test } from 'vitest';
import { papersToTextModel, type SparseVector } from '../../../../src/lib/text/papers-to-text-model.ts';
import { seededRandom, symmetricEigen, vectorsToConcepts } from '../../../../src/lib/text/vectors-to-concepts.ts';
import { subjectOf, TWO_SUBJECTS } from './two-subjects.ts';

const model = papersToTextModel(TWO_SUBJECTS);
const width = model.terms.length;
const EMPTY: SparseVector = { ids: new Uint32Array(), weights: new Float32Array() };

/** The cosine of two unit SparseVectors. */
function cosine(a: SparseVector | undefined, b: SparseVector | undefined): number {
  let sum = 0;
  for (const [j, id] of (a?.ids ?? []).entries()) {
    const k = b?.ids.indexOf(id) ?? -1;
    if (k >= 0) sum += (a?.weights[j] ?? 0) * (b?.weights[k] ?? 0);
  }
  return sum;
}

/** Mean cosine over pairs of distinct papers, of the same subject or of different ones. */
function meanCosines(vectors: readonly SparseVector[]): { same: number; different: number } {
  const same: number[] = [];
  const different: number[] = [];
  for (let i = 0; i < vectors.length; i++)
    for (let j = i + 1; j < vectors.length; j++) (subjectOf(i) === subjectOf(j) ? same : different).push(cosine(vectors[i], vectors[j]));
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  return { same: mean(same), different: mean(different) };
}

describe('vectorsToConcepts', () => {
  test.each([1, 2, 5, 8])('gives every paper a unit vector of %i dimensions', (dimensions) => {
    const concepts = vectorsToConcepts(model.vectors, width, dimensions);
    expect(concepts).toHaveLength(model.vectors.length);
    for (const { ids, weights } of concepts) {
      expect([...ids]).toEqual(Array.from({ length: dimensions }, (_, i) => i));
      expect(weights).toHaveLength(dimensions);
      expect(Math.hypot(...weights)).toBeCloseTo(1, 5);
    }
  });

  test('gives the same concepts every time, to the bit', () => {
    expect(vectorsToConcepts(model.vectors, width, 8)).toEqual(vectorsToConcepts(model.vectors, width, 8));
  });

  test('gives every paper the same concepts whatever the paper order', () => {
    const forward = vectorsToConcepts(model.vectors, width, 5);
    const backward = vectorsToConcepts(model.vectors.toReversed(), width, 5).toReversed();
    for (const [i, vector] of forward.entries()) {
      for (const [c, weight] of vector.weights.entries()) expect(backward[i]?.weights[c]).toBeCloseTo(weight, 5);
    }
  });

  test('never gives more dimensions than there are papers', () => {
    const concepts = vectorsToConcepts(model.vectors, width);
    for (const { ids } of concepts) expect(ids).toHaveLength(TWO_SUBJECTS.length);
  });

  test('keeps every cosine when it keeps as many dimensions as there are papers', () => {
    const concepts = vectorsToConcepts(model.vectors, width);
    for (let i = 0; i < concepts.length; i++)
      for (let j = 0; j < concepts.length; j++)
        expect(cosine(concepts[i], concepts[j])).toBeCloseTo(cosine(model.vectors[i], model.vectors[j]), 4);
  });

  test('brings the papers of one subject together with two concepts, and keeps the subjects apart', () => {
    const words = meanCosines(model.vectors);
    const concepts = meanCosines(vectorsToConcepts(model.vectors, width, 2));
    expect(concepts.same).toBeGreaterThan(0.9);
    expect(concepts.same).toBeGreaterThan(words.same);
    expect(concepts.different).toBeLessThan(0.3);
  });

  test('gives a paper without terms a zero vector', () => {
    const concepts = vectorsToConcepts([...model.vectors, EMPTY], width, 3);
    expect([...(concepts.at(-1)?.weights ?? [])]).toEqual([0, 0, 0]);
  });

  test('gives no concepts to no papers, and empty vectors when there are no terms', () => {
    expect(vectorsToConcepts([], width)).toEqual([]);
    expect(vectorsToConcepts([EMPTY, EMPTY], 0)).toEqual([EMPTY, EMPTY]);
  });
});

describe('symmetricEigen', () => {
  test.each([
    [
      [
        [2, 1],
        [1, 2],
      ],
      [1, 3],
    ],
    [
      [
        [4, 0, 0],
        [0, -1, 0],
        [0, 0, 2],
      ],
      [-1, 2, 4],
    ],
    [
      [
        [6, 2, 1],
        [2, 3, 1],
        [1, 1, 1],
      ],
      // The roots of λ³ - 10λ² + 21λ - 9.
      [0.5789, 2.1331, 7.288],
    ],
  ])('finds the eigenvalues of %j and eigenvectors with A v = λ v', (matrix, expected) => {
    const { values, vectors } = symmetricEigen(matrix);
    expect(values.toSorted((a, b) => a - b).map((v) => Number(v.toFixed(4)))).toEqual(expected.map((v) => Number(v.toFixed(4))));
    for (const [k, value] of values.entries()) {
      const v = vectors.map((row) => row[k] ?? 0);
      expect(Math.hypot(...v)).toBeCloseTo(1, 10);
      for (const [i, row] of matrix.entries()) expect(row.reduce((s, a, j) => s + a * (v[j] ?? 0), 0)).toBeCloseTo(value * (v[i] ?? 0), 10);
    }
  });
});

describe('seededRandom', () => {
  test('repeats its sequence for a seed and stays in [0, 1)', () => {
    const [a, b] = [seededRandom(42), seededRandom(42)];
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(new Set(xs).size).toBe(xs.length);
  });

  test('gives another sequence for another seed', () => {
    const [a, b] = [seededRandom(1), seededRandom(2)];
    expect(Array.from({ length: 5 }, () => a())).not.toEqual(Array.from({ length: 5 }, () => b()));
  });
});
