import type { APIRoute, GetStaticPaths } from 'astro';
import { listDownload } from '../../../data/list-downloads.ts';
import { getShelf } from '../../../data/shelf.ts';

export const getStaticPaths = (async () => (await getShelf()).topics.map((t) => ({ params: { slug: t.slug } }))) satisfies GetStaticPaths;

/** Every paper of the topic (with its subtopics'), newest first, as a download. */
export const GET: APIRoute = async ({ params, site }) => listDownload((await getShelf()).topic(params['slug'] ?? '').papers, 'bib', site);
