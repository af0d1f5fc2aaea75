import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  candidates,
  correctQuery,
  editDistance,
  maxEdits,
  QUERY_BOUNDS,
  queryWords,
  shardLengths,
  shardToVocabulary,
} from '../../../../src/lib/search/did-you-mean.ts';
import { textsToVocabulary, vocabularyToShards } from '../../../../src/lib/search/texts-to-vocabulary.ts';

/** Levenshtein distance with swaps of neighbours, by the textbook table (the reference editDistance is checked against). */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[a.length] as number[])[b.length] as number;
}

const vocabulary = new Map([
  ['convergence', 40],
  ['convergent', 6],
  ['convergences', 2],
  ['conveyance', 5],
  ['divergence', 12],
  ['rates', 30],
  ['variational', 25],
  ['inference', 50],
  ['aggregation', 9],
  ['preconditioner', 3],
  ['conjugate', 4],
  ['gradient', 120],
  ['gradients', 60],
  ['federated', 33],
]);

describe('editDistance', () => {
  test('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('convegence', 'convergence', 2)).toBe(1);
    expect(editDistance('aggreation', 'aggregation', 2)).toBe(1);
    expect(editDistance('gradeint', 'gradient', 2)).toBe(1);
    expect(editDistance('federeted', 'federated', 2)).toBe(1);
    expect(editDistance('same', 'same', 2)).toBe(0);
  });

  test('agrees with the textbook table up to its limit, and says limit + 1 beyond it', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, max) => {
          expect(editDistance(a, b, max)).toBe(Math.min(reference(a, b), max + 1));
        },
      ),
    );
  });
});

describe('candidates', () => {
  test('ranks by fewest edits, then by how many papers hold the word', () => {
    expect(candidates('convegence', vocabulary).map((c) => c.word)).toEqual(['convergence', 'conveyance', 'convergences']);
    expect(candidates('gradint', vocabulary)[0]).toEqual({ word: 'gradient', distance: 1, papers: 120 });
  });

  test('allow one edit in words under six letters and two from six', () => {
    expect(maxEdits('rats')).toBe(1);
    expect(maxEdits('convegence')).toBe(2);
    expect(candidates('rtaes', new Map([['rates', 3]])).map((c) => c.word)).toEqual(['rates']);
    expect(candidates('rtase', new Map([['rates', 3]]))).toEqual([]);
    expect(candidates('gradeitn', vocabulary).map((c) => c.word)).toContain('gradient');
  });

  test('are words of the vocabulary other than the typed word, never more than asked for', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'e', 'i', 'n', 'r', 't', 'g', 'c'), minLength: 3, maxLength: 12 }), (word) => {
        const found = candidates(word, vocabulary, 2);
        expect(found.length).toBeLessThanOrEqual(2);
        for (const c of found) {
          expect(vocabulary.get(c.word)).toBe(c.papers);
          expect(c.word).not.toBe(word);
          expect(c.distance).toBeLessThanOrEqual(maxEdits(word));
        }
      }),
    );
  });
});

describe('correctQuery', () => {
  test('replaces each unknown word by its best candidate, keeping the rest as typed', () => {
    expect(correctQuery('convegence rates variational inference', vocabulary)[0]).toBe('convergence rates variational inference');
    expect(correctQuery('Inverse aggreation Federated', vocabulary)[0]).toBe('Inverse aggregation Federated');
    expect(correctQuery('precondtioner conjugate gradient', vocabulary)[0]).toBe('preconditioner conjugate gradient');
  });

  test('offers the next candidates after the best, and nothing when every word is known or has no candidate', () => {
    expect(correctQuery('convegence', vocabulary)).toEqual(['convergence', 'conveyance', 'convergences']);
    expect(correctQuery('variational inference', vocabulary)).toEqual([]);
    expect(correctQuery('zzzzzz', vocabulary)).toEqual([]);
  });
});

describe('a query of any length', () => {
  // 30 KB of distinct made-up words, each a typo away from nothing: the query that froze a tab for 27 s.
  const words = Array.from({ length: 4000 }, (_, i) => `qz${i.toString(36)}vx`);
  const huge = `convegence ${words.join(' ')}`;

  test('is read only as far as its first words, each once', () => {
    expect(huge.length).toBeGreaterThan(30_000);
    const read = queryWords(huge);
    expect(read).toHaveLength(QUERY_BOUNDS.words);
    expect(read).toEqual(['convegence', ...words.slice(0, QUERY_BOUNDS.words - 1)]);
    expect(queryWords('graph graph graphs graph')).toEqual(['graph', 'graphs']);
  });

  test('has at most QUERY_BOUNDS.words words looked up, and its first words still corrected', () => {
    const looked: string[] = [];
    const corrected = correctQuery(huge, vocabulary, 3, (word) => {
      looked.push(word);
      return vocabulary.has(word);
    });
    expect(looked.length).toBeLessThanOrEqual(QUERY_BOUNDS.words);
    expect(corrected[0]?.startsWith('convergence qz0vx')).toBe(true);
  });

  test('is read only in its first QUERY_BOUNDS.characters characters, without the word they cut', () => {
    const padding = 'ab '.repeat(Math.floor(QUERY_BOUNDS.characters / 3));
    const cut = `${padding.slice(0, QUERY_BOUNDS.characters - 4)}convegence`;
    expect(queryWords(cut)).toEqual([]);
    expect(queryWords(`${padding.slice(0, QUERY_BOUNDS.characters - 11)}convegence rates`)).toEqual(['convegence']);
  });
});

describe('the vocabulary and its shards', () => {
  test('count each word once per paper, with the parts of compound names, and leave out short words and numbers', () => {
    const words = new Map(
      textsToVocabulary(['Graph-QFormer for graphs: graphs of graphs', 'Graphs in 2024 and 12345', 'An LLaMA-Adapter']),
    );
    expect(words.get('graphs')).toBe(2);
    expect(words.get('qformer')).toBe(1);
    expect(words.get('former')).toBe(1);
    expect(words.get('adapter')).toBe(1);
    expect(words.has('an')).toBe(false);
    expect(words.has('2024')).toBe(false);
  });

  test('shards hold each word under its length and read back as the same words and counts', () => {
    const words = textsToVocabulary(['federated averaging with gradient compression', 'gradient descent, federated']);
    const shards = vocabularyToShards(words);
    const back = new Map<string, number>();
    for (const [length, text] of shards)
      for (const [word, n] of shardToVocabulary(text)) {
        expect(Array.from(word).length).toBe(length);
        back.set(word, n);
      }
    expect(back).toEqual(new Map(words));
  });

  test('a word needs the shards within its edit allowance of its length', () => {
    expect(shardLengths('rats')).toEqual([3, 4, 5]);
    expect(shardLengths('convegence')).toEqual([8, 9, 10, 11, 12]);
    expect(queryWords('R2AG: a 3-step GPT-4o model, 2024')).toEqual(['r2ag', 'step', 'gpt', 'model']);
  });
});

test('correctQuery corrects only the words it is told are unknown', () => {
  expect(correctQuery('convegence rtaes', vocabulary, 3, (w) => w !== 'rtaes')).toEqual(['convegence rates']);
});
