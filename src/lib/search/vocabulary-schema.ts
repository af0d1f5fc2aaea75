import { z } from 'astro/zod';

/**
 * The words of the search index and how many papers hold each
 * (vocabulary.json, written by the ingest): what "Did you mean" corrects
 * queries towards. The ingest validates what it writes, the site what it reads.
 */
export const vocabularySchema = z.object({
  version: z.literal(1),
  words: z.record(z.string(), z.number().int().positive()),
});

/** The vocabulary of a shelf. */
export type Vocabulary = z.infer<typeof vocabularySchema>;
