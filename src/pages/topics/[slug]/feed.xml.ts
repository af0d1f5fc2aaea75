import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse } from '../../../data/feeds.ts';
import { getShelf } from '../../../data/shelf.ts';

export const getStaticPaths = (async () => (await getShelf()).topics.map((t) => ({ params: { slug: t.slug } }))) satisfies GetStaticPaths;

/** The newest papers of one topic (with its subtopics'), as Atom. */
export const GET: APIRoute = async ({ params, site }) => {
  const topic = (await getShelf()).topic(params['slug'] ?? '');
  return feedResponse(
    {
      path: `/topics/${topic.slug}/feed.xml`,
      pagePath: `/topics/${topic.slug}/`,
      title: `${topic.label} · Papershelf`,
      subtitle: topic.description,
      papers: topic.papers,
    },
    site,
  );
};
