import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { papersToCsv } from '../../../../src/lib/cite/papers-to-csv.ts';

test('a CSV download reads back cell for cell, with commas, quotes, non-ASCII and formulas made harmless', () => {
  const papers = [
    {
      title: 'Data, Models, and "Compute": 100% & {more}',
      date: '2024-05-01',
      year: 2024,
      url: 'https://x.org/papers/a/',
      topics: ['Agents', 'Tools, misc'],
      upvotes: 3,
    },
    { title: 'Über Δ-learning — 中文', url: 'https://x.org/papers/b/', topics: [] },
    { title: '=HYPERLINK("http://evil.example")', url: 'https://x.org/papers/c/', topics: [], authorCount: 7 },
  ];
  const rows = parse<Record<string, string>>(papersToCsv(papers), { columns: true });
  expect(rows).toHaveLength(3);
  expect(rows[0]).toEqual({
    title: 'Data, Models, and "Compute": 100% & {more}',
    date: '2024-05-01',
    year: '2024',
    url: 'https://x.org/papers/a/',
    topics: 'Agents; Tools, misc',
    upvotes: '3',
    authors: '',
  });
  expect(rows[1]?.['title']).toBe('Über Δ-learning — 中文');
  expect(rows[2]?.['title']).toBe('\'=HYPERLINK("http://evil.example")');
  expect(rows[2]?.['authors']).toBe('7');
});
