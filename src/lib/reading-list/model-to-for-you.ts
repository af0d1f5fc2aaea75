import type { SparseVector } from '../text/papers-to-text-model.ts';
import { slugTail } from './for-you-slug.ts';
import type { ForYouData } from './for-you-schema.ts';

/** Terms kept per paper: enough to find what two papers share, few enough for 60 bytes a paper. */
export const FOR_YOU_TERMS = 5;

/** The For-you data of the shelf: papers by index, with their slugs, plain titles (as the ingest wrote them) and text vectors. */
export function modelToForYou(
  model: { terms: readonly string[]; surfaces: readonly string[]; vectors: readonly SparseVector[] },
  papers: readonly { slug: string; plainTitle: string; index: number }[],
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
      .map(({ slug, plainTitle: plain, index }) => {
        const ids = (top.get(index) ?? []).map((id) => position.get(id) ?? 0);
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
