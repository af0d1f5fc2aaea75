import { describe, expect, test } from 'vitest';
import { clusterVectors, dotDense, meanDirections, nearestCentre } from '../../../../src/lib/topics/cluster-vectors.ts';
import { papersToTextModel, type SparseVector } from '../../../../src/lib/text/papers-to-text-model.ts';
import { vectorsToConcepts } from '../../../../src/lib/text/vectors-to-concepts.ts';
import { assignmentToGroups, BLACK_HOLES, FEDERATED, partitionOf, subjectOf, TWO_SUBJECTS } from '../text/two-subjects.ts';

const model = papersToTextModel(TWO_SUBJECTS);
const width = model.terms.length;
const concepts = vectorsToConcepts(model.vectors, width, 8);

function dense(values: number[]): Float64Array {
  return Float64Array.from(values);
}

function sparse(values: Record<number, number>): SparseVector {
  const entries = Object.entries(values).map(([id, w]) => [Number(id), w] as const);
  return { ids: Uint32Array.from(entries, ([id]) => id), weights: Float32Array.from(entries, ([, w]) => w) };
}

describe('clusterVectors', () => {
  test.each([
    ['TF-IDF vectors', model.vectors, width],
    ['concept vectors', concepts, 8],
  ] as const)('puts federated learning and black hole papers in two clusters (%s)', (_kind, vectors, w) => {
    const assignment = clusterVectors(vectors, 2, w);
    expect(assignment.map((c) => c === assignment[0])).toEqual(TWO_SUBJECTS.map((_, i) => subjectOf(i) === subjectOf(0)));
  });

  test.each([
    ['two federated papers among eight on black holes', [...FEDERATED.slice(0, 2), ...BLACK_HOLES.slice(0, 8)], 2],
    ['two black-hole papers among eight on federated learning', [...FEDERATED.slice(0, 8), ...BLACK_HOLES.slice(0, 2)], 8],
  ] as const)('gives a small group far from the rest a cluster of its own: %s', (_case, papers, small) => {
    const few = papersToTextModel(papers);
    const assignment = clusterVectors(few.vectors, 2, few.terms.length);
    const first = assignment.slice(0, small);
    expect(new Set(first).size).toBe(1);
    expect(assignment.slice(small).every((c) => c !== first[0])).toBe(true);
  });

  test.each([1, 2, 3, 4, 6])('gives the same clusters for the same input (k = %i)', (k) => {
    expect(clusterVectors(model.vectors, k, width)).toEqual(clusterVectors(model.vectors, k, width));
  });

  test.each([1, 2, 3, 4, 6])('gives the same partition for the input reversed (k = %i)', (k) => {
    const forward = clusterVectors(model.vectors, k, width);
    const backward = clusterVectors(model.vectors.toReversed(), k, width).toReversed();
    expect(partitionOf(assignmentToGroups(backward))).toEqual(partitionOf(assignmentToGroups(forward)));
  });

  test.each([2, 3, 4])('gives the same partition of the concept vectors reversed (k = %i)', (k) => {
    const forward = clusterVectors(concepts, k, 8);
    const backward = clusterVectors(concepts.toReversed(), k, 8).toReversed();
    expect(partitionOf(assignmentToGroups(backward))).toEqual(partitionOf(assignmentToGroups(forward)));
  });

  test.each([1, 2, 3, 6, 16, 40])('numbers at most k = %i clusters by first member, none empty', (k) => {
    const assignment = clusterVectors(model.vectors, k, width);
    expect(assignment).toHaveLength(TWO_SUBJECTS.length);
    const numbers = [...new Set(assignment)];
    expect(numbers).toEqual(numbers.map((_, i) => i));
    expect(numbers.length).toBeLessThanOrEqual(k);
  });

  test('puts identical vectors in one cluster', () => {
    const twins = [...model.vectors, model.vectors[0] ?? sparse({})];
    for (const k of [2, 3, 4]) {
      const assignment = clusterVectors(twins, k, width);
      expect(assignment.at(-1)).toBe(assignment[0]);
    }
  });

  test.each([2, 3, 5, 8])(
    'groups dense vectors (skipping comparisons by their bounds) as comparing each with every centre would (k = %i)',
    (k) => {
      // 400 unit vectors in 6 dimensions, many between clusters, so Lloyd's iterations move vectors for a while.
      let seed = 7;
      const random = (): number => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 2 - 1;
      const vectors = Array.from({ length: 400 }, () => {
        const w = Float32Array.from({ length: 6 }, random);
        const norm = Math.hypot(...w);
        return { ids: Uint32Array.from({ length: 6 }, (_, j) => j), weights: w.map((x) => x / norm) };
      });
      // A width past the ids makes every vector sparse, so the plain path compares each vector with every centre.
      const padded = vectors.map((v) => ({ ids: Uint32Array.from([...v.ids, 6]), weights: Float32Array.from([...v.weights, 0]) }));
      expect(clusterVectors(vectors, k, 6)).toEqual(clusterVectors(padded, k, 8));
    },
  );

  test('clusters no vectors into nothing', () => {
    expect(clusterVectors([], 3, width)).toEqual([]);
  });
});

describe('meanDirections', () => {
  test('gives each cluster the unit-length mean of its vectors, and an empty cluster zeros', () => {
    const vectors = [sparse({ 0: 1 }), sparse({ 1: 1 }), sparse({ 2: 1 })];
    const [first, second, empty] = meanDirections(vectors, [0, 0, 1], 3, 3);
    expect([...(first ?? [])].map((x) => x.toFixed(6))).toEqual([Math.SQRT1_2, Math.SQRT1_2, 0].map((x) => x.toFixed(6)));
    expect([...(second ?? [])]).toEqual([0, 0, 1]);
    expect([...(empty ?? [])]).toEqual([0, 0, 0]);
  });
});

describe('nearestCentre', () => {
  test('finds the centre with the largest cosine, the lower index on a tie', () => {
    const centres = [dense([1, 0]), dense([0, 1]), dense([0, 1])];
    expect(nearestCentre(sparse({ 0: 0.6, 1: 0.8 }), centres)).toEqual({
      index: 1,
      similarity: dotDense(sparse({ 1: 0.8 }), dense([0, 1])),
    });
    expect(nearestCentre(sparse({ 0: 1 }), centres).index).toBe(0);
  });
});
