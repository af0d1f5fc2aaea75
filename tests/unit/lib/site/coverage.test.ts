import { describe, expect, test } from 'vitest';
import { coverage, coverageNote, tellsSomething } from '../../../../src/lib/site/coverage.ts';

describe('coverage', () => {
  test('counts the papers carrying a value', () => {
    expect(coverage([{ d: 1 }, {}, { d: 2 }], (p) => 'd' in p)).toEqual({ known: 2, total: 3 });
  });

  test.each([
    [{ known: 5, total: 91 }, false, 'five dated papers of ninety-one'],
    [{ known: 6, total: 642 }, false, 'six upvoted papers of the seed shelf'],
    [{ known: 4, total: 4 }, false, 'four papers, all dated: too few to draw'],
    [{ known: 377, total: 1204 }, true, 'a third of a real corpus'],
    [{ known: 20, total: 20 }, true, 'every paper'],
  ])('%o tells something: %s (%s)', (c, expected) => {
    expect(tellsSomething(c)).toBe(expected);
  });

  test('names the share a chart or list covers, and nothing when every paper carries the value', () => {
    expect(coverageNote({ known: 68, total: 642 }, 'a date')).toBe('68 of 642 papers carry a date');
    expect(coverageNote({ known: 1, total: 91 }, 'an upvote count')).toBe('1 of 91 papers carries an upvote count');
    expect(coverageNote({ known: 9, total: 9 }, 'a date')).toBeUndefined();
  });
});
