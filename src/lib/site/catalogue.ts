import type { ShelfPaper, ShelfTopic } from './build-shelf.ts';

/** One paper in /api/papers.json. */
export interface CataloguePaper {
  slug: string;
  url: string;
  title: string;
  date: string | null;
  year: number | null;
  authorCount: number | null;
  upvotes: number | null;
  topics: string[];
  sources: { dump: string; line: number }[];
  codeLinks: string[];
}

/** The paper catalogue, sorted by slug, with absolute URLs from `urlOf`. */
export function papersToCatalogue(papers: readonly ShelfPaper[], urlOf: (slug: string) => string): CataloguePaper[] {
  return papers
    .map((p) => ({
      slug: p.slug,
      url: urlOf(p.slug),
      title: p.plainTitle,
      date: p.date ?? null,
      year: p.year ?? null,
      authorCount: p.authorCount ?? null,
      upvotes: p.upvotes ?? null,
      topics: p.topics,
      sources: p.sources,
      codeLinks: p.codeLinks,
    }))
    .sort((a, b) => (a.slug < b.slug ? -1 : 1));
}

/** The topic catalogue in display order (subtopics after their topic), marking subtopics' parents and discovered topics. */
export function topicsToCatalogue(topics: readonly ShelfTopic[], urlOf: (slug: string) => string) {
  return topics.map((t) => ({
    slug: t.slug,
    name: t.name,
    description: t.description,
    count: t.papers.length,
    url: urlOf(t.slug),
    parent: t.parent ?? null,
    subtopics: t.subtopics.map((s) => s.slug),
    discovered: t.discovered,
  }));
}
