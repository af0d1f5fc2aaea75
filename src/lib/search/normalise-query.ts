/**
 * The query as Pagefind should see it. Pagefind's indexer drops TeX and
 * symbol characters inside words ("R^2AG" is indexed as "r2ag", "$f$" as
 * "f", "(3+1)d" as "31d") while its query parser splits on them or keeps
 * them, so a pasted title would miss its own page; dropping them here makes
 * query and index agree.
 */
export function normaliseQuery(query: string): string {
  return query
    .replace(/[\^$\\{}~`+=<>|*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
