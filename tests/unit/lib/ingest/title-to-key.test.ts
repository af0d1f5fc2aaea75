import { describe, expect, test } from 'vitest';
import { titleToKey } from '../../../../src/lib/ingest/title-to-key.ts';

describe('titleToKey', () => {
  test.each([
    [
      'merges the $f$ and f spellings of one title',
      'One-step Diffusion Models with $f$-Divergence Distribution Matching',
      'One-step Diffusion Models with f-Divergence Distribution Matching',
    ],
    ['ignores case', 'MINE: Mutual Information Neural Estimation', 'mine: mutual information neural estimation'],
    ['ignores whitespace runs', 'Deep  Boltzmann\tMachines', 'Deep Boltzmann Machines'],
    ['ignores punctuation', 'Have Faith in Faithfulness: Going Beyond', 'Have Faith in Faithfulness - Going Beyond'],
    ['folds compatibility characters (NFKC)', 'ﬁne-tuning', 'fine-tuning'],
  ])('%s', (_name, a, b) => {
    expect(titleToKey(a)).toBe(titleToKey(b));
  });

  test('keeps different papers apart', () => {
    expect(titleToKey('MINE: Mutual Information Neural Estimation')).not.toBe(
      titleToKey('MINDE: Mutual Information Neural Diffusion Estimation'),
    );
  });

  test('keeps letters outside ASCII', () => {
    expect(titleToKey('Café Models')).toBe('cafémodels');
  });
});
