import { describe, expect, test } from 'vitest';
import { MIN_DF, papersToTextModel, TITLE_WEIGHT, type TextModel } from '../../../../src/lib/text/papers-to-text-model.ts';

const corpus = [
  {
    title: 'Federated Learning with Non-IID Data',
    abstract: 'Federated learning trains LLM agents on many clients. Client drift hurts federated learning under non-IID data.',
  },
  {
    title: 'Client Drift in Federated Optimization',
    abstract: 'We study client drift when an LLM is trained by federated learning.',
  },
  {
    title: 'Optimal Transport for Domain Adaptation',
    abstract: 'Optimal transport aligns the source and target distributions; an LLM judges the result.',
  },
  {
    title: 'Black Holes and Dark Matter',
    abstract: 'Dark matter halos around black holes emit Hawking radiation.',
  },
  {
    title: 'Dark Matter Halos',
    abstract: 'Black holes at the centre of dark matter halos. Optimal transport is not used.',
  },
];

/** A paper's weights by term key. */
function weightsOf(model: TextModel, paper: number): Map<string, number> {
  const vector = model.vectors[paper];
  if (vector === undefined) throw new Error(`no paper ${paper}`);
  return new Map(Array.from(vector.ids, (id, j) => [model.terms[id] ?? '', vector.weights[j] ?? 0]));
}

function surfaceOf(model: TextModel, term: string): string | undefined {
  const id = model.terms.indexOf(term);
  return id === -1 ? undefined : model.surfaces[id];
}

