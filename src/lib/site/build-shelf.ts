import type { PaperFrontmatter } from '../paper-schema.ts';
import { orderPapers } from './paper-order.ts';
import { textToExcerpt } from './text-to-excerpt.ts';

/** A paper as the site lists it: its frontmatter plus the abstract as plain text. */
export interface ShelfPaper extends PaperFrontmatter {
  abstract: string;
  excerpt: string;
}

/** A topic as the site shows it. */
export interface ShelfTopic {
  slug: string;
  name: string;
  description: string;
  /** Its papers, newest first. */
  papers: ShelfPaper[];
  /** Topics most often assigned together with this one, most frequent first. */
  related: { slug: string; count: number }[];
}

/** A saved listing (one dump) as the site shows it. */
export interface ShelfCollection {
  id: string;
  file: string;
  title: string;
  captured: string | null;
  papers: ShelfPaper[];
}

/** Everything the pages read: papers, topics and collections, cross-linked. */
export interface Shelf {
  /** Newest first. */
  papers: ShelfPaper[];
  paper: (slug: string) => ShelfPaper;
  /** Topics with at least one paper, in taxonomy order. */
  topics: ShelfTopic[];
  topic: (slug: string) => ShelfTopic;
  collections: ShelfCollection[];
  /** First and last paper dates, if any paper is dated. */
  dateRange: { first: string; last: string } | undefined;
}

/** Input of buildShelf: entries as the content collections give them. */
export interface ShelfInput {
  papers: readonly { data: PaperFrontmatter; text: string }[];
  topics: readonly { slug: string; name: string; description: string }[];
  collections: readonly { id: string; file: string; title: string; captured: string | null; papers: readonly string[] }[];
}

/**
 * Builds the site's model: papers newest first with excerpts, each topic
 * with its papers and co-assigned topics, each collection in dump order.
 */
export function buildShelf(input: ShelfInput): Shelf {
  const papers = orderPapers(
    input.papers.map(({ data, text }) => ({ ...data, abstract: text, excerpt: textToExcerpt(text) })),
    'newest',
  );
  const bySlug = new Map(papers.map((p) => [p.slug, p]));
  const topics = input.topics
    .map((t): ShelfTopic => {
      const members = papers.filter((p) => p.topics.includes(t.slug));
      return { slug: t.slug, name: t.name, description: t.description, papers: members, related: coAssigned(t.slug, members) };
    })
    .filter((t) => t.papers.length > 0);
  const byTopic = new Map(topics.map((t) => [t.slug, t]));
  const dates = papers.flatMap((p) => (p.date === undefined ? [] : [p.date])).sort();
  const first = dates[0];
  const last = dates.at(-1);
  return {
    papers,
    paper: (slug) => found(bySlug.get(slug), `paper ${slug}`),
    topics,
    topic: (slug) => found(byTopic.get(slug), `topic ${slug}`),
    collections: input.collections.map((c) => ({
      id: c.id,
      file: c.file,
      title: c.title,
      captured: c.captured,
      papers: c.papers.flatMap((slug) => bySlug.get(slug) ?? []),
    })),
    dateRange: first === undefined || last === undefined ? undefined : { first, last },
  };
}

function coAssigned(slug: string, members: readonly ShelfPaper[]): { slug: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const paper of members) for (const other of paper.topics) if (other !== slug) counts.set(other, (counts.get(other) ?? 0) + 1);
  return [...counts]
    .map(([other, count]) => ({ slug: other, count }))
    .sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : 1))
    .slice(0, 6);
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`unknown ${what}`);
  return value;
}
