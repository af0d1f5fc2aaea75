/** How many of a list's papers carry a value (a date, an upvote count), out of how many. */
export interface Coverage {
  known: number;
  total: number;
}

/** A chart or an ordering by a value needs at least this many papers carrying it… */
export const MIN_KNOWN = 5;
/** …and at least this share of the papers it speaks for. */
export const MIN_SHARE = 0.2;

/** The coverage of a value over papers. */
export function coverage<T>(papers: readonly T[], has: (paper: T) => boolean): Coverage {
  let known = 0;
  for (const paper of papers) if (has(paper)) known++;
  return { known, total: papers.length };
}

/**
 * Whether a chart or an ordering by a value says something about the papers:
 * enough of them carry the value. Five dated papers of ninety-one draw a
 * year chart of five papers; six upvoted papers of 642 order the shelf as
 * the dates do.
 */
export function tellsSomething({ known, total }: Coverage): boolean {
  return known >= MIN_KNOWN && known >= total * MIN_SHARE;
}

/** "68 of 642 papers carry a date", or undefined when every paper does. */
export function coverageNote({ known, total }: Coverage, what: string): string | undefined {
  if (known === total) return undefined;
  return `${known.toLocaleString('en')} of ${total.toLocaleString('en')} ${total === 1 ? 'paper' : 'papers'} ${known === 1 ? 'carries' : 'carry'} ${what}`;
}
