/** A title or query reduced to its words: lower case, letters and digits only, single spaces. */
export function titleKey(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** True when a query asks for a phrase: two words or more, and no quotes of its own (quoted phrases are Pagefind's already). */
export function wantsPhrase(query: string): boolean {
  return !query.includes('"') && titleKey(query).split(' ').length >= 2;
}

/**
 * Results with the exact matches first, without quotes: papers whose title
 * is the query, then papers holding the query as a phrase, then the rest,
 * each group in its own (Pagefind's) order.
 */
export function exactFirst<T extends { id: string }>(
  results: readonly T[],
  phraseIds: ReadonlySet<string>,
  titleIds: ReadonlySet<string>,
): T[] {
  const rank = (r: T): number => (titleIds.has(r.id) ? 0 : phraseIds.has(r.id) ? 1 : 2);
  return results
    .map((r, i) => ({ r, i, k: rank(r) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map(({ r }) => r);
}
