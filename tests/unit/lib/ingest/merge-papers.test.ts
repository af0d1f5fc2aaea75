import { describe, expect, test } from 'vitest';
import { mergePapers } from '../../../../src/lib/ingest/merge-papers.ts';
import { titleToKey } from '../../../../src/lib/ingest/title-to-key.ts';
import type { PaperRecord } from '../../../../src/lib/ingest/types.ts';

const record = (title: string, dump: string, line: number, extra: Partial<PaperRecord> = {}): PaperRecord => ({
  key: titleToKey(title),
  source: { dump, line },
  title,
  abstract: 'An abstract.',
  codeLinks: [],
  ...extra,
});

describe('mergePapers', () => {
  test('merges the $f$ and f spellings into one paper listing every source', () => {
    const { papers } = mergePapers([record('With $f$-Divergence', 'b.txt', 9), record('With f-Divergence', 'a.txt', 3)]);
    expect(papers).toHaveLength(1);
    expect(papers[0]?.sources).toEqual([
      { dump: 'a.txt', line: 3 },
      { dump: 'b.txt', line: 9 },
    ]);
  });

  test('keeps the fuller abstract and reports the conflict', () => {
    const { papers, conflicts } = mergePapers([
      record('T', 'a.txt', 1, { abstract: 'Short.' }),
      record('T', 'b.txt', 1, { abstract: 'Short. And longer.' }),
    ]);
    expect(papers[0]?.abstract).toBe('Short. And longer.');
    expect(conflicts).toEqual([{ title: 'T', field: 'abstract', kept: { dump: 'b.txt', line: 1 }, others: [{ dump: 'a.txt', line: 1 }] }]);
  });

  test('merges metadata from every occurrence, preferring a printed year', () => {
    const { papers } = mergePapers([
      record('T', 'a.txt', 1, { date: '2025-10-07', dateHasYear: false, upvotes: 1 }),
      record('T', 'b.txt', 1, { date: '2024-10-07', dateHasYear: true, authorCount: 4, upvotes: 3, codeLinks: ['https://x.org'] }),
    ]);
    expect(papers[0]).toMatchObject({ date: '2024-10-07', year: 2024, authorCount: 4, upvotes: 3, codeLinks: ['https://x.org'] });
  });

  test('gives the same papers whatever the input order', () => {
    const records = [record('B', 'z.txt', 5, { abstract: 'One.' }), record('A', 'y.txt', 2), record('b', 'x.txt', 1, { abstract: 'Two.' })];
    expect(mergePapers(records.slice().reverse())).toEqual(mergePapers(records));
  });

  test('never invents a date', () => {
    expect(mergePapers([record('T', 'a.txt', 1)]).papers[0]).not.toHaveProperty('date');
  });
});
