import { describe, expect, test } from 'vitest';
import { labelClusters, withoutRepeats } from '../../../../src/lib/topics/label-clusters.ts';
import { papersToTextModel, type TextModel } from '../../../../src/lib/text/papers-to-text-model.ts';

const papers = [
  {
    title: 'Federated Learning under Client Drift',
    abstract: 'Federated learning clients drift apart on non-IID data; a model is trained.',
  },
  {
    title: 'Correcting Client Drift in Federated Learning',
    abstract: 'Client drift slows federated learning; a control variate corrects the model.',
  },
  { title: 'Personalised Federated Learning', abstract: 'Each client keeps a personal model while federated learning averages the rest.' },
  { title: 'Dark Matter Halos of Dwarf Galaxies', abstract: 'Dark matter halos shape dwarf galaxies; a model of the halo profile.' },
  { title: 'Direct Detection of Dark Matter', abstract: 'Xenon detectors search for dark matter scattering; the model predicts rates.' },
  { title: 'Axion Dark Matter', abstract: 'Axions are dark matter candidates; a model of their production.' },
  {
    title: 'Optimal Transport for Domain Adaptation',
    abstract: 'Optimal transport maps the source domain to the target domain with a model.',
  },
  { title: 'Unbalanced Optimal Transport', abstract: 'Optimal transport between measures of unequal mass; a model for domain adaptation.' },
  { title: 'Entropic Optimal Transport', abstract: 'Entropic regularisation makes optimal transport fast; the model scales.' },
];
const clusters = [
  [0, 1, 2],
  [3, 4, 5],
  [6, 7, 8],
];
const everyone = papers.map((_, i) => i);

/** A model that only has terms and surfaces, for withoutRepeats. */
function termsModel(terms: string[], surfaces: string[] = terms): TextModel {
  return { terms, surfaces, df: new Uint32Array(terms.length), vectors: [] };
}

describe('labelClusters', () => {
  const model = papersToTextModel(papers);
  const labels = labelClusters(model, clusters, everyone);

  test.each([
    [0, 'federated learning'],
    [1, 'dark matter'],
    [2, 'optimal transport'],
  ])('labels cluster %i first by its distinctive subject %j', (cluster, word) => {
    expect(labels[cluster]?.words[0]).toBe(word);
  });

  test('labels each cluster with its own terms, the subject of every cluster last', () => {
    expect(labels.map((l) => l.words)).toEqual([
      ['federated learning', 'client drift', 'model'],
      ['dark matter', 'model'],
      ['optimal transport', 'domain adaptation', 'model'],
    ]);
  });

  test('says a bigram rather than the single words it contains', () => {
    const words = labels[1]?.words ?? [];
    expect(words).toContain('dark matter');
    expect(words).not.toContain('dark');
    expect(words).not.toContain('matter');
  });

  test('gives the term ids behind the words', () => {
    for (const label of labels) expect(label.words).toEqual(label.terms.map((id) => model.surfaces[id]));
  });

  test('gives at most `count` terms', () => {
    expect(labelClusters(model, clusters, everyone, { count: 1 }).map((l) => l.words)).toEqual([
      ['federated learning'],
      ['dark matter'],
      ['optimal transport'],
    ]);
  });

  test('never uses an excluded term', () => {
    const darkMatter = model.terms.indexOf('dark matter');
    const model_ = model.terms.indexOf('model');
    const excluded = labelClusters(model, clusters, everyone, { exclude: new Set([darkMatter, model_]) });
    for (const label of excluded) {
      expect(label.terms).not.toContain(darkMatter);
      expect(label.terms).not.toContain(model_);
    }
    expect(excluded[1]?.words).toEqual(['dark', 'matter']);
  });

  test('ignores a term in only one paper of a cluster', () => {
    // "halo" gets into the model through a paper outside the clusters, but only paper 3 of the dark matter cluster has it.
    const withHalo = papersToTextModel([...papers, { title: 'Halo Occupation', abstract: 'Galaxies in a halo.' }]);
    expect(withHalo.terms).toContain('halo');
    const label = labelClusters(withHalo, clusters, everyone)[1];
    expect(label?.words).not.toContain('halo');
    expect(label?.words).not.toContain('halos');
  });

  test('labels the same clusters the same way every time, whatever the cluster order', () => {
    expect(labelClusters(model, clusters, everyone)).toEqual(labels);
    expect(labelClusters(model, clusters.toReversed(), everyone).toReversed()).toEqual(labels);
    expect(
      labelClusters(
        model,
        clusters.map((c) => c.toReversed()),
        everyone.toReversed(),
      ),
    ).toEqual(labels);
  });

  test('labels an empty cluster with nothing', () => {
    expect(labelClusters(model, [[]], everyone)).toEqual([{ terms: [], words: [] }]);
  });
});

describe('withoutRepeats', () => {
  test.each([
    ['a bigram replaces both of its words', ['black', 'hole', 'black hole'], [0, 1, 2], 3, ['black hole']],
    ['a bigram replaces its word where that word stood', ['drift', 'feder', 'client drift'], [1, 0, 2], 3, ['feder', 'client drift']],
    ['a word inside a chosen bigram is skipped', ['client', 'client drift', 'drift'], [1, 0, 2], 3, ['client drift']],
    ['a compound replaces its part', ['iid', 'non-iid'], [0, 1], 3, ['non-iid']],
    ['a part of a chosen compound is skipped', ['iid', 'non-iid'], [1, 0], 3, ['non-iid']],
    [
      'a bigram of words from two chosen bigrams is skipped',
      ['client drift', 'feder learn', 'drift feder'],
      [0, 1, 2],
      3,
      ['client drift', 'feder learn'],
    ],
    ['a bigram replaces a word even when the list is full', ['black', 'axion', 'black hole'], [0, 1, 2], 2, ['black hole', 'axion']],
    ['no term past `count`', ['axion', 'black', 'photon'], [0, 1, 2], 2, ['axion', 'black']],
  ])('%s', (_rule, terms, ids, count, expected) => {
    const model = termsModel(terms);
    expect(withoutRepeats(model, ids, count).map((id) => model.terms[id])).toEqual(expected);
  });

  test('skips a second term with the same surface (another spelling of a chosen word)', () => {
    const model = termsModel(['llm', 'llms', 'agent'], ['LLM', 'llm', 'agent']);
    expect(withoutRepeats(model, [0, 1, 2], 3)).toEqual([0, 2]);
  });
});
