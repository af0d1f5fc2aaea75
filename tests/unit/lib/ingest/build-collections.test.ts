import { describe, expect, test } from 'vitest';
import { buildCollections } from '../../../../src/lib/ingest/build-collections.ts';
import type { DumpResult } from '../../../../src/lib/ingest/dump-to-records.ts';
import type { PaperFrontmatter } from '../../../../src/lib/paper/paper-schema.ts';

/** A dump of `count` papers, the i-th at line i + 3, with the dates given (in order, undefined for undated). */
function shelf(dump: Partial<DumpResult>, dates: (string | undefined)[]): { dumps: DumpResult[]; papers: PaperFrontmatter[] } {
  const file = dump.file ?? '000_59375e813d5b4033.txt';
  const papers = dates.map((date, i): PaperFrontmatter => ({
    title: `Paper ${i}`,
    plainTitle: `Paper ${i}`,
    slug: `paper-${i}`,
    excerpt: '',
    sources: [{ dump: file, line: i + 3 }],
    codeLinks: [],
    topics: ['other'],
    related: [],
    ...(date === undefined ? {} : { date, year: Number(date.slice(0, 4)) }),
  }));
  const records = papers.map((p) => ({
    key: p.slug,
    source: p.sources[0] ?? { dump: file, line: 0 },
    title: p.title,
    abstract: '',
    codeLinks: [],
  }));
  return {
    dumps: [{ file, sidecar: {}, recordsRead: records.length, records, rejections: [], diagnostics: [], ...dump }],
    papers,
  };
}

describe('buildCollections names a collection by what it holds', () => {
  test.each([
    [
      'a daily page by its date',
      { layout: 'daily', captured: '2025-11-18', pageDateText: 'Nov 18' },
      ['2025-11-17'],
      'Daily papers, 18 Nov 2025',
    ],
    [
      'a daily page of unknown year by its date as printed',
      { layout: 'daily', pageDateText: 'Mar 12' },
      [undefined],
      'Daily papers, Mar 12',
    ],
    [
      'a listing by the months of its papers',
      { layout: 'listing' },
      ['2025-07-02', undefined, '2025-03-30', '2025-05-01'],
      'Listing: papers from Mar–Jul 2025',
    ],
    ['a listing of one month', { layout: 'listing' }, ['2025-03-02', '2025-03-30'], 'Listing: papers from Mar 2025'],
    ['a listing across New Year', { layout: 'listing' }, ['2025-01-02', '2024-12-30'], 'Listing: papers from Dec 2024–Jan 2025'],
    ['an undated listing by its capture date', { layout: 'listing', captured: '2025-11-18' }, [undefined], 'Listing, saved 18 Nov 2025'],
    ['an undated listing by its file name, made readable', { layout: 'listing' }, [undefined, undefined], 'Listing: 000 59375e813d5b4033'],
    ['an undated listing called listing.txt by its layout alone', { layout: 'listing', file: 'listing.txt' }, [undefined], 'Listing'],
    [
      'a sidecar title before anything else',
      { layout: 'daily', captured: '2025-11-18', sidecar: { title: 'Diffusion reading' } },
      [undefined],
      'Diffusion reading',
    ],
  ] as const)('%s', (_name, dump, dates, title) => {
    const { dumps, papers } = shelf(dump, [...dates]);
    const [collection] = buildCollections(dumps, papers);
    expect(collection?.title).toBe(title);
    expect(collection?.id).toBe((dump as Partial<DumpResult>).file?.replace('.txt', '') ?? '000_59375e813d5b4033');
  });
});

test('buildCollections tells two daily pages of one day apart by their files, and leaves sidecar titles as written', () => {
  const a = shelf({ file: 'a.txt', layout: 'daily', captured: '2025-11-18' }, [undefined]);
  const b = shelf({ file: 'b.txt', layout: 'daily', captured: '2025-11-18' }, [undefined]);
  const c = shelf({ file: 'c.txt', layout: 'listing', sidecar: { title: 'Mine' } }, [undefined]);
  const d = shelf({ file: 'd.txt', layout: 'listing', sidecar: { title: 'Mine' } }, [undefined]);
  const collections = buildCollections(
    [a, b, c, d].flatMap((s) => s.dumps),
    [a, b, c, d].flatMap((s) => s.papers),
  );
  expect(collections.map((x) => x.title)).toEqual([
    'Daily papers, 18 Nov 2025 · a.txt',
    'Daily papers, 18 Nov 2025 · b.txt',
    'Mine',
    'Mine',
  ]);
});
