import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exactFirst, titleKey, wantsPhrase } from '../../../../src/lib/search/exact-first.ts';
import { textToNameParts } from '../../../../src/lib/search/text-to-name-parts.ts';

describe('exactFirst', () => {
  test('puts exact titles first, then phrase matches, then the rest, each in the order given', () => {
    const results = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
    expect(exactFirst(results, new Set(['d', 'b']), new Set(['e'])).map((r) => r.id)).toEqual(['e', 'b', 'd', 'a', 'c']);
  });

  test('only reorders: the same results, none lost or repeated', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 20 }), fc.array(fc.string()), fc.array(fc.string()), (ids, phrase, title) => {
        const out = exactFirst(
          ids.map((id) => ({ id })),
          new Set(phrase),
          new Set(title),
        ).map((r) => r.id);
        expect([...out].sort()).toEqual([...ids].sort());
      }),
    );
  });

  test('a title matches the query by its words, whatever the case and punctuation', () => {
    expect(titleKey('3DGS-LM: Faster Gaussian-Splatting')).toBe(titleKey('3dgs lm faster gaussian splatting'));
    expect(wantsPhrase('mutual information')).toBe(true);
    expect(wantsPhrase('transformers')).toBe(false);
    expect(wantsPhrase('"mutual information"')).toBe(false);
  });
});

describe('textToNameParts', () => {
  test('splits hyphenated and camel-case names into the parts a reader types', () => {
    expect(textToNameParts('a Graph-QFormer encoder')).toEqual(['former', 'graph', 'qformer']);
    expect(textToNameParts('DreamBooth with ControlNet and BERTScore')).toEqual(['bert', 'booth', 'control', 'dream', 'net', 'score']);
    expect(textToNameParts('3DGS-LM and LLaMA-Adapter')).toEqual(['3dgs', 'adapter', 'llama', 'lm']);
  });

  test('leaves plain words, lower-case compounds and acronyms alone', () => {
    expect(textToNameParts('state-of-the-art self-supervised learning')).toEqual([]);
    expect(textToNameParts('LLaMA, MoE and InstructG2I')).toEqual([]);
  });

  test('gives no parts for a name longer than 64 characters, however many pieces it has', () => {
    // 20,000 distinct camel-case pieces, one name.
    const long = Array.from({ length: 20_000 }, (_, i) => `Ab${i.toString(36)}`).join('-');
    expect(textToNameParts(`Graph-QFormer and ${long}`)).toEqual(['former', 'graph', 'qformer']);
    expect(textToNameParts(`${'Ab'.repeat(31)}-Net`)).toEqual([]);
    expect(textToNameParts(`${'Ab'.repeat(30)}-Net`)).toEqual(['ab'.repeat(30), 'net']);
  });
});
