import { describe, expect, test } from 'vitest';
import { buildShelf } from '../../../../src/lib/site/build-shelf.ts';
import { collectionPages } from '../../../../src/lib/site/collection-pages.ts';
import { papersToCatalogue } from '../../../../src/lib/site/catalogue.ts';
import { formatDate, plural } from '../../../../src/lib/site/format.ts';
import { neighbours } from '../../../../src/lib/site/neighbours.ts';
import { pageWindow, paginate } from '../../../../src/lib/site/paginate.ts';
import { orderPapers } from '../../../../src/lib/site/paper-order.ts';
import { siteFromEnv } from '../../../../src/lib/build/site-from-env.ts';
import { textToExcerpt } from '../../../../src/lib/site/text-to-excerpt.ts';
import { topicPages } from '../../../../src/lib/site/topic-pages.ts';
import { withBase } from '../../../../src/lib/site/with-base.ts';
import { yearsToChart } from '../../../../src/lib/site/years-to-chart.ts';
import type { PaperFrontmatter } from '../../../../src/lib/paper/paper-schema.ts';

const paper = (slug: string, extra: Partial<PaperFrontmatter> = {}): PaperFrontmatter => ({
  title: slug.toUpperCase(),
  plainTitle: slug.toUpperCase(),
  slug,
  excerpt: 'An abstract.',
  sources: [{ dump: 'd.txt', line: 1 }],
  codeLinks: [],
  topics: ['t1'],
  related: [],
  ...extra,
});

describe('siteFromEnv', () => {
  test.each([
    ['local default', {}, { site: 'http://localhost:4321', base: '/' }],
    [
      'explicit variables',
      { SITE_URL: 'https://shelf.example.org', BASE_PATH: 'papers-demo' },
      { site: 'https://shelf.example.org', base: '/papers-demo/' },
    ],
    ['a path in SITE_URL', { SITE_URL: 'https://a.github.io/shelf/' }, { site: 'https://a.github.io', base: '/shelf/' }],
    [
      'GitHub Actions',
      { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Ada/papershelf' },
      { site: 'https://ada.github.io', base: '/papershelf/' },
    ],
    [
      'a user site repository',
      { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'ada/ada.github.io' },
      { site: 'https://ada.github.io', base: '/' },
    ],
    [
      'variables over GitHub defaults',
      { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'ada/x', BASE_PATH: '/' },
      { site: 'https://ada.github.io', base: '/' },
    ],
  ])('reads %s', (_name, env, expected) => {
    expect(siteFromEnv(env)).toEqual(expected);
  });
});

describe('withBase', () => {
  test.each([
    ['/', '/topics/', '/topics/'],
    ['/papers-demo/', '/topics/', '/papers-demo/topics/'],
    ['/papers-demo', 'api/papers.json', '/papers-demo/api/papers.json'],
  ])('puts %s before %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('orderPapers', () => {
  const papers = [
    paper('b', { date: '2023-01-01', upvotes: 3 }),
    paper('a', { upvotes: 9 }),
    paper('c', { date: '2024-05-01' }),
    paper('d', { date: '2024-05-01', upvotes: 3 }),
  ];
  test('puts the newest first and undated papers last', () => {
    expect(orderPapers(papers, 'newest').map((p) => p.slug)).toEqual(['c', 'd', 'b', 'a']);
  });
  test('puts the most upvoted first, ties by date, papers without upvotes last', () => {
    expect(orderPapers(papers, 'upvotes').map((p) => p.slug)).toEqual(['a', 'd', 'b', 'c']);
  });
  test('orders A–Z ignoring case and accents', () => {
    expect(
      orderPapers([paper('x', { title: 'beta' }), paper('y', { title: 'Álpha' }), paper('z', { title: 'Gamma' })], 'title').map(
        (p) => p.title,
      ),
    ).toEqual(['Álpha', 'beta', 'Gamma']);
  });
});

describe('paginate and topic pages', () => {
  test.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 200, [1, 2, 3, null, 200]],
    [100, 200, [1, null, 98, 99, 100, 101, 102, null, 200]],
    [4, 200, [1, 2, 3, 4, 5, 6, null, 200]],
    [200, 200, [1, null, 198, 199, 200]],
  ])('shows pages around page %i of %i, with gaps: %j', (current, total, shown) => {
    expect(pageWindow(current, total)).toEqual(shown);
  });

  test('gives each collection pages of 50 in the dump order', () => {
    const papers = Array.from({ length: 120 }, (_, i) => paper(`p${String(i)}`));
    const pages = collectionPages([{ id: 'c', file: 'c.txt', title: 'C', captured: null, papers }]);
    expect(pages.map((p) => [p.rest, p.start, p.items.length, p.total])).toEqual([
      [undefined, 0, 50, 3],
      ['2', 50, 50, 3],
      ['3', 100, 20, 3],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(papers);
  });

  test('splits into pages and keeps one page for an empty list', () => {
    expect(paginate([1, 2, 3, 4, 5], 2).map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 50)).toEqual([{ number: 1, total: 1, items: [], start: 0 }]);
  });

  test('gives each topic its newest-first pages by 50 and the first page of the other orderings, with stable routes', () => {
    const shelf = buildShelf({
      papers: Array.from({ length: 120 }, (_, i) => ({ data: paper(`p${String(i).padStart(3, '0')}`) })),
      topics: [{ slug: 't1', name: 'T1', description: 'd' }],
      collections: [],
    });
    expect(topicPages(shelf.topics).map((p) => p.rest)).toEqual([undefined, '2', '3', 'upvotes', 'a-z']);
    expect(topicPages(shelf.topics).map((p) => [p.items.length, p.total])).toEqual([
      [50, 3],
      [50, 3],
      [20, 3],
      [50, 1],
      [50, 1],
    ]);
  });
});

