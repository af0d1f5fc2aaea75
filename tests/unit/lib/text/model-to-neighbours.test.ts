import { describe, expect, test } from 'vitest';
import { MIN_SIMILARITY, modelToNeighbours } from '../../../../src/lib/text/model-to-neighbours.ts';
import { papersToTextModel, type SparseVector, type TextModel } from '../../../../src/lib/text/papers-to-text-model.ts';

/** A unit vector from term id → weight. */
function vector(weights: Record<number, number>): SparseVector {
  const entries = Object.entries(weights)
    .map(([id, w]) => [Number(id), w] as const)
    .sort((a, b) => a[0] - b[0]);
  const norm = Math.hypot(...entries.map(([, w]) => w));
  return { ids: Uint32Array.from(entries, ([id]) => id), weights: Float32Array.from(entries, ([, w]) => w / norm) };
}

/** A model over the terms t0, t1, … with the given vectors. */
function modelOf(vectors: SparseVector[]): TextModel {
  const width = vectors.reduce((w, v) => Math.max(w, (v.ids.at(-1) ?? -1) + 1), 0);
  const terms = Array.from({ length: width }, (_, i) => `t${i}`);
  return { terms, surfaces: terms, df: new Uint32Array(width), vectors };
}

const papers = [
  { title: 'Federated Learning under Client Drift', abstract: 'Federated learning clients drift apart on non-IID data.' },
  { title: 'Black Hole Thermodynamics', abstract: 'The entropy of a black hole and its Hawking radiation.' },
  { title: 'Optimal Transport for Domain Adaptation', abstract: 'Optimal transport maps the source domain to the target domain.' },
  {
    title: 'Correcting Client Drift in Federated Learning',
    abstract: 'Client drift slows federated learning; a control variate corrects it.',
  },
  { title: 'Entropy of Rotating Black Holes', abstract: 'Hawking radiation carries the entropy of a rotating black hole.' },
  { title: 'Unbalanced Optimal Transport', abstract: 'Optimal transport between measures of unequal mass, for domain adaptation.' },
];

