import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../../../src/lib/feed/html-to-text.ts';
import { papersToAtom, type Feed } from '../../../../src/lib/feed/papers-to-atom.ts';
import { readAtom } from '../../../support/read-atom.ts';

const feed: Feed = {
  url: 'https://shelf.example/feed.xml',
  pageUrl: 'https://shelf.example/',
  title: 'Papershelf',
  subtitle: 'Newest & best',
  contentDate: '2025-03-01',
  entries: [
    {
      url: 'https://shelf.example/papers/a/',
      title: '<script>alert(1)</script> & "Quotes" ]]> in $x^2$',
      text: 'An abstract with <b>tags</b> & entities &amp; kept as text.',
      date: '2025-02-03',
      topics: [{ slug: 'agents', name: 'Agents & tools' }],
    },
    { url: 'https://shelf.example/papers/b/', title: 'Undated', text: 'No date.', topics: [] },
  ],
};

describe('an Atom feed', () => {
  test('is well-formed XML with the elements RFC 4287 requires', () => {
    const root = readAtom(papersToAtom(feed));
    expect(root.id).toBe(feed.url);
    expect(root.title['#text']).toBe('Papershelf');
    expect(root.subtitle?.['#text']).toBe('Newest & best');
    expect(root.author.name).toBe('Papershelf');
    expect(root.link.find((l) => l['@rel'] === 'self')?.['@href']).toBe(feed.url);
    expect(root.updated).toBe('2025-03-01T00:00:00Z');
    expect(root.entry).toHaveLength(2);
  });

  test('carries titles and abstracts as text, never as markup', () => {
    const [first] = readAtom(papersToAtom(feed)).entry;
    expect(first?.title['#text']).toBe(feed.entries[0]?.title);
    expect(first?.summary['#text']).toBe(feed.entries[0]?.text);
    expect(first?.category?.[0]?.['@label']).toBe('Agents & tools');
  });

  test('dates a dated paper by its day, and never invents a date for an undated one', () => {
    const [dated, undated] = readAtom(papersToAtom(feed)).entry;
    expect(dated?.published).toBe('2025-02-03T00:00:00Z');
    expect(dated?.updated).toBe('2025-02-03T00:00:00Z');
    expect(undated?.published).toBeUndefined();
    expect(undated?.updated).toBe('2025-03-01T00:00:00Z');
  });

  test('is the same bytes for the same papers', () => {
    expect(papersToAtom(feed)).toBe(papersToAtom(structuredClone(feed)));
  });
});

describe('the text of a rendered abstract', () => {
  test('drops tags, joins paragraphs and decodes references', () => {
    expect(htmlToText('<p>A &lt;b&gt; &amp; <a href="https://x.org">https://x.org</a> &quot;q&quot;</p>\n<p>Second.</p>\n')).toBe(
      'A <b> & https://x.org "q"\n\nSecond.',
    );
  });
});
