/**
 * The note files (`<slug>.md` in the notes folder) whose slug names no paper
 * on the shelf, with the closest slugs that do: such a note is shown nowhere,
 * so the ingest reports it by file name instead of dropping it silently.
 */
export function notesWithoutPapers(
  noteFiles: readonly string[],
  slugs: ReadonlySet<string>,
): { file: string; slug: string; suggestion?: string }[] {
  const sorted = [...slugs].sort();
  return noteFiles
    .filter((file) => file.endsWith('.md'))
    .map((file) => ({ file, slug: file.slice(0, -'.md'.length) }))
    .filter(({ slug }) => !slugs.has(slug))
    .map(({ file, slug }) => {
      const suggestion = closestBySharedPrefix(slug, sorted);
      return suggestion === undefined ? { file, slug } : { file, slug, suggestion };
    });
}

/** The slug sharing the longest start with `slug`, at least its first word (ties: the first A–Z), if any: a note written for a title that changed a little. */
function closestBySharedPrefix(slug: string, sorted: readonly string[]): string | undefined {
  const firstWord = slug.includes('-') ? slug.indexOf('-') + 1 : slug.length;
  let best: string | undefined;
  let bestLength = firstWord - 1;
  for (const other of sorted) {
    let n = 0;
    while (n < slug.length && slug[n] === other[n]) n++;
    if (n > bestLength) {
      best = other;
      bestLength = n;
    }
  }
  return best;
}
