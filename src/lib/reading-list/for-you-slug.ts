import { MAX_SLUG_LENGTH, titleToSlug } from '../paper/title-to-slug.ts';

/** How a For-you entry gives its slug: by its title, the title and a hash (a long title's slug), or in full. */
const HASH = /^[0-9a-f]{6,12}$/u;

/** The slug of a For-you entry: its title spelled as a slug, or with its hash, or the slug it carries. */
export function forYouSlug(title: string, tail?: string): string {
  if (tail === undefined) return titleToSlug(title);
  if (!HASH.test(tail)) return tail;
  const base = titleToSlug(title, MAX_SLUG_LENGTH - tail.length - 1);
  return base === '' ? `paper-${tail}` : `${base}-${tail}`;
}

/** What a For-you entry carries to give `slug` from `title`: nothing, a hash, or the slug itself. */
export function slugTail(title: string, slug: string): string | undefined {
  if (forYouSlug(title) === slug) return undefined;
  const hash = slug.slice(slug.lastIndexOf('-') + 1);
  return HASH.test(hash) && forYouSlug(title, hash) === slug ? hash : slug;
}