describe('modelToNeighbours', () => {
  const model = papersToTextModel(papers);
  const neighbours = modelToNeighbours(model);

  test.each([
    [0, 3],
    [1, 4],
    [2, 5],
    [3, 0],
    [4, 1],
    [5, 2],
  ])('finds paper %i most similar to paper %i on the same subject', (paper, expected) => {
    expect(neighbours[paper]?.[0]?.index).toBe(expected);
  });

  test('lists no paper on another subject', () => {
    const subject = (i: number): number => i % 3;
    for (const [paper, found] of neighbours.entries()) for (const n of found) expect(subject(n.index)).toBe(subject(paper));
  });

  test('scores a neighbour by the cosine similarity of the two vectors', () => {
    const [a, b] = [model.vectors[0], model.vectors[3]];
    let cosine = 0;
    for (const [j, id] of (a?.ids ?? []).entries()) {
      const k = b?.ids.indexOf(id) ?? -1;
      if (k >= 0) cosine += (a?.weights[j] ?? 0) * (b?.weights[k] ?? 0);
    }
    expect(neighbours[0]?.[0]?.score).toBeCloseTo(cosine, 6);
  });

  test('explains a neighbour by shared terms, the largest contribution first', () => {
    const found = neighbours[0]?.[0];
    const [a, b] = [model.vectors[0], model.vectors[3]];
    const contribution = (id: number): number =>
      (a?.weights[a.ids.indexOf(id)] ?? 0) * (b?.ids.includes(id) === true ? (b.weights[b.ids.indexOf(id)] ?? 0) : 0);
    const terms = found?.terms ?? [];
    expect(terms.map((id) => model.terms[id])).toEqual(expect.arrayContaining(['client drift', 'feder learn']));
    for (const id of terms) expect(contribution(id)).toBeGreaterThan(0);
    for (let i = 1; i < terms.length; i++) expect(contribution(terms[i] ?? 0)).toBeLessThanOrEqual(contribution(terms[i - 1] ?? 0));
  });

  test('never lists a paper as its own neighbour, even beside an identical copy', () => {
    const twins = modelToNeighbours(papersToTextModel([...papers, papers[0] ?? { title: '', abstract: '' }]), 10);
    for (const [paper, found] of twins.entries()) expect(found.map((n) => n.index)).not.toContain(paper);
    expect(twins[0]?.[0]).toMatchObject({ index: papers.length });
    expect(twins[0]?.[0]?.score).toBeCloseTo(1, 6);
    expect(twins[papers.length]?.[0]?.index).toBe(0);
  });

  test('orders neighbours by score, most similar first', () => {
    const graded = modelToNeighbours(
      modelOf([vector({ 0: 1 }), vector({ 0: 0.3, 1: 1 }), vector({ 0: 1, 2: 0.2 }), vector({ 0: 0.6, 3: 0.8 })]),
    );
    expect(graded[0]?.map((n) => n.index)).toEqual([2, 3, 1]);
    const scores = graded[0]?.map((n) => n.score) ?? [];
    expect(scores).toEqual(scores.toSorted((a, b) => b - a));
  });

  test('orders papers with equal scores by index, lower first', () => {
    const tied = modelToNeighbours(
      modelOf([vector({ 0: 0.6, 3: 0.8 }), vector({ 0: 0.6, 2: 0.8 }), vector({ 0: 1 }), vector({ 0: 0.6, 1: 0.8 })]),
    );
    expect(tied[2]?.map((n) => n.index)).toEqual([0, 1, 3]);
    expect(new Set(tied[2]?.map((n) => n.score)).size).toBe(1);
  });

  test('lists at most `count` neighbours', () => {
    const crowd = modelOf(Array.from({ length: 12 }, (_, i) => vector({ 0: 1, [i + 1]: 0.5 })));
    for (const count of [0, 1, 3, 11]) for (const found of modelToNeighbours(crowd, count)) expect(found).toHaveLength(count);
    for (const found of modelToNeighbours(crowd, 50)) expect(found).toHaveLength(11);
  });

  test('gives shared terms only to the first `explained` neighbours', () => {
    const crowd = modelOf(Array.from({ length: 6 }, (_, i) => vector({ 0: 1, [i + 1]: 0.5 })));
    for (const found of modelToNeighbours(crowd, 4, 2)) {
      expect(found.map((n) => n.terms)).toEqual([[0], [0], [], []]);
    }
  });

  test(`leaves out papers less similar than ${MIN_SIMILARITY}`, () => {
    const faint = modelToNeighbours(modelOf([vector({ 0: 1 }), vector({ 0: 0.05, 1: 1 }), vector({ 0: 0.5, 2: 1 })]));
    expect(faint[0]?.map((n) => n.index)).toEqual([2]);
    expect(faint[1]).toEqual([]);
  });

  test('finds the paper sharing a rare term among many sharing a common one', () => {
    const many = [
      vector({ 0: 0.3, 1: 1 }),
      ...Array.from({ length: 40 }, (_, i) => vector({ 0: 1, [i + 2]: 1 })),
      vector({ 1: 1, 100: 1 }),
    ];
    const found = modelToNeighbours(modelOf(many), 3);
    expect(found[0]?.[0]?.index).toBe(many.length - 1);
    expect(found[many.length - 1]?.map((n) => n.index)).toEqual([0]);
  });

  test('gives a paper with an empty vector no neighbours', () => {
    const empty = modelToNeighbours(modelOf([vector({ 0: 1 }), { ids: new Uint32Array(), weights: new Float32Array() }, vector({ 0: 1 })]));
    expect(empty[1]).toEqual([]);
    expect(empty[0]?.map((n) => n.index)).toEqual([2]);
  });
});