describe('buildShelf', () => {
  const shelf = buildShelf({
    papers: [
      { data: paper('a', { topics: ['t1', 't2'], date: '2024-01-02' }) },
      { data: paper('b', { topics: ['t1'], date: '2023-01-02' }) },
      { data: paper('c', { topics: ['t2', 't1'] }) },
    ],
    topics: [
      { slug: 't1', name: 'One', description: 'd1' },
      { slug: 't2', name: 'Two', description: 'd2' },
      { slug: 'empty', name: 'Empty', description: 'none' },
    ],
    collections: [{ id: 'd', file: 'd.txt', title: 'D', captured: null, papers: ['c', 'a', 'missing'] }],
  });

  test('lists topics with papers only, each newest first', () => {
    expect(shelf.topics.map((t) => [t.slug, t.papers.map((p) => p.slug)])).toEqual([
      ['t1', ['a', 'b', 'c']],
      ['t2', ['a', 'c']],
    ]);
  });

  test('counts the topics assigned together', () => {
    expect(shelf.topic('t1').related).toEqual([{ slug: 't2', count: 2 }]);
  });

  test('keeps collections in dump order and the date range of dated papers', () => {
    expect(shelf.collections[0]?.papers.map((p) => p.slug)).toEqual(['c', 'a']);
    expect(shelf.dateRange).toEqual({ first: '2023-01-02', last: '2024-01-02' });
  });

  test('finds the collection saved from a dump file, and none for an unknown file', () => {
    expect(shelf.collectionOf('d.txt')?.title).toBe('D');
    expect(shelf.collectionOf('other.txt')).toBeUndefined();
  });

  test('gives each paper its neighbours within a topic', () => {
    expect(neighbours(shelf.topic('t1').papers, shelf.paper('b'))).toEqual({ previous: shelf.paper('a'), next: shelf.paper('c') });
  });

  test('lists every paper once in the catalogue, with null for what is unknown', () => {
    const catalogue = papersToCatalogue(shelf.papers, (slug) => `https://x.org/papers/${slug}/`);
    expect(catalogue.map((p) => p.slug)).toEqual(['a', 'b', 'c']);
    expect(catalogue[2]).toMatchObject({ date: null, year: null, upvotes: null, url: 'https://x.org/papers/c/' });
  });
});

describe('yearsToChart', () => {
  test('draws one bar per year from first to last, empty years included, scaled to the busiest', () => {
    const chart = yearsToChart([2020, 2022, 2022, undefined], 300, 120);
    expect(chart.bars.map((b) => [b.year, b.count])).toEqual([
      [2020, 1],
      [2021, 0],
      [2022, 2],
    ]);
    expect(chart.bars[2]?.height).toBeGreaterThan(chart.bars[0]?.height ?? Infinity);
    expect(chart.bars[1]?.height).toBe(0);
  });
  test('draws nothing without dated papers', () => {
    expect(yearsToChart([undefined]).bars).toEqual([]);
  });
});

describe('text formatting', () => {
  test('cuts excerpts at a word boundary with an ellipsis', () => {
    expect(textToExcerpt('one two three four five', 12)).toBe('one two…');
    expect(textToExcerpt('short', 12)).toBe('short');
  });
  test('formats dates and counts for readers', () => {
    expect(formatDate('2023-09-29')).toBe('29 Sep 2023');
    expect(plural(1, 'author')).toBe('1 author');
    expect(plural(1200, 'paper')).toBe('1,200 papers');
  });
});
