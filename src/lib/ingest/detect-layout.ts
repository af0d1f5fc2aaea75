import type { Layout } from './types.ts';

const LISTING_HEADER = 'Get trending papers in your email inbox once a day!';
const DAILY_SIGNATURE = 'byAK and the research community';

/**
 * Which layout a dump is in, judged by the page chrome it was copied with:
 * listing pages open with the "once a day" subscription line, daily pages
 * carry the "byAK and the research community" byline among their first lines.
 */
export function linesToLayout(lines: readonly string[]): Layout | undefined {
  const head = lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, 8);
  if (head.includes(DAILY_SIGNATURE)) return 'daily';
  if (head[0] === LISTING_HEADER) return 'listing';
  return undefined;
}
