/**
 * True when a line reads like an abstract rather than a title: long, or
 * sentence-like in its word count. In the seeds the longest title has 165
 * characters and the shortest abstract 449, but real arXiv titles run past
 * 250 characters and abstracts can be one sentence of 100, so this is only a
 * hint: pairRecords lets the layout's order overrule it.
 */
export function isAbstractLike(line: string): boolean {
  return line.length >= 220 || line.split(/\s+/).length >= 35;
}

/**
 * True when a line may be a (short) abstract: abstract-like, or a sentence
 * of several words ending in a full stop. Titles almost never end in one,
 * so a title-like line after a title marks a missing abstract instead.
 */
export function mayBeAbstract(line: string): boolean {
  return isAbstractLike(line) || (/[.!?]["')\]]?$/.test(line) && line.split(/\s+/).length >= 8);
}

/** The author-count line of a daily listing, e.g. "  • 7 authors". */
export const AUTHORS_LINE = /^•\s*(\d+)\s+authors?$/;

/**
 * The date line of a daily listing: "Sep 29, 2023", "Oct 7", optionally
 * followed by the upvote count ("Sep 23, 2023 2").
 */
export const DATE_LINE =
  /^(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?) (\d{1,2})(?:, (\d{4}))?(?: (\d+))?$/;
