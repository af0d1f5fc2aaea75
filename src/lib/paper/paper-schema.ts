import { z } from 'astro/zod';

/** Slugs are lowercase ASCII words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where a paper occurred: the dump's file name and the 1-based line of its title. */
export const sourceSchema = z.object({
  dump: z.string().min(1),
  line: z.number().int().positive(),
});

/** A related paper: its slug, and the words the two papers share that weigh most, as readers write them. */
export const relatedSchema = z.object({
  slug: z.string().regex(slugPattern),
  terms: z.array(z.string().trim().min(1)).max(3),
});

/**
 * The frontmatter of one generated paper file. The ingest validates with it
 * before writing, and the Astro content collection validates with it again
 * when the site is built: one schema, two consumers.
 */
export const paperSchema = z.object({
  title: z.string().trim().min(1),
  /** The title as plain text, TeX read as text ("O(√T)"): what feeds, citations, downloads, the catalogue and the page's <title> show. */
  plainTitle: z.string().trim().min(1),
  slug: z.string().regex(slugPattern).max(96),
  date: z.iso.date().optional(),
  year: z.number().int().min(1900).max(2999).optional(),
  authorCount: z.number().int().positive().optional(),
  upvotes: z.number().int().nonnegative().optional(),
  /** The abstract's first 300 characters or so as plain text, cut at a word, for listings and page descriptions. */
  excerpt: z.string(),
  sources: z.array(sourceSchema).min(1),
  codeLinks: z.array(z.url()),
  /** 1–3 topic slugs, strongest first; a subtopic's slug stands in for its parent's. */
  topics: z.array(z.string().regex(slugPattern)).min(1).max(3),
  /** Up to five most similar papers by text, most similar first, with why. */
  related: z.array(relatedSchema).max(5),
});

/** The validated frontmatter of a paper. */
export type PaperFrontmatter = z.infer<typeof paperSchema>;

/** A related paper as the frontmatter records it. */
export type RelatedPaper = z.infer<typeof relatedSchema>;

/** A paper source: dump file name and title line. */
export type PaperSource = z.infer<typeof sourceSchema>;
