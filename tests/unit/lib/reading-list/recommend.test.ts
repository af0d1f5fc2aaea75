import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { dumpToRecords } from '../../../../src/lib/ingest/dump-to-records.ts';
import { mergePapers } from '../../../../src/lib/ingest/merge-papers.ts';
import { readDumps } from '../../../../src/lib/ingest/read-dumps.ts';
import { assignSlugs } from '../../../../src/lib/ingest/assign-slugs.ts';
import { forYouSlug } from '../../../../src/lib/reading-list/for-you-slug.ts';
import { recommend } from '../../../../src/lib/reading-list/recommend.ts';
import { modelToForYou } from '../../../../src/lib/reading-list/model-to-for-you.ts';
import { papersToTextModel } from '../../../../src/lib/text/papers-to-text-model.ts';
import { textToPlain } from '../../../../src/lib/math/text-to-plain.ts';

const { papers } = mergePapers((await readDumps('content/dumps')).map(dumpToRecords).flatMap((r) => r.records));
const { slugs } = assignSlugs(papers);
const model = papersToTextModel(papers);
const data = modelToForYou(
  model,
  papers.map((p, index) => ({ slug: slugs.get(p.key) ?? '', plainTitle: textToPlain(p.title), index })),
);
const slugOf = (title: RegExp): string => {
  const paper = papers.find((p) => title.test(p.title));
  return slugs.get(paper?.key ?? '') ?? '';
};

describe('For you', () => {
  test('needs at most 60 bytes a paper, gzipped, on the seed shelf', () => {
    const bytes = gzipSync(JSON.stringify(data)).length;
    expect(data.papers).toHaveLength(papers.length);
    expect(bytes / papers.length).toBeLessThanOrEqual(60);
  });

  test("gives back every paper's slug from its title and the hash or slug it carries", () => {
    const decoded = data.papers.map(([title, , tail]) => forYouSlug(title, tail)).sort();
    expect(decoded).toEqual([...slugs.values()].sort());
  });

  test('suggests papers on the subject of the saved ones, each saying which terms it shares', () => {
    const saved = new Set([slugOf(/^Federated Loss Exploration/u), slugOf(/Federated/u)]);
    const suggestions = recommend(data, saved, 10);
    expect(suggestions).toHaveLength(10);
    const federated = suggestions.filter((s) => /federated|clients?\b/iu.test(`${s.title} ${s.shared.join(' ')}`));
    expect(federated.length).toBeGreaterThanOrEqual(8);
    for (const s of suggestions) {
      expect(saved.has(s.slug)).toBe(false);
      expect(s.shared.length).toBeGreaterThan(0);
      expect(slugs.has(papers.find((p) => slugs.get(p.key) === s.slug)?.key ?? '')).toBe(true);
    }
  });

  test('suggests nothing from an empty list, and is the same for the same papers', () => {
    expect(recommend(data, new Set(), 10)).toEqual([]);
    const saved = new Set([slugOf(/MINE: Mutual Information/u)]);
    expect(recommend(data, saved)).toEqual(recommend(structuredClone(data), saved));
  });
});
