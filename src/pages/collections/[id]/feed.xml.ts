import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse } from '../../../data/feeds.ts';
import { getShelf } from '../../../data/shelf.ts';

export const getStaticPaths = (async () => (await getShelf()).collections.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

/** The newest papers of one saved listing, as Atom. */
export const GET: APIRoute = async ({ params, site }) => {
  const collection = (await getShelf()).collections.find((c) => c.id === params['id']);
  if (collection === undefined) return new Response(null, { status: 404 });
  return feedResponse(
    {
      path: `/collections/${collection.id}/feed.xml`,
      pagePath: `/collections/${collection.id}/`,
      title: `${collection.title} · Papershelf`,
      subtitle: `The newest papers saved in ${collection.file}.`,
      papers: collection.papers,
    },
    site,
  );
};
