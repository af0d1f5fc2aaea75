import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { markdownItMath } from '../../../../src/lib/math/markdown-it-math.ts';
import { katexReads } from '../../../../src/lib/math/repair-stripped-tex.ts';
import { texToHtml } from '../../../../src/lib/math/tex-to-html.ts';
import { MAX_TEX_LENGTH, texToKatex } from '../../../../src/lib/math/tex-to-katex.ts';
import { textToSegments } from '../../../../src/lib/math/text-to-segments.ts';

/** A formula KaTeX reads, `length` characters long (a real abstract's longest is under 500). */
const formulaOf = (length: number): string => 'x_{1}^{2}+'.repeat(Math.ceil(length / 10)).slice(0, length - 1) + 'y';

describe('what one formula can cost', () => {
  test.each([60_000, 200_000])('a %i-character $…$ formula in an abstract is shown as written, not typeset', (length) => {
    const text = `We report $${formulaOf(length)}$ and $x^2$ here.`;
    const segments = textToSegments(text);
    expect(segments).toEqual([
      { kind: 'text', value: text.slice(0, text.indexOf(' and ')) + ' and ' },
      { kind: 'math', tex: 'x^2', display: false },
      { kind: 'text', value: ' here.' },
    ]);
  });

  test('a long formula in \\[…\\] or $$…$$ is shown as written too', () => {
    for (const text of [`see \\[${formulaOf(60_000)}\\]`, `see $$${formulaOf(60_000)}$$`])
      expect(textToSegments(text)).toEqual([{ kind: 'text', value: text }]);
  });

  test('a formula at the bound is still typeset, one character more is not', () => {
    expect(textToSegments(`$${formulaOf(MAX_TEX_LENGTH)}$`)[0]?.kind).toBe('math');
    expect(textToSegments(`$${formulaOf(MAX_TEX_LENGTH + 1)}$`)[0]?.kind).toBe('text');
  });

  test('the markdown of a page shows a long formula as its source, with the reason, and never hands it to KaTeX', () => {
    const errors: string[] = [];
    const markdown = new MarkdownIt('commonmark', { html: false }).use(markdownItMath, (_tex: string, reason: string) =>
      errors.push(reason),
    );
    const html = markdown.render(`A $${formulaOf(200_000)}$ formula and $x^2$.`);
    expect(html.match(/class="katex"/gu)).toHaveLength(1);
    expect(html).toContain('$x_{1}^{2}+x_{1}');
    expect(errors).toEqual([`the formula has 200000 characters, more than the ${String(MAX_TEX_LENGTH)} typeset`]);
    expect(katexReads(formulaOf(200_000))).toBe(false);
  });

  test('a drawn box is capped at 5em, however large the TeX asks for', () => {
    const html = texToKatex('\\rule{300em}{300em}');
    expect(html).not.toContain('300em');
    expect(html).toContain('border-top-width:5em');
  });

  test('a macro that expands itself without end is shown as its source', () => {
    const { html, error } = texToHtml('\\def\\x{\\x\\x}\\x');
    expect(error).toMatch(/Too many expansions/u);
    expect(html).toBe('$\\def\\x{\\x\\x}\\x$');
  });
});
