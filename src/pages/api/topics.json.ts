import type { APIRoute } from 'astro';
import { getShelf } from '../../data/shelf.ts';
import { absoluteUrl } from '../../data/urls.ts';
import { topicsToCatalogue } from '../../lib/site/catalogue.ts';

/** Every topic with its description, paper count and URL. */
export const GET: APIRoute = async ({ site }) => {
  const shelf = await getShelf();
  const topics = topicsToCatalogue(shelf.topics, (slug) => absoluteUrl(`/topics/${slug}/`, site));
  return new Response(`${JSON.stringify({ count: topics.length, topics })}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
