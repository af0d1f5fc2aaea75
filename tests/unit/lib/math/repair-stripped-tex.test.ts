import { describe, expect, test } from 'vitest';
import { dumpToRecords } from '../../../../src/lib/ingest/dump-to-records.ts';
import { mergePapers } from '../../../../src/lib/ingest/merge-papers.ts';
import { readDumps } from '../../../../src/lib/ingest/read-dumps.ts';
import { katexReads } from '../../../../src/lib/math/repair-stripped-tex.ts';
import { segmentsToText } from '../../../../src/lib/math/tex-to-text.ts';
import { textToSegments } from '../../../../src/lib/math/text-to-segments.ts';

const math = (text: string): string[] => textToSegments(text).flatMap((s) => (s.kind === 'math' ? [s.tex] : []));

describe('Greek letters, relations and arrows that lost their backslash, on phrases from the seeds and the real corpora', () => {
  test.each([
    // A name standing alone, read by the words around it.
    ['there exists an unknown permutation sigma over the set of n users', ['\\sigma'], 'permutation σ over'],
    ['we show a leq 2% accuracy degradation from NLP baselines', ['\\leq'], 'a ≤ 2% accuracy'],
    ['without the knowledge of sub-optimality gap Delta. Together', ['\\Delta'], 'gap Δ.'],
    ['particularly learning rate eta and batch size B. While', ['\\eta'], 'rate η and batch'],
    ['decomposing matrices of models using U, Sigma, and V matrices', ['\\Sigma'], 'U, Σ, and V'],
    ["(Spearman's rho approx 0.9) with out-of-distribution", ['\\rho \\approx'], "(Spearman's ρ≈ 0.9)"],
    ['by a significant margin (37.2 rightarrow 23.3 in FID)', ['\\rightarrow'], '37.2 → 23.3'],
    ['such classifiers tends to zero if C(g) ll n, where', ['\\ll'], 'C(g) ≪ n'],
    ['while honoring the same (epsilon, delta)-DP contract', ['\\epsilon', '\\delta'], '(ε, δ)-DP'],
    ['study how to learn epsilon-optimal strategies', ['\\epsilon'], 'ε-optimal'],
    ['accuracy of approx 7% and a reduction', ['\\approx'], '≈ 7%'],
    ['bringing sim8% accuracy gain', ['\\sim'], '~8%'],
    ['One such proposal uses muP parameterized networks', ['\\mu'], 'μP parameterized'],
    ['We study two variants: omegaGCN and omegaGAT.', ['\\omega', '\\omega'], 'ωGCN and ωGAT'],
    ['(kappa = 0.822). To demonstrate', ['\\kappa'], '(κ = 0.822)'],
    ['where p : R^d rightarrow R is a degree k polynomial', ['\\rightarrow'], 'R^d → R'],
    // Glued to TeX syntax: the whole formula.
    [
      'the misspecification level zeta is dominated by tilde O (Delta / d) with',
      ['\\zeta', '\\tilde O (\\Delta / d)'],
      'level ζ is dominated by O (Δ/ d)',
    ],
    [
      'X is rho-correlated with Y^sigma, for any rho<rho^star',
      ['\\rho', 'Y^\\sigma', '\\rho<\\rho^\\star'],
      'ρ-correlated with Y^σ, for any ρ<ρ^⋆',
    ],
    ['we prove that if rho^2dto0, as n grows', ['\\rho^2d\\to0'], 'ρ^2d→0'],
    ['to establish that Theta(1/k^2) is indeed the optimal', ['\\Theta(1/k^2)'], 'Θ(1/k^2)'],
    ['Inspired by the TD(lambda) algorithm', ['TD(\\lambda)'], 'TD(λ)'],
    ['at most O(max{1, log psi}) times the cost', ['O(\\max{1, \\log \\psi})'], 'O(max1, log ψ)'],
    ['a bound constraint |x|_infty leq 1/lambda. Lion', ['|x|_\\infty \\leq 1/\\lambda'], '|x|_∞≤1/λ.'],
    ['(IS=8.81pm0.10, FID=9.91) on CIFAR-10', ['IS=8.81\\pm0.10'], 'IS=8.81±0.10'],
    [
      'the same ratio B(Xi(1530)^{-} to Xi^{0} pi^{-})=(61.4+-4.5)% and',
      ['B(\\Xi(1530)^{-} \\to \\Xi^{0} \\pi^{-})=(61.4+-4.5)\\%'],
      '=(61.4+-4.5)%',
    ],
    ['solving a weighted ell_1-regularized problem', ['\\ell_1'], 'ℓ_1-regularized'],
    ['We identify the SequenceMatch-chi^2 divergence', ['\\chi^2'], 'SequenceMatch-χ^2'],
    ['attains mathcal O(T^{alpha}) regret', ['\\mathcal O(T^{\\alpha})'], 'O(T^α)'],
    ['four quantum strategies (I, H, R(pi/4), R(pi))', ['R(\\pi/4)', 'R(\\pi)'], 'R(π/4), R(π)'],
    ['on CIFAR-10 (epsilon=8{255}) and', ['\\epsilon=8{255}'], '(ε=8255)'],
  ])('%s', (text, tex, plain) => {
    expect(math(text)).toEqual(tex);
    for (const t of tex) expect(katexReads(t)).toBe(true);
    expect(segmentsToText(textToSegments(text))).toContain(plain);
  });

  test.each([
    'also framed as "delta tuning", which updates only a small subset',
    'in the case of inverse gamma priors, we recover',
    'we first identify alpha blending as the primary cost',
    'The propagation of toxic tau and amyloid-beta proteins is described',
    'Deep Delta Learning',
    'including Mamba2, DeltaNet, and Gated DeltaNet.',
    'such as LoRA and PiSSA, rely on low-rank decomposition',
    'Built on the nuScenes dataset, it integrates',
    'The system is deployed on a Raspberry Pi 5 equipped with',
    'over an AWS Lambda cluster involving 256 workers',
    'We present Phi-4-reasoning-vision-15B, a compact model',
    'bridging the sim-to-real gap and adapting the sim policy',
    "accuracy from 0.72 to 0.77 and Cohen's kappa from 0.43 to 0.53",
    'Complex nonlinear sigma model',
    'critique triples (approx. 35K unique programming questions)',
    'mixture models; and (xi) threshold sensitivity to',
    'code at https://github.com/ThetaOne-AI/HiKE.',
    'see https://huggingface.co/microsoft/Phi-mini-MoE-instruct for weights',
    'the pi-calculus and the mu-law codec',
    'Delta Lake and Omega-3',
    'le modèle est plus rapide que le précédent, et ge ne sais pas',
    'an x_{input} and a meta-learner with L_{total}',
  ])('stays as written: %s', (text) => {
    expect(textToSegments(text)).toEqual([{ kind: 'text', value: text }]);
  });

  test('a name read as a symbol once is the symbol wherever it stands alone in that text', () => {
    const text = 'learning rate eta and batch size B. We give rules for optimal eta transfer and for eta scaling.';
    expect(math(text)).toEqual(['\\eta', '\\eta', '\\eta']);
    // Alone, "optimal eta transfer" says nothing either way, and stays a word.
    expect(math('We give rules for optimal eta transfer.')).toEqual([]);
  });

  test('a name the authors wrote as TeX is the symbol where its backslash was lost', () => {
    expect(math('decaying to $\\tau\\tau$ with a novel hadronic tau reconstruction')).toEqual(['\\tau\\tau', '\\tau']);
    expect(math('with a novel hadronic tau reconstruction')).toEqual([]);
  });
});

