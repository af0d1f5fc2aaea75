import type { SparseVector } from '../text/papers-to-text-model.ts';
import { textToPlain } from '../math/text-to-plain.ts';
import { slugTail } from './for-you-slug.ts';

/** Terms kept per paper: enough to find what two papers share, few enough for 60 bytes a paper. */
export const FOR_YOU_TERMS = 5;

/**
 * The data the reading list's "For you" ranks papers with, in the browser:
 * each paper's title as plain text (TeX read as text), what else its slug
 * needs (the hash of a long title's slug; rarely the whole slug), and
 * its FOR_YOU_TERMS weightiest terms as indexes into `terms`. Compact on
 * purpose (arrays, not objects): it is one file for the whole shelf.
 */
export interface ForYouData {
  version: 1;
  /** Every term some paper keeps, most common first. */
  terms: string[];
  /** [title, term indexes (weightiest first), and the hash or slug forYouSlug needs when the title does not spell the slug], sorted by slug. */
  papers: ([string, number[]] | [string, number[], string])[];
}

/** The For-you data of the shelf: papers by index, with their slugs, titles and text vectors. */
export function modelToForYou(
  model: { terms: readonly string[]; surfaces: readonly string[]; vectors: readonly SparseVector[] },
  papers: readonly { slug: string; title: string; index: number }[],
): ForYouData {
  const top = new Map<number, number[]>();
  const uses = new Map<number, number>();
  for (const { index } of papers) {
    const vector = model.vectors[index];
    const ids = vector === undefined ? [] : strongest(vector, FOR_YOU_TERMS);
    top.set(index, ids);
    for (const id of ids) uses.set(id, (uses.get(id) ?? 0) + 1);
  }
  // Most used first, so the common terms get the short indexes; ties by term.
  const kept = [...uses]
    .sort(([a, na], [b, nb]) => nb - na || ((model.terms[a] ?? '') < (model.terms[b] ?? '') ? -1 : 1))
    .map(([id]) => id);
  const position = new Map(kept.map((id, i) => [id, i]));
  return {
    version: 1,
    // As readers write them ("robot manipulation"), not as the model stems them ("robot manipul").
    terms: kept.map((id) => model.surfaces[id] ?? model.terms[id] ?? ''),
    papers: [...papers]
      .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
      .map(({ slug, title, index }) => {
        const ids = (top.get(index) ?? []).map((id) => position.get(id) ?? 0);
        const plain = textToPlain(title);
        const tail = slugTail(plain, slug);
        return tail === undefined ? [plain, ids] : [plain, ids, tail];
      }),
  };
}

/** The ids of a vector's `count` heaviest terms, heaviest first (ties: lower id). */
function strongest(vector: SparseVector, count: number): number[] {
  return [...vector.ids]
    .map((id, j) => ({ id, weight: vector.weights[j] ?? 0 }))
    .sort((a, b) => b.weight - a.weight || a.id - b.id)
    .slice(0, count)
    .map((t) => t.id);
}
