import { z } from 'astro/zod';
import { slugPattern } from './paper-schema.ts';

const topicBase = {
  slug: z.string().regex(slugPattern, 'use lowercase letters, digits and hyphens'),
  name: z.string().trim().min(1),
  description: z.string().trim().min(1),
};

/** One topic of the taxonomy, with the phrases that signal it. */
export const topicSchema = z.object({
  ...topicBase,
  phrases: z.array(z.string().trim().min(1)).min(1),
});

/**
 * The shape of `content/topics.yaml`: the topics, strongest signals first,
 * and the catch-all topic for papers no phrase matches.
 */
export const taxonomySchema = z
  .object({
    catchAll: z.object(topicBase),
    topics: z.array(topicSchema).min(1),
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
  });

/** A validated topic taxonomy. */
export type Taxonomy = z.infer<typeof taxonomySchema>;

/** One topic of a validated taxonomy. */
export type Topic = z.infer<typeof topicSchema>;
