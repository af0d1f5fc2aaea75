/** The filter groups the search page offers, as Pagefind filter names. */
export const FILTER_GROUPS = [
  { key: 'topic', label: 'Topic' },
  { key: 'year', label: 'Year' },
  { key: 'collection', label: 'Collection' },
] as const;

/** A filter group key: topic, year or collection. */
export type FilterKey = (typeof FILTER_GROUPS)[number]['key'];

/** The orderings of search results. */
export const SORTS = [
  { key: 'relevance', label: 'Best match', pagefind: undefined },
  { key: 'newest', label: 'Newest first', pagefind: { date: 'desc' } },
  // Pagefind's newest-first order, reversed by oldestFirst: one sort order less in the index's metadata.
  { key: 'oldest', label: 'Oldest first', pagefind: { date: 'desc' } },
  { key: 'upvotes', label: 'Most upvoted', pagefind: { upvotes: 'desc' } },
] as const;

/** A sort key. */
export type SortKey = (typeof SORTS)[number]['key'];

/** Everything that decides a search: the query, chosen filter values and the ordering. */
export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: SortKey;
  /** Search for the query as typed, never for a correction of it (`verbatim=1`, from "search instead for"). */
  verbatim?: boolean;
}

/** The search state a URL's query string describes (`?q=…&topic=…&year=…&sort=…`). */
export function paramsToSearchState(params: URLSearchParams): SearchState {
  const sortParam = params.get('sort');
  const sort = SORTS.find((s) => s.key === sortParam)?.key ?? 'relevance';
  const filters = Object.fromEntries(
    FILTER_GROUPS.map(({ key }) => [key, [...new Set(params.getAll(key).filter((v) => v !== ''))].sort()]),
  ) as Record<FilterKey, string[]>;
  const q = (params.get('q') ?? '').trim();
  return { q, filters, sort, ...(q !== '' && params.get('verbatim') === '1' ? { verbatim: true } : {}) };
}

/** The query string for a search state: empty parts left out, filter values sorted, so equal states give equal URLs. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const { key } of FILTER_GROUPS) for (const value of [...state.filters[key]].sort()) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.verbatim === true && state.q !== '') params.set('verbatim', '1');
  return params;
}

/** Pagefind's filter object for a state: only groups with chosen values (values in a group are alternatives). */
export function searchStateToPagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const { key } of FILTER_GROUPS) if (state.filters[key].length > 0) filters[key] = { any: state.filters[key] };
  return filters;
}

/** True when the state asks for anything: a query or at least one filter. */
export function isActiveSearch(state: SearchState): boolean {
  return state.q !== '' || FILTER_GROUPS.some(({ key }) => state.filters[key].length > 0);
}

/**
 * Oldest first, from results newest first in which the `dated` dated papers
 * come before the undated ones (sorted as 0000-00-00): the dated reversed,
 * then the undated, as they came.
 */
export function oldestFirst<T>(newestFirst: readonly T[], dated: number): T[] {
  return [...newestFirst.slice(0, dated).reverse(), ...newestFirst.slice(dated)];
}
