import process from 'node:process';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { markdownFiles } from './lib/content/markdown-files-loader.ts';
import { paperSchema } from './lib/paper/paper-schema.ts';
import { shelfTopicSchema } from './lib/topics/taxonomy-schema.ts';

/** Where the ingest wrote its output (`content` unless CONTENT_DIR says otherwise). */
const CONTENT_DIR = process.env['CONTENT_DIR'] ?? 'content';

/** Every paper the ingest wrote (`<slug>.md`), validated by the same schema the ingest used. */
const papers = defineCollection({
  loader: markdownFiles({ base: `${CONTENT_DIR}/papers` }),
  schema: paperSchema,
});

/** The topics the ingest settled on: the taxonomy's, then discovered ones, subtopics after their parent, the catch-all last. */
const topics = defineCollection({
  loader: file(`${CONTENT_DIR}/topics.json`),
  // `order` keeps the display order: collections come back sorted by id.
  schema: shelfTopicSchema,
});

/** The dumps as saved listings, in their original order (written by the ingest). */
const dumps = defineCollection({
  loader: file(`${CONTENT_DIR}/collections.json`),
  schema: z.object({
    id: z.string(),
    file: z.string(),
    title: z.string(),
    layout: z.string().nullable(),
    captured: z.string().nullable(),
    papers: z.array(z.string()),
  }),
});

/**
 * The reader's own notes, `notes/<slug>.md`, written by hand and shown on that paper's page. The ingest never touches
 * them, and reports a note whose slug names no paper. Markdown without raw HTML, like the abstracts.
 */
const notes = defineCollection({
  loader: markdownFiles({ base: `${CONTENT_DIR}/notes`, optional: true }),
  schema: z.object({ title: z.string().optional() }),
});

export const collections = { papers, topics, dumps, notes };
