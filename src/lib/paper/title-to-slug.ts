/** Longest slug, in characters. */
export const MAX_SLUG_LENGTH = 80;

/**
 * The URL slug of a title: ASCII letters and digits joined by hyphens,
 * accents folded ("Café" → "cafe"), cut at a word boundary so it has at
 * most `max` characters.
 */
export function titleToSlug(title: string, max = MAX_SLUG_LENGTH): string {
  const full = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= max) return full;
  const cut = full.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : full.slice(0, max)).replace(/-+$/, '');
}
