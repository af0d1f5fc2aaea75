import { z } from 'astro/zod';
import { slugPattern } from '../paper/paper-schema.ts';

const topicBase = {
  slug: z.string().regex(slugPattern, 'use lowercase letters, digits and hyphens'),
  name: z.string().trim().min(1),
  description: z.string().trim().min(1),
};

/** One topic of the taxonomy, with the phrases that signal it, and optionally the topic it is a subtopic of. */
export const topicSchema = z.object({
  ...topicBase,
  phrases: z.array(z.string().trim().min(1)).min(1),
  parent: z.string().regex(slugPattern, 'use the slug of another topic').optional(),
});

/** The catch-all of a taxonomy that names none. */
export const DEFAULT_CATCH_ALL = { slug: 'other', name: 'Other', description: 'Papers no topic fits.' };

/**
 * The shape of `content/topics.yaml`: the topics, strongest signals first,
 * and the catch-all topic for papers no phrase matches.
 */
export const taxonomySchema = z
  .object({
    catchAll: z.object(topicBase).default(DEFAULT_CATCH_ALL),
    // No topics at all is fine: discovery finds them in the text.
    topics: z.array(topicSchema).default([]),
  })
  .superRefine((taxonomy, ctx) => {
    const seen = new Set<string>();
    for (const [index, topic] of [taxonomy.catchAll, ...taxonomy.topics].entries()) {
      if (seen.has(topic.slug)) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate topic slug "${topic.slug}"`,
          path: index === 0 ? ['catchAll', 'slug'] : ['topics', index - 1, 'slug'],
        });
      }
      seen.add(topic.slug);
    }
    for (const [index, topic] of taxonomy.topics.entries()) {
      const parent = taxonomy.topics.find((t) => t.slug === topic.parent);
      if (topic.parent === undefined) continue;
      if (parent === undefined || parent.parent !== undefined || parent === topic) {
        ctx.addIssue({
          code: 'custom',
          message: `parent "${topic.parent}" must be another top-level topic of this file`,
          path: ['topics', index, 'parent'],
        });
      }
    }
  });

/**
 * A topic as the ingest writes it to `topics.json` for the site: from the
 * taxonomy or discovered in the text, a subtopic naming its parent, in
 * display order.
 */
export const shelfTopicSchema = z.object({
  ...topicBase,
  order: z.number().int().nonnegative(),
  parent: z.string().regex(slugPattern).optional(),
  discovered: z.boolean(),
});

/** A topic of the shelf, as the site reads it. */
export type ShelfTopicRecord = z.infer<typeof shelfTopicSchema>;

/** A validated topic taxonomy. */
export type Taxonomy = z.infer<typeof taxonomySchema>;

/** One topic of a validated taxonomy. */
export type Topic = z.infer<typeof topicSchema>;
