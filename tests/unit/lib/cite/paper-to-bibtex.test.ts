import { parse } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { paperToBibtex } from '../../../../src/lib/cite/paper-to-bibtex.ts';
import { textToBibtex } from '../../../../src/lib/cite/text-to-bibtex.ts';

/** The entry as a BibTeX reader sees it, LaTeX turned back into Unicode (composed: accents come back either way). */
function read(bibtex: string): { type: string; key: string; fields: Record<string, string> } {
  const library = parse(bibtex, { sentenceCase: false, caseProtection: false });
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  const [entry] = library.entries;
  if (entry === undefined) throw new Error('no entry');
  const fields = Object.fromEntries(
    Object.entries(entry.fields).map(([k, v]) => [k, typeof v === 'string' ? v.normalize('NFC') : JSON.stringify(v)]),
  );
  return { type: entry.type, key: entry.key, fields };
}

const url = 'https://example.org/papers/a-paper/';

describe('a BibTeX entry', () => {
  test.each([
    ['braces', 'Learning {Sets} of } and { Things'],
    ['quotes', 'The "Attention" Paper, and its \'quotes\''],
    ['commas', 'Data, Models, and Compute'],
    ['percent and ampersand', '95% Accuracy & Beyond: R&D at 100%'],
    ['TeX specials', 'Costs in $ and # of x_i ~ y^2 \\ backslash'],
    ['non-ASCII letters', 'Schrödinger, Gödel, Łukasiewicz, façade, naïve, Straße, Ørsted, Dvořák'],
    ['other scripts', 'Δ-learning for 中文 text'],
    ['dashes and quote pairs TeX would join', "A -- B --- C, ``quoted'' ,,low<<angle>> !`"],
  ])('reads back its title with %s', (_, title) => {
    const entry = read(paperToBibtex({ slug: 'a-paper', title, year: 2024, url }));
    expect(entry.type).toBe('misc');
    expect(entry.key).toBe('a-paper');
    expect(entry.fields['title']).toBe(title);
    expect(entry.fields['year']).toBe('2024');
    expect(entry.fields['url']).toBe(url);
  });

  test('keeps a note and leaves out an unknown year', () => {
    const bibtex = paperToBibtex({ slug: 'p', title: 'T', url, note: 'Read §3 — 50% done & {check} "this"' });
    expect(bibtex).not.toMatch(/year/u);
    expect(read(bibtex).fields['note']).toBe('Read §3 — 50% done & {check} "this"');
  });

  test('escapes every character BibTeX or LaTeX reads as syntax', () => {
    expect(textToBibtex('{a}%&$#_~^\\"')).toBe('\\{a\\}\\%\\&\\$\\#\\_\\textasciitilde{}\\textasciicircum{}\\textbackslash{}{"}');
    expect(paperToBibtex({ slug: 'p', title: 'GPT', url })).toContain('title = {{GPT}}');
    expect(textToBibtex('é ǘ č ß')).toBe("{\\'e} {\\'{\\\"u}} {\\v c} {\\ss}");
  });

  test('reads back any printable title', () => {
    const printable = fc.string({ unit: fc.constantFrom(...'aZ09 {}%&$#_~^\\"\'`,.;:!?<>-()[]éüçñßøΔ中'.split('')), minLength: 1 });
    fc.assert(
      fc.property(
        printable.filter((t) => t.trim() !== ''),
        (title) => {
          const entry = read(paperToBibtex({ slug: 'p', title, url }));
          expect(entry.fields['title']).toBe(title.replace(/\s+/gu, ' ').trim());
        },
      ),
      { numRuns: 300 },
    );
  });
});
