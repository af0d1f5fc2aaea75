import type { TextModel } from '../text/papers-to-text-model.ts';

/** A term spread this evenly over the groups (Kullback–Leibler divergence from the groups' sizes, in nats, beyond chance) says nothing. */
const QUIET = 0.35;
/** Terms in fewer papers are never counted quiet: too rare to tell. */
const MIN_PAPERS = 8;

/**
 * The terms that name no subject in this corpus, learnt from the corpus
 * itself: those spread over its fine groups of papers about as evenly as the
 * papers are ("research", "technical report", "high-fidelity", "zero-shot"
 * in a machine-learning corpus; "we show" anywhere). For each term, the
 * divergence of where its papers sit from where all papers sit, less what
 * chance alone gives a term in that many papers ((groups - 1) / (2 · papers),
 * the expected divergence of a sample), is under QUIET.
 */
export function quietTerms(model: TextModel, groups: readonly (readonly number[])[]): Set<number> {
  const n = groups.reduce((sum, g) => sum + g.length, 0);
  const counts = new Map<number, Map<number, number>>();
  for (const [g, members] of groups.entries()) {
    for (const paper of members) {
      for (const id of model.vectors[paper]?.ids ?? []) {
        const row = counts.get(id) ?? new Map<number, number>();
        row.set(g, (row.get(g) ?? 0) + 1);
        counts.set(id, row);
      }
    }
  }
  const quiet = new Set<number>();
  for (const [id, row] of counts) {
    let df = 0;
    for (const c of row.values()) df += c;
    if (df < MIN_PAPERS) continue;
    let divergence = 0;
    for (const [g, c] of row) divergence += (c / df) * Math.log(c / df / ((groups[g]?.length ?? 1) / n));
    if (divergence - (groups.length - 1) / (2 * df) < QUIET) quiet.add(id);
  }
  return quiet;
}
