import type { FittedTopics } from './fit-topics.ts';

/**
 * The topics a corpus got, for the console: a first line with how many
 * topics and subtopics hold papers and how many were discovered, then (when
 * `detailed`) one line per topic with its papers, subtopics indented under
 * their topic, then the coverage.
 */
export function formatTopics(fitted: FittedTopics, catchAll: string, detailed: boolean): string[] {
  const parentOf = new Map(fitted.topics.map((t) => [t.slug, t.parent]));
  // Papers per topic, a parent counting each paper of its subtopics once.
  const counts = new Map<string, number>();
  for (const slugs of fitted.assignments) {
    const held = new Set(slugs.flatMap((s) => [s, parentOf.get(s) ?? s]));
    for (const slug of held) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  const papersIn = (slug: string): number => counts.get(slug) ?? 0;
  const shown = fitted.topics.filter((t) => t.slug !== catchAll && papersIn(t.slug) > 0);
  const topLevel = shown.filter((t) => t.parent === undefined).length;
  const discovered = shown.filter((t) => t.discovered).length;
  const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const first = `topics: ${count(topLevel, 'topic')} and ${count(shown.length - topLevel, 'subtopic')} (${discovered} discovered in the text)`;
  if (!detailed) return [first];
  const n = fitted.assignments.length;
  const covered = fitted.assignments.filter((slugs) => slugs[0] !== catchAll).length;
  return [
    first,
    ...shown.map((t) => {
      const papers = String(papersIn(t.slug)).padStart(6);
      const mark = t.discovered ? '  (discovered)' : '';
      return t.parent === undefined ? `${papers}  ${t.name}  [${t.slug}]${mark}` : `${papers}    › ${t.name}  [${t.slug}]${mark}`;
    }),
    `coverage: ${covered}/${n} papers in a real topic (${((covered / n) * 100).toFixed(1)}%)`,
  ];
}
