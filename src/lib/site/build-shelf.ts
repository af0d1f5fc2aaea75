import type { PaperFrontmatter } from '../paper/paper-schema.ts';
import { orderPapers } from './paper-order.ts';

/** A paper as the site lists it: its frontmatter (the abstract itself is rendered from the markdown body). */
export type ShelfPaper = PaperFrontmatter;

/** A topic as the site shows it. */
export interface ShelfTopic {
  slug: string;
  name: string;
  /** The name with its parent's, for a subtopic ("Language models › Agents · tool"). */
  label: string;
  description: string;
  /** A subtopic's topic. */
  parent?: string;
  /** Found in the papers' text rather than in topics.yaml. */
  discovered: boolean;
  /** Its subtopics with papers, in display order. */
  subtopics: ShelfTopic[];
  /** Its papers (a parent's include its subtopics'), newest first. */
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
  /** A paper's related papers that are on the shelf, with the words each shares with it. */
  relatedTo: (paper: ShelfPaper) => { slug: string; title: string; terms: string[] }[];
  /** Topics with at least one paper, in display order: each topic followed by its subtopics. */
  topics: ShelfTopic[];
  /** The topics that are not subtopics, in display order. */
  topLevel: ShelfTopic[];
  topic: (slug: string) => ShelfTopic;
  collections: ShelfCollection[];
  /** The collection saved from a dump file, if any (paper pages name their sources by file). */
  collectionOf: (file: string) => ShelfCollection | undefined;
  /** First and last paper dates, if any paper is dated. */
  dateRange: { first: string; last: string } | undefined;
}

/** Input of buildShelf: entries as the content collections give them. */
export interface ShelfInput {
  papers: readonly { data: PaperFrontmatter }[];
  topics: readonly { slug: string; name: string; description: string; parent?: string | undefined; discovered?: boolean }[];
  collections: readonly { id: string; file: string; title: string; captured: string | null; papers: readonly string[] }[];
}

/**
 * Builds the site's model: papers newest first with excerpts, each topic
 * with its papers and co-assigned topics, each collection in dump order.
 */
export function buildShelf(input: ShelfInput): Shelf {
  const papers = orderPapers(
    input.papers.map(({ data }) => data),
    'newest',
  );
  const bySlug = new Map(papers.map((p) => [p.slug, p]));
  const names = new Map(input.topics.map((t) => [t.slug, t.name]));
  const childrenOf = (slug: string): string[] => input.topics.filter((t) => t.parent === slug).map((t) => t.slug);
  const built = input.topics.map((t): ShelfTopic => {
    const slugs = new Set([t.slug, ...childrenOf(t.slug)]);
    const members = papers.filter((p) => p.topics.some((s) => slugs.has(s)));
    // A subtopic's papers carry its topic too: that topic is its parent, not a topic they share besides.
    const related = coAssigned(new Set([...slugs, ...(t.parent === undefined ? [] : [t.parent])]), members);
    return {
      slug: t.slug,
      name: t.name,
      label: t.parent === undefined ? t.name : `${names.get(t.parent) ?? t.parent} › ${t.name}`,
      description: t.description,
      ...(t.parent === undefined ? {} : { parent: t.parent }),
      discovered: t.discovered ?? false,
      subtopics: [],
      papers: members,
      related,
    };
  });
  const topics = built.filter((t) => t.papers.length > 0);
  for (const topic of topics) topic.subtopics.push(...topics.filter((t) => t.parent === topic.slug));
  const byTopic = new Map(topics.map((t) => [t.slug, t]));
  const dates = papers.flatMap((p) => (p.date === undefined ? [] : [p.date])).sort();
  const first = dates[0];
  const last = dates.at(-1);
  const collections = input.collections.map((c) => ({
    id: c.id,
    file: c.file,
    title: c.title,
    captured: c.captured,
    papers: c.papers.flatMap((slug) => bySlug.get(slug) ?? []),
  }));
  const byFile = new Map(collections.map((c) => [c.file, c]));
  return {
    papers,
    paper: (slug) => found(bySlug.get(slug), `paper ${slug}`),
    relatedTo: (paper) =>
      paper.related.flatMap(({ slug, terms }) => {
        const other = bySlug.get(slug);
        return other === undefined ? [] : [{ slug, title: other.title, terms }];
      }),
    topics,
    topLevel: topics.filter((t) => t.parent === undefined),
    topic: (slug) => found(byTopic.get(slug), `topic ${slug}`),
    collections,
    collectionOf: (file) => byFile.get(file),
    dateRange: first === undefined || last === undefined ? undefined : { first, last },
  };
}

function coAssigned(own: ReadonlySet<string>, members: readonly ShelfPaper[]): { slug: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const paper of members) for (const other of paper.topics) if (!own.has(other)) counts.set(other, (counts.get(other) ?? 0) + 1);
  return [...counts]
    .map(([other, count]) => ({ slug: other, count }))
    .sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : 1))
    .slice(0, 6);
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`unknown ${what}`);
  return value;
}
