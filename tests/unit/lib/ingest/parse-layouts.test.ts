import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { linesToLayout } from '../../../../src/lib/ingest/detect-layout.ts';
import { parseDailyLayout } from '../../../../src/lib/ingest/parse-daily-layout.ts';
import { parseListingLayout } from '../../../../src/lib/ingest/parse-listing-layout.ts';

const ABSTRACT =
  'We propose a method that does something useful for learning systems, study it in depth across many settings and datasets, and show that it improves over strong baselines by a clear margin while being simpler to implement and cheaper to run.';
/** A real kind of arXiv title, past the 220 characters that make a line read like an abstract. */
const LONG_TITLE =
  'On global classical and weak solutions with arbitrarily large initial data to the multi-dimensional viscous Saint-Venant system and compressible Navier-Stokes equations with degenerate viscosities and far-field vacuum in bounded and unbounded domains';
/** The shortest abstract of a real arXiv corpus is one sentence of about 100 characters. */
const SHORT_ABSTRACT = 'Lecture notes on the Mori–Zwanzig projection operator formalism and its use in statistical mechanics.';
const LISTING_HEAD = ['Get trending papers in your email inbox once a day!', 'Get trending papers in your email inbox!'];
const DAILY_HEAD = [
  'new',
  '',
  'Get trending papers in your email inbox!',
  '',
  'Subscribe',
  '',
  'Daily Papers',
  '',
  'byAK and the research community',
  '',
  'Nov 18',
  '',
];

describe('linesToLayout', () => {
  test.each([
    ['listing', [...LISTING_HEAD, 'SubscribeA Title', ABSTRACT], 'listing'],
    ['daily', [...DAILY_HEAD, 'A Title', '', ABSTRACT], 'daily'],
    ['daily without "Daily Papers"', DAILY_HEAD.filter((l) => l !== 'Daily Papers'), 'daily'],
    ['plain notes', ['My notes', 'about papers'], undefined],
  ])('recognises %s', (_name, lines, layout) => {
    expect(linesToLayout(lines)).toBe(layout);
  });
});

describe('parseListingLayout', () => {
  test('cuts "Subscribe" off the first title and numbers title lines from 1', () => {
    const parsed = parseListingLayout('l.txt', [
      ...LISTING_HEAD,
      'SubscribeEvaluation of Latent Space',
      ABSTRACT,
      'Second Paper',
      ABSTRACT,
    ]);
    expect(parsed.records.map((r) => [r.title, r.line])).toEqual([
      ['Evaluation of Latent Space', 3],
      ['Second Paper', 5],
    ]);
    expect(parsed.rejections).toEqual([]);
  });

  test.each([
    [
      'rejects a title with no abstract between two records',
      ['SubscribeFirst', ABSTRACT, 'Orphan', 'Third', ABSTRACT],
      ['First', 'Third'],
      [[5, 'title with no abstract']],
      [],
    ],
    [
      'rejects a truncated last record',
      ['SubscribeFirst', ABSTRACT, 'Cut Off'],
      ['First'],
      [[5, 'truncated last record: title with no abstract']],
      [],
    ],
    ['keeps a short last abstract', ['SubscribeFirst', 'We study it.'], ['First'], [], []],
    [
      'rejects two titles in a row without abstracts, inventing no abstract',
      ['SubscribeFirst', ABSTRACT, 'Second Lost Its Abstract', 'Third Lost Its Abstract Too', 'Fourth', ABSTRACT],
      ['First', 'Fourth'],
      [
        [5, 'title with no abstract'],
        [6, 'title with no abstract'],
      ],
      [],
    ],
    [
      'keeps a short abstract that is a sentence',
      ['SubscribeFirst', 'A short abstract of a few words, ending in a stop.', 'Second', ABSTRACT],
      ['First', 'Second'],
      [],
      [],
    ],
    ['skips blank lines', ['SubscribeFirst', '', ABSTRACT, '', 'Second', ABSTRACT], ['First', 'Second'], [], []],
    [
      'rejects a stray abstract line with its line number',
      ['SubscribeFirst', ABSTRACT, ABSTRACT, 'Second', ABSTRACT],
      ['First', 'Second'],
      [[5, 'stray line: reads like an abstract but no title precedes it']],
      [],
    ],
    [
      'rejects two stray abstract lines in a row, pairing neither with the other',
      ['SubscribeFirst', ABSTRACT, ABSTRACT, ABSTRACT, 'Second', ABSTRACT],
      ['First', 'Second'],
      [
        [5, 'stray line: reads like an abstract but no title precedes it'],
        [6, 'stray line: reads like an abstract but no title precedes it'],
      ],
      [],
    ],
    ['keeps a title over 220 characters', ['SubscribeFirst', ABSTRACT, LONG_TITLE, ABSTRACT], ['First', LONG_TITLE], [], []],
    ['keeps a first title over 220 characters glued to "Subscribe"', [`Subscribe${LONG_TITLE}`, ABSTRACT], [LONG_TITLE], [], []],
    [
      'keeps a long title with a one-sentence abstract shorter than it',
      [`Subscribe${LONG_TITLE}`, SHORT_ABSTRACT, 'Second', ABSTRACT],
      [LONG_TITLE, 'Second'],
      [],
      [],
    ],
  ])('%s', (_name, body, titles, rejections, warningLines) => {
    const parsed = parseListingLayout('l.txt', [...LISTING_HEAD, ...body]);
    expect(parsed.records.map((r) => r.title)).toEqual(titles);
    expect(parsed.rejections.map((r) => [r.line, r.reason])).toEqual(rejections);
    expect(parsed.warnings.map((w) => w.line)).toEqual(warningLines);
  });
});

