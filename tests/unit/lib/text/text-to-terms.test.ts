import { describe, expect, test } from 'vitest';
import { papersToTextModel } from '../../../../src/lib/text/papers-to-text-model.ts';
import { textToTerms } from '../../../../src/lib/text/text-to-terms.ts';
import { TWO_SUBJECTS } from './two-subjects.ts';

const model = papersToTextModel([
  { title: 'Federated Learning on Non-IID Data', abstract: 'Client drift hurts federated learning when data are non-IID. An LLM helps.' },
  { title: 'Client Drift under Non-IID Data', abstract: 'Federated learning with LLM-based clients.' },
  { title: 'Black Hole Entropy', abstract: 'The entropy of a black hole.' },
  { title: 'Rotating Black Holes', abstract: 'Entropy and rotation of black holes.' },
]);

/** The term keys a text contains, sorted. */
function termsOf(text: string): (string | undefined)[] {
  return textToTerms(model, text)
    .map((id) => model.terms[id])
    .sort();
}

describe('textToTerms', () => {
  test.each([
    ['words and the bigram they form', 'Federated learning', ['feder', 'feder learn', 'learn']],
    ['a bigram written another way', 'federated learns', ['feder', 'feder learn', 'learn']],
    ['a compound, its part, and the bigram after the compound', 'non-IID data', ['data', 'iid', 'non-iid', 'non-iid data']],
    ['the part of a compound on its own', 'IID samples', ['iid']],
    ['an X-based modifier as X', 'LLM-based', ['llm']],
    ['no bigram across a comma', 'federated, learning', ['feder', 'learn']],
    ['no bigram across a stop word', 'black and hole', ['black', 'hole']],
    ['words of the model only', 'black swans and holes in the data', ['black', 'data', 'hole']],
    ['each term once', 'black hole, black hole, black hole', ['black', 'black hole', 'hole']],
    ['nothing in words the model lacks', 'protein folding', []],
    ['nothing in an empty text', '', []],
  ])('finds %s (%j)', (_what, text, terms) => {
    expect(termsOf(text)).toEqual(terms);
  });

  test('gives ids the model knows, each once', () => {
    const ids = textToTerms(model, 'Client drift and federated learning on non-IID data: client drift again.');
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(model.terms[id]).toBeDefined();
  });

  test("finds in a paper's title and abstract exactly the terms of its vector", () => {
    const big = papersToTextModel(TWO_SUBJECTS);
    for (const [i, paper] of TWO_SUBJECTS.entries()) {
      const found = textToTerms(big, `${paper.title}. ${paper.abstract}`).sort((a, b) => a - b);
      expect(found).toEqual([...(big.vectors[i]?.ids ?? [])]);
    }
  });
});
