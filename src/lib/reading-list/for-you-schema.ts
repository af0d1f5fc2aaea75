import { z } from 'astro/zod';

const termIndexes = z.array(z.number().int().nonnegative());

/**
 * The data the reading list's "For you" ranks papers with, in the browser
 * (for-you.json, written by the ingest, served by the site): each paper's
 * title as plain text (TeX read as text), what else its slug needs (the hash
 * of a long title's slug; rarely the whole slug), and its weightiest terms
 * as indexes into `terms`. Compact on purpose (arrays, not objects): it is
 * one file for the whole shelf. The ingest validates what it writes with
 * this schema, and the site what it reads.
 */
export const forYouSchema = z.object({
  version: z.literal(1),
  /** Every term some paper keeps, most common first. */
  terms: z.array(z.string()),
  /** [title, term indexes (weightiest first), and the hash or slug forYouSlug needs when the title does not spell the slug], sorted by slug. */
  papers: z.array(z.union([z.tuple([z.string(), termIndexes]), z.tuple([z.string(), termIndexes, z.string()])])),
});

/** The For-you data of a shelf. */
export type ForYouData = z.infer<typeof forYouSchema>;
