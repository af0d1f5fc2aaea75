import type { ShelfPaper } from './build-shelf.ts';

/**
 * Papers to read next: those sharing the most topics with this one, weighing
 * a shared first topic highest, then the newest. A stand-in until text
 * similarity ranks them.
 */
export function relatedPapers(paper: ShelfPaper, papers: readonly ShelfPaper[], count = 5): ShelfPaper[] {
  const score = (other: ShelfPaper): number =>
    other.topics.reduce((sum, topic, i) => sum + (paper.topics.includes(topic) ? (i === 0 && topic === paper.topics[0] ? 3 : 1) : 0), 0);
  return papers
    .filter((other) => other.slug !== paper.slug)
    .map((other) => ({ other, score: score(other) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map((r) => r.other);
}
