import { describe, expect, test } from 'vitest';
import { textToSidecar } from '../../../../src/lib/ingest/sidecar.ts';
import { textToTaxonomy } from '../../../../src/lib/topics/text-to-taxonomy.ts';

describe('textToSidecar', () => {
  test('reads a capture date and a title', () => {
    expect(textToSidecar('a.yaml', 'title: November reading\ncaptured: 2025-11-18\n')).toEqual({
      ok: true,
      sidecar: { title: 'November reading', captured: '2025-11-18' },
    });
  });

  test('cleans the title as paper titles are cleaned, noncharacters and runs of spaces included', () => {
    expect(textToSidecar('a.yaml', 'title: "  November\\uFFFE  reading "\n')).toEqual({ ok: true, sidecar: { title: 'November reading' } });
  });

  test.each([
    ['an empty title', 'title: "  "\n', 1, /field "title"/],
    ['a date that is not ISO', 'title: T\ncaptured: 18 Nov 2025\n', 2, /field "captured".*YYYY-MM-DD/],
    ['an unknown field', 'title: T\ncaptureed: 2025-11-18\n', 1, /captureed/],
    ['broken YAML', 'title: [unclosed\n', 1, /invalid YAML/],
  ])('names the file, line and field for %s', (_name, text, line, message) => {
    const result = textToSidecar('a.yaml', text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ file: 'a.yaml', line, severity: 'error' });
      expect(result.error.message).toMatch(message);
    }
  });
});

describe('textToTaxonomy', () => {
  const valid =
    'catchAll: { slug: other, name: Other, description: Rest. }\ntopics:\n  - { slug: a, name: A, description: D, phrases: [x] }\n';

  test('accepts a catch-all and topics with phrases', () => {
    expect(textToTaxonomy('t.yaml', valid).ok).toBe(true);
  });

  test.each([
    ['a topic without phrases', valid.replace(', phrases: [x]', ''), /t\.yaml:3: topics\.0\.phrases/],
    ['a slug with capitals', valid.replace('slug: a,', 'slug: Bad Slug,'), /t\.yaml:3: topics\.0\.slug/],
    ['a duplicate slug', valid.replace('slug: a,', 'slug: other,'), /duplicate topic slug "other"/],
  ])('refuses %s with the file, line and field', (_name, text, message) => {
    const result = textToTaxonomy('t.yaml', text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