describe('parseDailyLayout', () => {
  test('reads authors, date and upvotes and the page date', () => {
    const parsed = parseDailyLayout('d.txt', [
      ...DAILY_HEAD,
      'A Title',
      '',
      ABSTRACT,
      '',
      '  • 7 authors',
      '·',
      'Sep 23, 2023 2',
      '',
      'Plain',
      '',
      ABSTRACT,
    ]);
    expect(parsed.pageDateText).toBe('Nov 18');
    expect(parsed.records).toEqual([
      { dump: 'd.txt', line: 13, title: 'A Title', abstract: ABSTRACT, authorCount: 7, dateText: 'Sep 23, 2023', upvotes: 2 },
      { dump: 'd.txt', line: 21, title: 'Plain', abstract: ABSTRACT },
    ]);
  });

  test.each([
    ['a year-less date', ['  • 5 authors', '·', 'Oct 7'], { authorCount: 5, dateText: 'Oct 7' }],
    ['a year-less date with upvotes', ['  • 1 author', '·', 'Apr 12 3'], { authorCount: 1, dateText: 'Apr 12', upvotes: 3 }],
    ['only a date', ['Jun 14, 2017'], { dateText: 'Jun 14, 2017' }],
  ])('reads metadata with %s', (_name, meta, expected) => {
    const parsed = parseDailyLayout('d.txt', [...DAILY_HEAD, 'T', '', ABSTRACT, '', ...meta]);
    expect(parsed.records[0]).toMatchObject(expected);
  });

  test('rejects a title whose abstract is missing and keeps its neighbours', () => {
    const parsed = parseDailyLayout('d.txt', [
      ...DAILY_HEAD,
      'A',
      '',
      ABSTRACT,
      '',
      'Orphan',
      '',
      '  • 2 authors',
      '·',
      'Oct 9',
      '',
      'B',
      '',
      ABSTRACT,
    ]);
    expect(parsed.records.map((r) => r.title)).toEqual(['A', 'B']);
    expect(parsed.rejections).toEqual([{ file: 'd.txt', line: 17, reason: 'title with no abstract' }]);
  });

  test('reads a title that starts like a month as a title, not a date', () => {
    const parsed = parseDailyLayout('d.txt', [...DAILY_HEAD, 'Octopus 2', '', ABSTRACT, '', 'Mayday 3', '', ABSTRACT]);
    expect(parsed.records.map((r) => r.title)).toEqual(['Octopus 2', 'Mayday 3']);
  });

  test.each([
    ['with metadata', ['  • 3 authors', '·', 'Oct 9, 2025', '']],
    ['without metadata', []],
  ])('keeps a title over 220 characters in a daily block %s', (_name, meta) => {
    const parsed = parseDailyLayout('d.txt', [...DAILY_HEAD, LONG_TITLE, '', SHORT_ABSTRACT, '', ...meta, 'B', '', ABSTRACT]);
    expect(parsed.records.map((r) => r.title)).toEqual([LONG_TITLE, 'B']);
    expect(parsed.rejections).toEqual([]);
  });

  test('warns about metadata with no paper before it', () => {
    const parsed = parseDailyLayout('d.txt', [...DAILY_HEAD, '  • 9 authors', '·', 'Jan 1, 2020', '', 'A', '', ABSTRACT]);
    expect(parsed.records.map((r) => r.title)).toEqual(['A']);
    expect(parsed.warnings).toMatchObject([{ line: 13, severity: 'warning' }]);
  });
});

describe('every line of text is accounted for', () => {
  /** The lines a dump body is made of, broken records included. */
  const line = fc.constantFrom(
    ['title', 'A Short Title'],
    ['title', LONG_TITLE],
    ['abstract', ABSTRACT],
    ['abstract', SHORT_ABSTRACT],
    ['abstract', 'We study it.'],
    ['meta', '  • 4 authors\n·\nOct 9, 2025'],
    ['meta', 'Oct 9'],
  );

  test('a title line is in a record or a rejection, an abstract line in a record or a rejection, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.boolean(), (body, daily) => {
        const lines = body.flatMap(([, text]) => (daily ? [...text.split('\n'), ''] : text.split('\n')));
        const parsed = daily
          ? parseDailyLayout('d.txt', [...DAILY_HEAD, ...lines])
          : parseListingLayout('l.txt', [...LISTING_HEAD, 'Subscribe', ...lines]);
        const textLines = body.filter(([kind]) => kind !== 'meta').length;
        // A record holds two lines of text (title and abstract), a rejection one.
        expect(2 * parsed.records.length + parsed.rejections.length).toBe(textLines);
        const at = [...parsed.records.map((r) => r.line), ...parsed.rejections.map((r) => r.line)];
        expect(new Set(at).size).toBe(at.length);
      }),
      { numRuns: 500 },
    );
  });
});
