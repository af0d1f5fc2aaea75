import { searchStateToParams, type SortKey } from '../lib/search/search-state.ts';
import { withBase } from '../lib/site/with-base.ts';

/** A site path under the configured base path. */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** The absolute URL of a site path, for canonical links, feeds and the catalogue. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(url(path), site ?? 'http://localhost:4321').href;
}

export const paperPath = (slug: string): string => url(`/papers/${slug}/`);
export const topicPath = (slug: string, segment?: string, page = 1): string =>
  url(`/topics/${slug}/${segment === undefined ? '' : `${segment}/`}${page > 1 ? `${page}/` : ''}`);
export const collectionPath = (id: string): string => url(`/collections/${id}/`);

/** The search page with a topic filter and an order preset, e.g. a topic's papers most upvoted first. */
export const searchUrl = ({ topic, sort }: { topic: string; sort: SortKey }): string =>
  `${url('/search/')}?${searchStateToParams({ q: '', filters: { topic: [topic], year: [], collection: [] }, sort }).toString()}`;