/** TeX names left standing in plain text: Greek letters, relations, arrows and other commands ("le"/"ge" only before a number). */
const REMNANT = new RegExp(
  `(?<![A-Za-z\\\\])(${[
    ...['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'vartheta', 'iota', 'kappa', 'lambda'],
    ...['mu', 'nu', 'xi', 'pi', 'varpi', 'rho', 'varrho', 'sigma', 'varsigma', 'tau', 'upsilon', 'phi', 'varphi', 'chi', 'psi'],
    ...['omega', 'Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Upsilon', 'Phi', 'Psi', 'Omega'],
    ...['leq', 'geq', 'neq', 'approx', 'sim', 'simeq', 'rightarrow', 'leftarrow', 'Rightarrow', 'Leftarrow', 'leftrightarrow'],
    ...['longrightarrow', 'mapsto', 'infty', 'ell', 'cdot', 'cdots', 'ldots', 'pm', 'mp', 'll', 'gg', 'propto', 'nabla', 'sqrt'],
    ...['tilde', 'widetilde', 'widehat', 'mathcal', 'mathbb', 'mathrm', 'mathbf', 'frac', 'otimes', 'oplus', 'lesssim', 'gtrsim'],
    ...['forall', 'cup', 'cap', '(?:le|ge)(?= ?[0-9(])'],
  ]
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![a-z])`,
  'gu',
);

describe('what stripped TeX is left in the seeds', () => {
  test('at most 16 names are left in plain text, all words or parts of names (207 in 67 papers before the repair read standalone names)', async () => {
    const { papers } = mergePapers((await readDumps('content/dumps')).map(dumpToRecords).flatMap((r) => r.records));
    const left = papers.flatMap((p) =>
      [p.title, p.abstract].flatMap((text) =>
        textToSegments(text).flatMap((s) => (s.kind === 'text' ? [...s.value.matchAll(REMNANT)].map((m) => m[0]) : [])),
      ),
    );
    expect(left.length).toBeLessThanOrEqual(16);
  });
});
