import { describe, expect, test } from 'vitest';
import { clusterByConsensus } from '../../../../src/lib/topics/consensus-clusters.ts';
import { papersToTextModel } from '../../../../src/lib/text/papers-to-text-model.ts';
import { vectorsToConcepts } from '../../../../src/lib/text/vectors-to-concepts.ts';
import { partitionOf, subjectOf, TWO_SUBJECTS } from '../text/two-subjects.ts';

const model = papersToTextModel(TWO_SUBJECTS);
const concepts = vectorsToConcepts(model.vectors, model.terms.length, 10);
const everyone = TWO_SUBJECTS.map((_, i) => i);
const loose = { min: 1, max: 100 };

describe('clusterByConsensus', () => {
  test('puts federated learning and black hole papers in two groups, as every view does', () => {
    const federated = everyone.filter((i) => subjectOf(i) === 0);
    const blackHoles = everyone.filter((i) => subjectOf(i) === 1);
    expect(clusterByConsensus(concepts, everyone, 2, loose)).toEqual([federated, blackHoles]);
  });

  test('groups only the papers it is given, each once, largest group first', () => {
    const some = [0, 2, 3, 7, 9, 11, 12, 15];
    const groups = clusterByConsensus(concepts, some, 3, loose);
    expect(groups.flat().toSorted((a, b) => a - b)).toEqual(some);
    for (let i = 1; i < groups.length; i++) expect((groups[i - 1] ?? []).length).toBeGreaterThanOrEqual((groups[i] ?? []).length);
  });

  test.each([2, 3, 4])('gives the same partition for the papers in reverse order (k = %i)', (k) => {
    const reversed = concepts.toReversed();
    const backward = clusterByConsensus(reversed, everyone, k, loose).map((g) => g.map((i) => everyone.length - 1 - i));
    expect(partitionOf(backward)).toEqual(partitionOf(clusterByConsensus(concepts, everyone, k, loose)));
  });

  test.each([2, 3, 5])('keeps every group within the sizes asked for (max %i)', (max) => {
    const groups = clusterByConsensus(concepts, everyone, 2, { min: 1, max });
    for (const group of groups) expect(group.length).toBeLessThanOrEqual(max);
  });
});
