import type { TextModel } from '../text/papers-to-text-model.ts';

/** A cluster's most distinctive terms, as readers write them. */
export interface ClusterLabel {
  /** Term ids, most distinctive first, without repeats ("client" under "client drift"). */
  terms: number[];
  /** Their readable forms ("speech synthesis", "TTS", "voice"). */
  words: string[];
}

/** A term must occur in at least this share of a cluster's papers to label it. */
const MIN_SHARE = 0.1;
/** Bigrams and compounds say more than single words ("gauge theory" over "gauge"): their scores count this much more. */
const PHRASE_BOOST = 1.5;

function isPhrase(model: TextModel, id: number): boolean {
  return /[ -]/.test(model.terms[id] ?? '');
}

/**
 * Class-based TF-IDF labels: for each cluster, its terms scored by the share
 * of its papers that contain them times log(1 + R / df), where df counts the
 * term's papers in the reference set of R papers (the clusters' parent, or
 * the whole corpus). Terms common to every cluster (the parent's own subject)
 * score low; terms frequent in one cluster and rare elsewhere score high.
 * Ties go to the lower term id, so labels are deterministic.
 */
export function labelClusters(
  model: TextModel,
  clusters: readonly (readonly number[])[],
  reference: readonly number[],
  options: { count?: number; exclude?: ReadonlySet<number>; termsOf?: (paper: number) => ArrayLike<number> } = {},
): ClusterLabel[] {
  const { count = 6, exclude = new Set<number>(), termsOf = (paper: number) => model.vectors[paper]?.ids ?? [] } = options;
  const referenceDf = new Map<number, number>();
  for (const paper of reference) for (const id of Array.from(termsOf(paper))) referenceDf.set(id, (referenceDf.get(id) ?? 0) + 1);
  return clusters.map((members) => {
    const df = new Map<number, number>();
    for (const paper of members) for (const id of Array.from(termsOf(paper))) df.set(id, (df.get(id) ?? 0) + 1);
    const floor = Math.max(2, MIN_SHARE * members.length);
    const scored = [...df]
      .filter(([id, d]) => d >= Math.min(floor, members.length) && !exclude.has(id))
      .map(([id, d]) => ({
        id,
        score:
          (d / members.length) * Math.log(1 + reference.length / (referenceDf.get(id) ?? d)) * (isPhrase(model, id) ? PHRASE_BOOST : 1),
      }))
      .sort((a, b) => b.score - a.score || a.id - b.id);
    const terms = withoutRepeats(
      model,
      scored.map((s) => s.id),
      count,
    );
    return { terms, words: terms.map((id) => model.surfaces[id] ?? '') };
  });
}

/**
 * The first `count` terms, each saying something new: a term whose words a
 * chosen term already says is skipped (a word inside a chosen bigram or
 * compound, another spelling of a chosen word), and a bigram or compound
 * takes the place of a chosen word it contains ("black hole" replaces
 * "black").
 */
export function withoutRepeats(model: TextModel, ids: readonly number[], count: number): number[] {
  const chosen: { id: number; words: string[]; surface: string }[] = [];
  for (const id of ids) {
    const term = model.terms[id] ?? '';
    const words = term.split(/[ -]/).filter((w) => w.length > 0);
    const surface = (model.surfaces[id] ?? '').toLowerCase();
    if (chosen.some((c) => c.surface === surface || (c.words.length > 1 && words.every((w) => c.words.includes(w))))) continue;
    const entry = { id, words, surface };
    // A bigram or compound reads better than the shorter terms it is made of: it takes the first one's place.
    const inside = (c: { words: string[] }): boolean => words.length > c.words.length && c.words.every((w) => words.includes(w));
    const first = chosen.findIndex(inside);
    if (first >= 0) {
      const rest = chosen.filter((c, i) => i <= first || !inside(c));
      rest[first] = entry;
      chosen.splice(0, chosen.length, ...rest);
    } else if (words.every((w) => chosen.some((c) => c.words.includes(w)))) continue;
    else if (chosen.length < count) chosen.push(entry);
    else break;
  }
  return chosen.map((c) => c.id);
}
