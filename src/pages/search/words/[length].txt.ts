import type { APIRoute, GetStaticPaths } from 'astro';
import { vocabularyShards } from '../../../data/vocabulary.ts';

export const getStaticPaths = (async () =>
  [...(await vocabularyShards()).keys()].map((length) => ({ params: { length: String(length) } }))) satisfies GetStaticPaths;

/** The search index's words of one length with the number of papers holding each (`word count` lines), read by "Did you mean". */
export const GET: APIRoute = async ({ params }) =>
  new Response((await vocabularyShards()).get(Number(params['length'])) ?? '', {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
