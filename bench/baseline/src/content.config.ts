import process from 'node:process';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Plain markdown papers: a title, the abstract as the body. */
const papers = defineCollection({
  loader: glob({ pattern: '*.md', base: process.env['BASELINE_CONTENT'] ?? 'papers' }),
  schema: z.object({ title: z.string() }),
});

export const collections = { papers };
