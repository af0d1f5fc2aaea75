import { expect, test } from 'vitest';
import { notesWithoutPapers } from '../../../../src/lib/ingest/notes-without-papers.ts';

const slugs = new Set(['attention-is-all-you-need', 'attention-sinks', 'mine-mutual-information-neural-estimation']);

test('a note whose slug names no paper is reported by file name, with the closest slug', () => {
  expect(
    notesWithoutPapers(
      ['attention-is-all-you-need.md', 'attention-is-all-you-need-v2.md', 'mine-mutual-info.md', 'zebra.md', 'README.txt'],
      slugs,
    ),
  ).toEqual([
    { file: 'attention-is-all-you-need-v2.md', slug: 'attention-is-all-you-need-v2', suggestion: 'attention-is-all-you-need' },
    { file: 'mine-mutual-info.md', slug: 'mine-mutual-info', suggestion: 'mine-mutual-information-neural-estimation' },
    { file: 'zebra.md', slug: 'zebra' },
  ]);
});

test('notes for papers on the shelf are not reported', () => {
  expect(notesWithoutPapers(['attention-sinks.md'], slugs)).toEqual([]);
});
