import type { PaperFrontmatter } from '../paper/paper-schema.ts';

/** The orderings a list of papers can be read in. */
export type PaperOrder = 'newest' | 'upvotes' | 'title';

/** How each ordering is named in URLs and labels; `newest` is the default. */
export const ORDERS: readonly { order: PaperOrder; segment: string | undefined; label: string }[] = [
  { order: 'newest', segment: undefined, label: 'Newest' },
  { order: 'upvotes', segment: 'upvotes', label: 'Most upvoted' },
  { order: 'title', segment: 'a-z', label: 'A–Z' },
];

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compares titles alphabetically, ignoring case and accents, then by code point. */
export function compareTitles(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The papers in a new array, in the given order: newest first (undated
 * last), most upvoted first (papers without upvotes last, then newest), or
 * A–Z by title. Ties fall back to the title, then the slug.
 */
export function orderPapers<T extends Pick<PaperFrontmatter, 'title' | 'slug' | 'date' | 'upvotes'>>(
  papers: readonly T[],
  order: PaperOrder,
): T[] {
  const byTitle = (a: T, b: T): number => compareTitles(a.title, b.title) || (a.slug < b.slug ? -1 : 1);
  const byDate = (a: T, b: T): number => compareCodePoints(b.date ?? '', a.date ?? '');
  const byVotes = (a: T, b: T): number => (b.upvotes ?? -1) - (a.upvotes ?? -1);
  const compare = {
    newest: (a: T, b: T) => byDate(a, b) || byTitle(a, b),
    upvotes: (a: T, b: T) => byVotes(a, b) || byDate(a, b) || byTitle(a, b),
    title: byTitle,
  }[order];
  return papers.slice().sort(compare);
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
