import { clusterVectors, meanDirections, nearestCentre } from './cluster-vectors.ts';
import type { SparseVector } from '../text/papers-to-text-model.ts';

/** Bounds on the size of every group. */
export interface GroupSizes {
  /** A smaller group is dissolved into the nearest others. */
  min: number;
  /** A larger group is split in two, again and again. */
  max: number;
}

/** Starts the clustering tries (the best fit wins): fewer for the many small clusterings of subtopics. */
export interface ClusterOptions {
  starts?: number;
  /** Lloyd iterations on all papers after the starts were tried on a sample (see clusterVectors). */
  refinements?: number;
}

/**
 * Some papers (indices into `vectors`) in about k groups of similar ones,
 * each between `sizes.min` and `sizes.max` papers where the numbers allow.
 * Groups come largest first (ties: lowest first paper), each ascending.
 */
export function clusterPapers(
  vectors: readonly SparseVector[],
  papers: readonly number[],
  k: number,
  sizes: GroupSizes,
  options: ClusterOptions = {},
): number[][] {
  const own = papers.map((p) => vectors[p] ?? { ids: new Uint32Array(), weights: new Float32Array() });
  const width = own.reduce((w, v) => Math.max(w, (v.ids.at(-1) ?? -1) + 1), 0);
  let groups = toGroups(clusterVectors(own, k, width, options.starts, options.refinements));

  // Too large: split in two until every group fits (a group that will not split stays).
  for (let guard = 0; guard < papers.length; guard++) {
    const large = groups.findIndex((g) => g.length > sizes.max);
    const group = groups[large];
    if (group === undefined) break;
    const halves = toGroups(
      clusterVectors(
        group.map((i) => own[i] ?? { ids: new Uint32Array(), weights: new Float32Array() }),
        2,
        width,
      ),
    ).map((half) => half.map((i) => group[i] ?? 0));
    if (halves.length < 2) break;
    groups = [...groups.slice(0, large), ...halves, ...groups.slice(large + 1)];
  }

  // Too small: dissolve the smallest into the nearest remaining groups, one at a time.
  while (groups.length > 1) {
    const smallest = groups.reduce((best, g, i) => (g.length < (groups[best]?.length ?? Infinity) ? i : best), 0);
    const small = groups[smallest];
    if (small === undefined || small.length >= sizes.min) break;
    const rest = groups.filter((_, i) => i !== smallest);
    const assignment = new Int32Array(own.length).fill(-1);
    for (const [g, members] of rest.entries()) for (const i of members) assignment[i] = g;
    const centres = meanDirections(own, assignment, rest.length, width);
    for (const i of small) rest[nearestCentre(own[i] ?? { ids: new Uint32Array(), weights: new Float32Array() }, centres).index]?.push(i);
    groups = rest;
  }

  return groups
    .map((g) => g.map((i) => papers[i] ?? 0).sort((a, b) => a - b))
    .sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
}

function toGroups(assignment: readonly number[]): number[][] {
  const groups: number[][] = [];
  for (const [i, c] of assignment.entries()) (groups[c] ??= []).push(i);
  return groups.filter((g) => g.length > 0);
}
