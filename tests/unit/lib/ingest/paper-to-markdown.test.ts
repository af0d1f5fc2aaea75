import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../../../src/lib/ingest/clean-text.ts';
import { markdownToPaper } from '../../../../src/lib/ingest/markdown-to-paper.ts';
import { paperToMarkdown } from '../../../../src/lib/ingest/paper-to-markdown.ts';
import { paperSchema, type PaperFrontmatter } from '../../../../src/lib/paper/paper-schema.ts';
import { textToPlain } from '../../../../src/lib/math/text-to-plain.ts';

const base: PaperFrontmatter = {
  title: 'A title',
  plainTitle: 'A title',
  slug: 'a-title',
  excerpt: 'An abstract.',
  sources: [{ dump: 'd.txt', line: 3 }],
  codeLinks: [],
  topics: ['other'],
  related: [],
};

/** Writes a paper, reads it back and returns the title and abstract a reader gets (math as its plain reading, textToPlain). */
function roundTrip(title: string, abstract: string): { title: unknown; text: string } {
  const { frontmatter, text } = markdownToPaper(paperToMarkdown({ ...base, title }, abstract));
  const parsed = paperSchema.parse(frontmatter);
  return { title: parsed.title, text };
}

const hostile = [
  '<script>alert(1)</script>',
  '# x',
  '[a](javascript:alert(1))',
  '---',
  '* not a list',
  '_under_ and *star*',
  '$f$-Divergence and $$x$$',
  'Key: value',
  '"double" and \'single\' quotes',
  '1. ordered',
  '> quote',
  '`code`',
  'a & b &amp; c &#x26;',
  '<https://example.org>',
  'trailing backslash \\',
  'yes',
  '2023-09-29',
  'null',
  '- dash',
  '|a|b|',
  '    four spaces',
  '![img](x.png)',
  '***',
  '[^1]',
  '~~strike~~',
];

describe('paperToMarkdown', () => {
  test.each(hostile)('keeps %j as literal title and abstract text', (text) => {
    const cleaned = cleanText(text);
    expect(roundTrip(cleaned, cleaned)).toEqual({ title: cleaned, text: textToPlain(cleaned) });
  });

  test.each(['see https://github.com/a_b/c_d.', 'code (https://x.org/a_(b)) here', 'at https://example.org/*x*'])(
    'keeps the address in %j as text and makes it a link',
    (text) => {
      expect(roundTrip('t', text).text).toBe(text);
      expect(paperToMarkdown(base, text)).toMatch(/<https?:\/\/[^>]+>/);
    },
  );

  test('writes TeX as remark-math inline math, and repaired TeX with its backslashes', () => {
    expect(paperToMarkdown(base, 'With $f$-divergence and regret mathcal{O}(sqrt T).')).toContain(
      'With $f$-divergence and regret $\\mathcal{O}(\\sqrt T)$.',
    );
    expect(paperToMarkdown(base, 'It costs $5 and $10.')).toContain('It costs \\$5 and \\$10.');
  });

  test('writes dates quoted so a YAML 1.1 reader keeps them as strings', () => {
    const markdown = paperToMarkdown({ ...base, date: '2023-09-29', year: 2023 }, 'Abstract.');
    expect(markdown).toContain("date: '2023-09-29'");
    expect(markdownToPaper(markdown).frontmatter).toMatchObject({ date: '2023-09-29', year: 2023 });
  });

  test('arbitrary titles and abstracts survive markdown and read-back unchanged', () => {
    const text = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 200 })
      .map(cleanText)
      .filter((s) => s !== '');
    fc.assert(
      fc.property(text, text, (title, abstract) => {
        expect(roundTrip(title, abstract)).toEqual({ title, text: textToPlain(abstract) });
      }),
      { numRuns: 500 },
    );
  });

  test('markdown-significant characters in arbitrary positions survive read-back', () => {
    const special = fc.constantFrom(
      'www.',
      'https://a.b/',
      'http://',
      '@',
      '/',
      '#',
      '*',
      '_',
      '$',
      ':',
      '"',
      "'",
      '<',
      '>',
      '[',
      ']',
      '(',
      ')',
      '`',
      '\\',
      '-',
      '!',
      '&',
      ';',
      '|',
      '~',
      '=',
      '+',
      '.',
      '1',
      ' ',
      'a',
      'é',
      '{',
      '}',
    );
    const text = fc
      .array(special, { minLength: 1, maxLength: 40 })
      .map((chars) => cleanText(chars.join('')))
      .filter((s) => s !== '');
    fc.assert(
      fc.property(text, text, (title, abstract) => {
        expect(roundTrip(title, abstract)).toEqual({ title, text: textToPlain(abstract) });
      }),
      { numRuns: 2000 },
    );
  });
});
