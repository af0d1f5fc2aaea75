import { forYouSlug } from './for-you-slug.ts';
import type { ForYouData } from './for-you-schema.ts';

/** A paper For you suggests, and the terms it shares with the saved ones, weightiest first. */
export interface Recommendation {
  slug: string;
  title: string;
  shared: string[];
}

/**
 * The unsaved papers closest to the saved ones, best first: a paper scores
 * the sum over its terms of how many saved papers keep that term, each
 * term weighted by its rarity on the shelf (rarer terms say more) and by
 * its rank in the paper. Ties go to the earlier slug. Papers sharing no
 * term are never suggested.
 */
export function recommend(data: ForYouData, saved: ReadonlySet<string>, count = 10): Recommendation[] {
  const papers = data.papers.map(([title, terms, slug]) => ({ title, terms, slug: forYouSlug(title, slug) }));
  const frequency = new Map<number, number>();
  for (const paper of papers) for (const t of paper.terms) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const profile = new Map<number, number>();
  for (const paper of papers) if (saved.has(paper.slug)) for (const t of paper.terms) profile.set(t, (profile.get(t) ?? 0) + 1);
  if (profile.size === 0) return [];
  const rarity = (t: number): number => Math.log((1 + papers.length) / (1 + (frequency.get(t) ?? 0))) + 1;
  return papers
    .filter((p) => !saved.has(p.slug))
    .map((p) => {
      const shared = p.terms.filter((t) => profile.has(t));
      const score = p.terms.reduce((sum, t, rank) => sum + (profile.get(t) ?? 0) * rarity(t) * (1 - rank / (2 * p.terms.length)), 0);
      return { paper: p, score, shared };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || (a.paper.slug < b.paper.slug ? -1 : 1))
    .slice(0, count)
    .map(({ paper, shared }) => ({ slug: paper.slug, title: paper.title, shared: shared.map((t) => data.terms[t] ?? '') }));
}
