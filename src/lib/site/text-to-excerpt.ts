/**
 * The first `max` characters of a text, cut at a word boundary and marked
 * with an ellipsis when anything was cut.
 */
export function textToExcerpt(text: string, max = 300): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > 0 ? cut.slice(0, boundary) : text.slice(0, max)).replace(/[\s,;:.–—-]+$/, '')}…`;
}
