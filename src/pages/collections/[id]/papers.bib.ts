import type { APIRoute, GetStaticPaths } from 'astro';
import { listDownload } from '../../../data/list-downloads.ts';
import { getShelf } from '../../../data/shelf.ts';

export const getStaticPaths = (async () => (await getShelf()).collections.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

/** Every paper of the saved listing, in its order, as a download. */
export const GET: APIRoute = async ({ params, site }) =>
  listDownload((await getShelf()).collections.find((c) => c.id === params['id'])?.papers ?? [], 'bib', site);
