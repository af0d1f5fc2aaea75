import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AUTHORS_LINE, DATE_LINE, isAbstractLike } from '../../../../src/lib/ingest/classify-line.ts';
import { cleanText } from '../../../../src/lib/ingest/clean-text.ts';
import { dumpToRecords } from '../../../../src/lib/ingest/dump-to-records.ts';
import { markdownToPaper } from '../../../../src/lib/ingest/markdown-to-paper.ts';
import { textToPlain } from '../../../../src/lib/math/text-to-plain.ts';
import { paperToMarkdown } from '../../../../src/lib/ingest/paper-to-markdown.ts';
import { titleToKey } from '../../../../src/lib/ingest/title-to-key.ts';

const HEADER = 'Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\n';
const FILLER =
  ' We study this question in depth across many settings and datasets, and show that the method improves over strong baselines by a clear margin while being simpler to implement and cheaper to run.';

/** Any text a title line could hold in a listing dump. */
const title = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 120 })
  .map(cleanText)
  .filter((t) => t !== '' && titleToKey(t) !== '' && !isAbstractLike(t) && !AUTHORS_LINE.test(t) && !DATE_LINE.test(t) && t !== '·');

/** Any text an abstract line could hold (made abstract-length by a closing sentence). */
const abstract = fc.string({ unit: 'grapheme', minLength: 0, maxLength: 300 }).map((a) => cleanText(`${a}${FILLER}`));

describe('a listing dump through the ingest', () => {
  test('arbitrary titles and abstracts survive parsing, markdown and read-back unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(title, abstract), { minLength: 1, maxLength: 4 }), (papers) => {
        const text = `${HEADER}Subscribe${papers.map(([t, a]) => `${t}\n${a}`).join('\n')}\n`;
        const result = dumpToRecords({ name: 'prop.txt', bytes: new TextEncoder().encode(text) });
        expect(result.rejections).toEqual([]);
        expect(result.records.map((r) => [r.title, r.abstract])).toEqual(papers);
        for (const record of result.records) {
          const markdown = paperToMarkdown(
            {
              title: record.title,
              plainTitle: record.title,
              slug: 'x',
              excerpt: '',
              sources: [record.source],
              codeLinks: [],
              topics: ['other'],
              related: [],
            },
            record.abstract,
          );
          const back = markdownToPaper(markdown);
          expect([(back.frontmatter as { title: string }).title, back.text]).toEqual([record.title, textToPlain(record.abstract)]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
