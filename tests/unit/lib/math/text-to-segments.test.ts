import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { katexReads } from '../../../../src/lib/math/repair-stripped-tex.ts';
import { texToHtml } from '../../../../src/lib/math/tex-to-html.ts';
import { segmentsToText, texToText } from '../../../../src/lib/math/tex-to-text.ts';
import { textToSegments } from '../../../../src/lib/math/text-to-segments.ts';

const math = (text: string): string[] => textToSegments(text).flatMap((s) => (s.kind === 'math' ? [s.tex] : []));

describe('TeX the authors delimited', () => {
  test.each([
    ['One-step Diffusion Models with $f$-Divergence Distribution Matching', ['f']],
    ['at $\\sqrt{s}=13$ TeV in $pp$ collisions', ['\\sqrt{s}=13', 'pp']],
    ['$\\mathcal{N}=4$ super Yang-Mills and \\(x^2\\) and $$E=mc^2$$', ['\\mathcal{N}=4', 'x^2', 'E=mc^2']],
    ['a ratio of $1.2 \\pm 0.3$ and \\[a+b\\]', ['1.2 \\pm 0.3', 'a+b']],
  ])('is math: %s', (text, expected) => {
    expect(math(text)).toEqual(expected);
  });

  test.each(['It costs $5 and $10 a month', 'between $ 3 and 4 $ units', 'an escaped \\$x\\$ dollar', 'a lone $ sign'])(
    'a dollar that opens no math stays text: %s',
    (text) => {
      expect(math(text)).toEqual([]);
    },
  );
});

describe('the repair table, on phrases from the seed dumps', () => {
  test.each([
    ['regret mathcal{O}(sqrt T) in', '\\mathcal{O}(\\sqrt T)', 'O(√T)'],
    ['a rate Oleft(d^{1/3}right), which', 'O\\left(d^{1/3}\\right)', 'O(d^1/3)'],
    ['Oleft(1/T^{1/3}right), where', 'O\\left(1/T^{1/3}\\right)', 'O(1/T^1/3)'],
    ['error widetilde O(d/(nvarepsilon_DP)) for', '\\widetilde O(d/(n\\varepsilon_DP))', 'O(d/(nε_DP))'],
    ['needs mathcal{O}(d^k) samples', '\\mathcal{O}(d^k)', 'O(d^k)'],
    ['mathcal{O}(varepsilon^{-3}) complexity', '\\mathcal{O}(\\varepsilon^{-3})', 'O(ε^-3)'],
    ['mathcal{O}(H(A_{X}+B_{Y})/epsilon^2) on', '\\mathcal{O}(H(A_{X}+B_{Y})/\\epsilon^2)', 'O(H(A_X+B_Y)/ε^2)'],
    ['achieves sqrt n consistency', '\\sqrt n', '√n'],
    ['we get tilde Omega(T^{1/3}) lower bound.', '\\tilde \\Omega(T^{1/3})', 'Ω(T^1/3)'],
    ['Kleft(x-y_i{h}right), depending', 'K\\left(x-y_i{h}\\right)', 'K(x-y_ih)'],
  ])('%s', (text, tex, plain) => {
    expect(math(text)).toEqual([tex]);
    expect(katexReads(tex)).toBe(true);
    expect(segmentsToText(textToSegments(text))).toContain(plain);
  });

  test('font switches become their text', () => {
    expect(textToSegments('in the {\\it fixed-budget} setting, \\textbf{bold}')).toEqual([
      { kind: 'text', value: 'in the fixed-budget setting, bold' },
    ]);
  });

  test('ordinary words are never taken for TeX', () => {
    for (const text of ['from left to right (see below)', 'the tilde key', 'a log of max values', 'Delta Lake and Omega-3'])
      expect(textToSegments(text)).toEqual([{ kind: 'text', value: text }]);
  });

  test('a run KaTeX cannot read stays as the text it was', () => {
    expect(textToSegments('cost mathcal{O}(n}} here')).toEqual([{ kind: 'text', value: 'cost mathcal{O}(n}} here' }]);
  });
});

describe('math as plain text and as HTML', () => {
  test('reads common TeX as text', () => {
    expect(texToText('e^+e^-\\to J/\\psi')).toBe('e^+e^-→J/ψ');
    expect(texToText('\\frac{1}{2} \\le \\alpha')).toBe('(1)/(2) ≤α');
    expect(texToText('\\mathcal{N}=4')).toBe('N=4');
  });

  test('typesets with KaTeX, and shows a formula it cannot read as escaped source', () => {
    expect(texToHtml('x^2').html).toContain('class="katex"');
    const broken = texToHtml('\\frac{<b>');
    expect(broken.error).toBeDefined();
    expect(broken.html).toBe('$\\frac{&#60;b&#62;$');
  });

  test('never loses or adds text: the segments put back together are the input, TeX aside', () => {
    const plainish = fc.string({ unit: fc.constantFrom(...'ab OT(){}^_ -.,'.split('')) });
    fc.assert(
      fc.property(plainish, (text) => {
        const segments = textToSegments(text);
        expect(segments.every((s) => s.kind === 'text')).toBe(true);
        expect(segments.map((s) => (s.kind === 'text' ? s.value : '')).join('')).toBe(text);
      }),
    );
  });
});
