import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import type { APIRoute } from 'astro';
import { forYouSchema } from '../../lib/reading-list/for-you-schema.ts';

/**
 * The data "For you" ranks papers with (written by the ingest as
 * for-you.json), served compact and fetched only by the reading list page.
 */
export const GET: APIRoute = async () => {
  const file = join(process.env['CONTENT_DIR'] ?? 'content', 'for-you.json');
  const data = forYouSchema.parse(JSON.parse(await readFile(file, 'utf8').catch(() => '{"version":1,"terms":[],"papers":[]}')));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
