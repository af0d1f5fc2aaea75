import { describe, expect, test } from 'vitest';
import { clusterPapers } from '../../../../src/lib/topics/cluster-papers.ts';
import { papersToTextModel } from '../../../../src/lib/text/papers-to-text-model.ts';
import { vectorsToConcepts } from '../../../../src/lib/text/vectors-to-concepts.ts';
import { partitionOf, subjectOf, TWO_SUBJECTS } from '../text/two-subjects.ts';

const model = papersToTextModel(TWO_SUBJECTS);
const concepts = vectorsToConcepts(model.vectors, model.terms.length, 8);
const everyone = TWO_SUBJECTS.map((_, i) => i);
const federated = everyone.filter((i) => subjectOf(i) === 0);
const blackHoles = everyone.filter((i) => subjectOf(i) === 1);
const loose = { min: 1, max: 100 };

describe('clusterPapers', () => {
  test.each([
    ['TF-IDF vectors', model.vectors],
    ['concept vectors', concepts],
  ] as const)('puts federated learning and black hole papers in two groups (%s)', (_kind, vectors) => {
    expect(clusterPapers(vectors, everyone, 2, loose)).toEqual([federated, blackHoles]);
  });

  test('groups only the papers it is given, each once', () => {
    const some = [1, 2, 5, 8, 9, 12, 13, 14];
    const groups = clusterPapers(model.vectors, some, 3, loose);
    expect(groups.flat().toSorted((a, b) => a - b)).toEqual(some);
  });

  test('returns the groups largest first (ties: lowest first paper), each ascending', () => {
    const groups = clusterPapers(model.vectors, everyone, 6, loose);
    for (const group of groups) expect(group).toEqual(group.toSorted((a, b) => a - b));
    for (let i = 1; i < groups.length; i++) {
      const [before, after] = [groups[i - 1] ?? [], groups[i] ?? []];
      expect(before.length > after.length || (before.length === after.length && (before[0] ?? 0) < (after[0] ?? 0))).toBe(true);
    }
  });

  test.each([2, 3, 4, 6])('makes no group larger than max = %i, and keeps the subjects apart', (max) => {
    const groups = clusterPapers(model.vectors, everyone, 2, { min: 1, max });
    expect(groups.flat()).toHaveLength(everyone.length);
    for (const group of groups) {
      expect(group.length).toBeLessThanOrEqual(max);
      expect(new Set(group.map(subjectOf)).size).toBe(1);
    }
  });

  test.each([2, 3, 5, 8])('makes no group smaller than min = %i, dissolving small ones into the nearest group', (min) => {
    const groups = clusterPapers(model.vectors, everyone, 8, { min, max: 100 });
    expect(groups.flat().toSorted((a, b) => a - b)).toEqual(everyone);
    for (const group of groups) {
      expect(group.length).toBeGreaterThanOrEqual(min);
      expect(new Set(group.map(subjectOf)).size).toBe(1);
    }
  });

  test('merges everything into one group when no two groups can reach min', () => {
    expect(clusterPapers(model.vectors, everyone, 2, { min: 9, max: 100 })).toEqual([everyone]);
  });

  test('keeps a group of identical papers that cannot be split, however large', () => {
    const same = Array.from({ length: 6 }, () => model.vectors[0] ?? { ids: new Uint32Array(), weights: new Float32Array() });
    expect(clusterPapers(same, [0, 1, 2, 3, 4, 5], 2, { min: 1, max: 2 })).toEqual([[0, 1, 2, 3, 4, 5]]);
  });

  test('gives the same groups for the same input', () => {
    const sizes = { min: 2, max: 5 };
    expect(clusterPapers(model.vectors, everyone, 4, sizes)).toEqual(clusterPapers(model.vectors, everyone, 4, sizes));
  });

  test.each([
    [2, loose],
    [4, loose],
    [2, { min: 1, max: 4 }],
    [8, { min: 3, max: 100 }],
  ])('gives the same partition for the papers in reverse order (k = %i, sizes %j)', (k, sizes) => {
    const forward = clusterPapers(model.vectors, everyone, k, sizes);
    const backward = clusterPapers(model.vectors, everyone.toReversed(), k, sizes);
    expect(partitionOf(backward)).toEqual(partitionOf(forward));
  });

  test('groups no papers into nothing', () => {
    expect(clusterPapers(model.vectors, [], 3, loose)).toEqual([]);
  });
});