describe('papersToTextModel', () => {
  const model = papersToTextModel(corpus);

  test('keeps exactly the unigrams and bigrams found in at least two papers', () => {
    expect(model.terms).toEqual([
      'black',
      'black hole',
      'client',
      'client drift',
      'dark',
      'dark matter',
      'drift',
      'feder',
      'feder learn',
      'halo',
      'hole',
      'learn',
      'llm',
      'matter',
      'matter halo',
      'optim',
      'optim transport',
      'train',
      'transport',
    ]);
  });

  test.each([
    ['a compound in one paper only', 'non-iid'],
    ['its part', 'iid'],
    ['a word in one paper only', 'hawk'],
    ['a bigram in one paper only', 'train llm'],
  ])('leaves out %s (%j)', (_what, term) => {
    expect(model.terms).not.toContain(term);
  });

  test('counts in df the papers that contain each term', () => {
    for (const [id, df] of model.df.entries()) {
      expect(df).toBeGreaterThanOrEqual(MIN_DF);
      expect(model.vectors.filter((v) => v.ids.includes(id))).toHaveLength(df);
    }
    expect(model.df[model.terms.indexOf('llm')]).toBe(3);
  });

  test('gives every paper a vector of unit length with ascending term ids', () => {
    expect(model.vectors).toHaveLength(corpus.length);
    for (const { ids, weights } of model.vectors) {
      expect(ids.length).toBe(weights.length);
      expect(Math.hypot(...weights)).toBeCloseTo(1, 6);
      for (let j = 1; j < ids.length; j++) expect(ids[j]).toBeGreaterThan(ids[j - 1] ?? Infinity);
    }
  });

  test('gives a paper sharing no term with the others an empty vector', () => {
    const lonely = papersToTextModel([...corpus, { title: 'Protein Folding', abstract: 'Amino acid chains fold.' }]);
    const vector = lonely.vectors[corpus.length];
    expect(vector?.ids).toHaveLength(0);
    expect(vector?.weights).toHaveLength(0);
  });

  test(`weighs a title word ${TITLE_WEIGHT} times an abstract word: (1 + ln 2) times as much`, () => {
    const swapped = papersToTextModel([
      { title: 'Graph kernels', abstract: 'spectral clustering' },
      { title: 'Spectral clustering', abstract: 'graph kernels' },
    ]);
    const first = weightsOf(swapped, 0);
    expect((first.get('graph') ?? 0) / (first.get('spectral') ?? 1)).toBeCloseTo(1 + Math.log(TITLE_WEIGHT), 5);
    expect((first.get('graph kernel') ?? 0) / (first.get('spectral cluster') ?? 1)).toBeCloseTo(1 + Math.log(TITLE_WEIGHT), 5);
  });

  test('weighs (1 + ln tf) · (ln((1 + N) / (1 + df)) + 1), normalised', () => {
    const small = papersToTextModel([
      { title: '', abstract: 'quantum quantum quantum lattice' },
      { title: '', abstract: 'quantum lattice' },
      { title: '', abstract: 'quantum gravity' },
      { title: '', abstract: 'lattice gravity' },
    ]);
    const idf = (df: number): number => Math.log(5 / (1 + df)) + 1;
    const quantum = (1 + Math.log(3)) * idf(3);
    const lattice = idf(3);
    const bigram = idf(2);
    const norm = Math.hypot(quantum, lattice, bigram);
    const first = weightsOf(small, 0);
    expect([...first.keys()]).toEqual(['lattic', 'quantum', 'quantum lattic']);
    expect(first.get('quantum')).toBeCloseTo(quantum / norm, 6);
    expect(first.get('lattic')).toBeCloseTo(lattice / norm, 6);
    expect(first.get('quantum lattic')).toBeCloseTo(bigram / norm, 6);
  });

  test('weighs a rarer term more than a common one at equal counts', () => {
    const first = weightsOf(model, 0);
    // Both once in the abstract of paper 0; llm is in three papers, client in two.
    expect(first.get('client drift')).toBeGreaterThan(first.get('llm') ?? Infinity);
  });

  test.each([
    ['a stem by the word readers write', 'feder', 'federated'],
    ['a title-cased title word in lower case', 'matter', 'matter'],
    ['an acronym by its capitals', 'llm', 'LLM'],
    ['a bigram as written', 'feder learn', 'federated learning'],
    ['a plural by the spelling most papers use first', 'hole', 'holes'],
  ])('spells %s (%j as %j)', (_what, term, surface) => {
    expect(surfaceOf(model, term)).toBe(surface);
  });

  test('spells a word by its lower case when only a sentence start capitalises it', () => {
    const diffusion = papersToTextModel([
      { title: '', abstract: 'Diffusion models. Diffusion is slow.' },
      { title: '', abstract: 'Diffusion models are fast.' },
    ]);
    expect(surfaceOf(diffusion, 'diffus')).toBe('diffusion');
    expect(surfaceOf(diffusion, 'diffus model')).toBe('diffusion models');
  });

  test('keeps the capital of a name written mid-sentence', () => {
    const names = papersToTextModel([
      { title: 'Gaussian Processes', abstract: 'A sparse Gaussian process.' },
      { title: 'Deep Kernels', abstract: 'Kernels of a Gaussian process.' },
    ]);
    expect(surfaceOf(names, 'gaussian')).toBe('Gaussian');
    expect(surfaceOf(names, 'gaussian process')).toBe('Gaussian process');
  });

  test('spells a term by the spelling most papers use, not the most occurrences', () => {
    const plural = papersToTextModel([
      { title: '', abstract: 'LLMs and LLMs and LLMs and more LLMs' },
      { title: '', abstract: 'an LLM judge' },
      { title: '', abstract: 'the LLM reads' },
    ]);
    expect(surfaceOf(plural, 'llm')).toBe('LLM');
    const majority = papersToTextModel([
      { title: '', abstract: 'LLMs reason' },
      { title: '', abstract: 'the LLMs judge' },
      { title: '', abstract: 'an LLM writes' },
    ]);
    expect(surfaceOf(majority, 'llm')).toBe('LLMs');
  });

  test('spells a bigram as written, not from the surfaces of its words', () => {
    const transport = papersToTextModel([
      { title: 'Optimization with Optimal Transport', abstract: 'Convex optimization.' },
      { title: 'Optimization and Optimal Transport', abstract: 'Stochastic optimization.' },
      { title: 'Convex Optimization', abstract: 'Convex optimization again.' },
    ]);
    expect(surfaceOf(transport, 'optim')).toBe('optimization');
    expect(surfaceOf(transport, 'optim transport')).toBe('optimal transport');
    expect(surfaceOf(transport, 'convex optim')).toBe('convex optimization');
  });

  test('breaks a tie between spellings by code-point order, whatever the paper order', () => {
    const papers = [
      { title: '', abstract: 'an LLM judge' },
      { title: '', abstract: 'LLMs judge' },
    ];
    expect(surfaceOf(papersToTextModel(papers), 'llm')).toBe('LLM');
    expect(surfaceOf(papersToTextModel(papers.toReversed()), 'llm')).toBe('LLM');
  });

  test('builds the same model whatever the paper order, apart from the order of the vectors', () => {
    const reversed = papersToTextModel(corpus.toReversed());
    expect(reversed.terms).toEqual(model.terms);
    expect(reversed.surfaces).toEqual(model.surfaces);
    expect(reversed.df).toEqual(model.df);
    expect(reversed.vectors.toReversed()).toEqual(model.vectors);
  });

  test('builds an empty model from no papers', () => {
    expect(papersToTextModel([])).toEqual({ terms: [], surfaces: [], df: new Uint32Array(), vectors: [] });
  });
});
