import { describe, expect, test } from 'vitest';
import { modelToNeighbours } from '../../../../src/lib/text/model-to-neighbours.ts';
import { neighboursToReasonTerms } from '../../../../src/lib/text/neighbours-to-reason-terms.ts';
import { papersToTextModel } from '../../../../src/lib/text/papers-to-text-model.ts';

/** Four subjects of 20 papers each; a few words every subject uses; TeX that lost its backslash in one subject. */
const SUBJECTS = [
  'federated clients aggregation privacy heterogeneity personalization straggler server',
  'horizon entropy Hawking radiation gamma-ray accretion quasinormal spacetime',
  'Wasserstein coupling transport barycenter Sinkhorn marginals mathcal Theta',
  'protein folding residues sequence binding docking enzyme ligand',
].map((words) => words.split(' '));

function corpus(): { title: string; abstract: string }[] {
  return Array.from({ length: 80 }, (_, i) => {
    const words = SUBJECTS[i % 4] ?? [];
    const own = Array.from({ length: 5 }, (__, j) => words[(Math.floor(i / 4) + j * 3) % words.length]).join(' ');
    // "networks" in three papers of four, "argue" in every seventh paper whatever its subject.
    const common = `${i % 4 === 3 && i % 8 === 3 ? '' : 'networks'} ${i % 7 === 0 ? 'argue' : ''}`;
    return { title: `${words[0] ?? ''} ${words[1] ?? ''} ${String(i)}`, abstract: `${own}. ${common}.` };
  });
}

/** The words of a corpus that may be reasons, by how readers write them. */
function reasonWords(papers: { title: string; abstract: string }[]): Set<string> {
  const model = papersToTextModel(papers);
  const reasons = neighboursToReasonTerms(model, modelToNeighbours(model, 10));
  return new Set(model.surfaces.filter((_, id) => reasons[id] === 1));
}

describe('neighboursToReasonTerms', () => {
  const words = reasonWords(corpus());

  test.each(['federated', 'aggregation', 'Hawking', 'gamma-ray', 'Sinkhorn', 'protein folding'])(
    'lets a word of one subject be a reason: %s',
    (word) => {
      expect(words.has(word)).toBe(true);
    },
  );

  test.each([
    ['a word most papers hold', 'networks'],
    ['a word spread evenly over the subjects', 'argue'],
    ['a TeX command that lost its backslash, even in one subject', 'mathcal'],
    ['a Greek letter on its own, even in one subject', 'Theta'],
  ])('never gives %s (%s)', (_, word) => {
    expect(words.has(word)).toBe(false);
  });

  test('in a corpus of a few papers, lets the words two of them share be reasons, not those most share', () => {
    const few = reasonWords([
      { title: 'Federated Learning under Client Drift', abstract: 'Federated learning clients drift apart on non-IID data networks.' },
      { title: 'Black Hole Thermodynamics', abstract: 'The entropy of a black hole and its Hawking radiation networks.' },
      { title: 'Optimal Transport for Domain Adaptation', abstract: 'Optimal transport maps the source domain to the target domain.' },
      { title: 'Correcting Client Drift in Federated Learning', abstract: 'Client drift slows federated learning networks.' },
      { title: 'Entropy of Rotating Black Holes', abstract: 'Hawking radiation carries the entropy of a rotating black hole networks.' },
      { title: 'Unbalanced Optimal Transport', abstract: 'Optimal transport between measures of unequal mass.' },
    ]);
    for (const word of ['client drift', 'black hole', 'optimal transport', 'Hawking radiation']) expect(few.has(word), word).toBe(true);
    expect(few.has('networks')).toBe(false);
  });

  test('gives the same words whatever the order of the papers', () => {
    expect([...reasonWords([...corpus()].reverse())].sort()).toEqual([...words].sort());
  });
});
