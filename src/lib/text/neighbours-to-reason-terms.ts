import type { Neighbour } from './model-to-neighbours.ts';
import type { TextModel } from './papers-to-text-model.ts';
import { TEX_NAMES } from './stop-words.ts';

/** A term held by more than this share of the papers says nothing of what two of them share. */
export const MAX_SHARE = 0.5;
/** A term is a reason when a holder's nearest papers hold it at least this many times as often as papers drawn at random. */
export const MIN_LIFT = 3;

/**
 * For each term of the model, 1 if it may be given as the reason two papers
 * are related, else 0. A reason says something of the two papers' subject:
 * - not a word most papers share (held by more than MAX_SHARE of them);
 * - a word their subject brings, not one any paper may use ("networks",
 *   "function", "argue"): the nearest papers of a paper holding it hold it
 *   at least MIN_LIFT times as often as chance, (df − 1) / (n − 1), would
 *   have them do. In a corpus too small for that (the nearest papers are a
 *   large part of it) the bar is half of what a term shared by just two
 *   papers, each the other's neighbour, reaches;
 * - never TeX markup that lost its backslash (TEX_NAMES).
 * Counts are integers, so the answer does not depend on the papers' order.
 */
export function neighboursToReasonTerms(
  model: Pick<TextModel, 'surfaces' | 'df' | 'vectors'>,
  neighbours: readonly (readonly Neighbour[])[],
): Uint8Array {
  const { vectors, df } = model;
  const n = vectors.length;
  const width = df.length;
  // Per term: the holders' neighbours that hold it too, and the holders' neighbours in all.
  const hits = new Float64Array(width);
  const looked = new Float64Array(width);
  const mark = new Uint8Array(width);
  let allNeighbours = 0;
  for (const [doc, { ids }] of vectors.entries()) {
    const near = neighbours[doc] ?? [];
    allNeighbours += near.length;
    for (const id of ids) {
      mark[id] = 1;
      looked[id] = (looked[id] ?? 0) + near.length;
    }
    for (const { index } of near) for (const id of vectors[index]?.ids ?? []) if (mark[id] === 1) hits[id] = (hits[id] ?? 0) + 1;
    for (const id of ids) mark[id] = 0;
  }
  // Two holders, each the other's neighbour: hits / chance = (n − 1) / (neighbours a paper has).
  const reachable = allNeighbours === 0 ? 0 : ((n - 1) * n) / allNeighbours;
  const bar = Math.min(MIN_LIFT, reachable / 2);
  const reasons = new Uint8Array(width);
  for (let id = 0; id < width; id++) {
    const held = df[id] ?? 0;
    if (held < 2 || held > MAX_SHARE * n || isTex(model.surfaces[id] ?? '')) continue;
    // hits / (looked · (held − 1) / (n − 1)) ≥ bar, without dividing.
    const shared = hits[id] ?? 0;
    if (shared > 0 && shared * (n - 1) >= bar * (looked[id] ?? 0) * (held - 1)) reasons[id] = 1;
  }
  return reasons;
}

/** A TeX name on its own ("Theta", "mathcal"), or a phrase holding a TeX command ("mathcal O"). */
function isTex(surface: string): boolean {
  const words = surface.toLowerCase().split(/[ -]+/);
  if (words.length === 1 && TEX_NAMES.greek.has(words[0] ?? '')) return true;
  return words.some((w) => TEX_NAMES.commands.has(w));
}
