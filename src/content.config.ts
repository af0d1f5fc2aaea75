import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { textToTaxonomy } from './lib/ingest/text-to-taxonomy.ts';
import { paperSchema } from './lib/paper-schema.ts';

/** Every paper the ingest wrote, validated by the same schema the ingest used. */
const papers = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/papers', generateId: ({ data }) => String(data['slug']) }),
  schema: paperSchema,
});

/** The topics of content/topics.yaml (the catch-all last), without their phrases. */
const topics = defineCollection({
  loader: file('content/topics.yaml', {
    parser: (text) => {
      const result = textToTaxonomy('content/topics.yaml', text);
      if (!result.ok) throw new Error(result.message);
      return [...result.taxonomy.topics, result.taxonomy.catchAll].map(({ slug, name, description }) => ({ id: slug, slug, name, description }));
    },
  }),
  schema: z.object({ slug: z.string(), name: z.string(), description: z.string() }),
});

/** The dumps as saved listings, in their original order (written by the ingest). */
const dumps = defineCollection({
  loader: file('content/collections.json'),
  schema: z.object({
    id: z.string(),
    file: z.string(),
    title: z.string(),
    layout: z.string().nullable(),
    captured: z.string().nullable(),
    papers: z.array(z.string()),
  }),
});

export const collections = { papers, topics, dumps };
