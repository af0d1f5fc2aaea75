import type { APIRoute } from 'astro';
import { getShelf } from '../data/shelf.ts';
import { absoluteUrl } from '../data/urls.ts';
import { collectionPages } from '../lib/site/collection-pages.ts';
import { topicPages } from '../lib/site/topic-pages.ts';
import { pathsToSitemap } from '../lib/site/paths-to-sitemap.ts';

/** Every HTML page of the site. */
export const GET: APIRoute = async ({ site }) => {
  const shelf = await getShelf();
  const paths = [
    '/',
    '/topics/',
    '/collections/',
    '/search/',
    ...topicPages(shelf.topics).map((p) => `/topics/${p.topic.slug}/${p.rest === undefined ? '' : `${p.rest}/`}`),
    ...collectionPages(shelf.collections).map((p) => `/collections/${p.collection.id}/${p.rest === undefined ? '' : `${p.rest}/`}`),
    ...shelf.papers.map((p) => `/papers/${p.slug}/`),
  ];
  return new Response(pathsToSitemap(paths.map((p) => absoluteUrl(p, site))), { headers: { 'Content-Type': 'application/xml' } });
};
