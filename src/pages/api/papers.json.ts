import type { APIRoute } from 'astro';
import { getShelf } from '../../data/shelf.ts';
import { absoluteUrl } from '../../data/urls.ts';
import { papersToCatalogue } from '../../lib/site/catalogue.ts';

/** Every paper with its metadata and URL, for scripts and other tools (compact JSON: indenting it added 37%). */
export const GET: APIRoute = async ({ site }) => {
  const shelf = await getShelf();
  const papers = papersToCatalogue(shelf.papers, (slug) => absoluteUrl(`/papers/${slug}/`, site));
  return new Response(`${JSON.stringify({ count: papers.length, papers })}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
