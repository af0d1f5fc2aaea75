/** The most of a query Pagefind is given: longer than any title, far short of a pasted page (a 30 KB query froze the tab). */
export const MAX_QUERY_LENGTH = 500;

/**
 * The query as Pagefind should see it, at most MAX_QUERY_LENGTH characters. Pagefind's indexer drops TeX and
 * symbol characters inside words ("R^2AG" is indexed as "r2ag", "$f$" as
 * "f", "(3+1)d" as "31d") while its query parser splits on them or keeps
 * them, so a pasted title would miss its own page; dropping them here makes
 * query and index agree.
 */
export function normaliseQuery(query: string): string {
  return query
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/[\^$\\{}~`+=<>|*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
