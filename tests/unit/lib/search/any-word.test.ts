import { describe, expect, test } from 'vitest';
import { ANY_WORD_LIMIT, mergeAnyWord, queryToWords } from '../../../../src/lib/search/any-word.ts';

describe('queryToWords', () => {
  test('keeps each word once, in order, lower-cased, without one-letter words', () => {
    expect(queryToWords('Diffusion a diffusion GUIDANCE')).toEqual(['diffusion', 'guidance']);
  });

  test('gives nothing for a one-word query, whose any-word search is the search itself', () => {
    expect(queryToWords('diffusion')).toEqual([]);
  });

  test(`looks for at most ${String(ANY_WORD_LIMIT)} words, however long the query`, () => {
    const query = Array.from({ length: 5000 }, (_, i) => `w${String(i)}`).join(' ');
    expect(queryToWords(query)).toHaveLength(ANY_WORD_LIMIT);
  });
});

describe('mergeAnyWord', () => {
  test('ranks papers holding more of the words first, then by their best rank, each once', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    const c = { id: 'c' };
    expect(
      mergeAnyWord(
        [
          [a, b],
          [c, b],
        ],
        ['graph', 'curvature'],
      ),
    ).toEqual([
      { result: b, words: ['graph', 'curvature'] },
      { result: a, words: ['graph'] },
      { result: c, words: ['curvature'] },
    ]);
  });
});
