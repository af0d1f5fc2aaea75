import { describe, expect, test } from 'vitest';
import { termsToReasons } from '../../../../src/lib/text/terms-to-reasons.ts';

/** The reasons chosen from terms given weightiest first (their ids are their places in the list). */
function reasons(surfaces: string[], count = 3): string[] {
  return termsToReasons(
    surfaces,
    surfaces.map((_, id) => id),
    count,
  );
}

describe('termsToReasons', () => {
  test.each([
    ['a word inside a chosen bigram', ['mutual information', 'mutual', 'estimation'], ['mutual information', 'estimation']],
    [
      'a bigram that repeats a word of a chosen one',
      ['mutual information', 'maximize mutual', 'variables'],
      ['mutual information', 'variables'],
    ],
    ['a stemmed word inside a chosen compound', ['mixture-of-experts', 'mixture', 'routing'], ['mixture-of-experts', 'routing']],
    ['the first part of a compound, spelt otherwise', ['closed-loop', 'closed', 'driving'], ['closed-loop', 'driving']],
    ['another spelling of a chosen word', ['model', 'models', 'agents'], ['model', 'agents']],
    ['a chosen word with capitals inside', ['eXplainable', 'explainable', 'XAI'], ['eXplainable', 'XAI']],
    [
      'a phrase sharing a word with a chosen one',
      ['Gaussian Splatting', '3D Gaussian', 'rasterizer'],
      ['Gaussian Splatting', 'rasterizer'],
    ],
    ['the acronym of a chosen phrase', ['federated learning', 'FL', 'clients'], ['federated learning', 'clients']],
    ['the phrase a chosen acronym stands for', ['FL', 'federated learning', 'clients'], ['FL', 'clients']],
    ['a plural acronym', ['graph neural networks', 'GNNs', 'over-squashing'], ['graph neural networks', 'over-squashing']],
    ['words an acronym stands for in part', ['LLM', 'large language', 'SGD', 'gradient descent', 'agents'], ['LLM', 'SGD', 'agents']],
    ['an acronym of a compound', ['mixture-of-experts', 'MoE', 'routing'], ['mixture-of-experts', 'routing']],
    ['a word of the phrase a chosen acronym stands for', ['FL', 'federated learning', 'federated', 'clients'], ['FL', 'clients']],
    ['a chosen word of the phrase a chosen acronym stands for', ['FL', 'federated', 'federated learning', 'clients'], ['FL', 'clients']],
  ])('leaves out %s', (_, surfaces, expected) => {
    expect(reasons(surfaces)).toEqual(expected);
  });

  test.each([
    ['a chosen word', ['black', 'black holes', 'entropy'], ['black holes', 'entropy']],
    [
      'every chosen word it holds, in the first one’s place',
      ['black', 'entropy', 'holes', 'black holes', 'horizon'],
      ['black holes', 'entropy', 'horizon'],
    ],
  ])('puts a longer phrase in the place of %s', (_, surfaces, expected) => {
    expect(reasons(surfaces)).toEqual(expected);
  });

  test('keeps words that only look alike', () => {
    expect(reasons(['FL', 'flows', 'fluid'])).toEqual(['FL', 'flows', 'fluid']);
  });

  test('gives at most `count` reasons, the weightiest first', () => {
    expect(reasons(['clients', 'privacy', 'aggregation', 'drift'])).toEqual(['clients', 'privacy', 'aggregation']);
    expect(reasons(['clients', 'privacy'], 1)).toEqual(['clients']);
  });

  test('gives no reason for no term, or only stop words', () => {
    expect(reasons([])).toEqual([]);
    expect(reasons(['the', 'of'])).toEqual([]);
  });
});
