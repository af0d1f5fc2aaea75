import type { APIRoute } from 'astro';
import { feedResponse } from '../data/feeds.ts';
import { getShelf } from '../data/shelf.ts';

/** The newest papers on the whole shelf, as Atom. */
export const GET: APIRoute = async ({ site }) => {
  const shelf = await getShelf();
  return feedResponse(
    { path: '/feed.xml', pagePath: '/', title: 'Papershelf', subtitle: 'The newest papers on the shelf.', papers: shelf.papers },
    site,
  );
};
