import type { SparseVector, TextModel } from '../text/papers-to-text-model.ts';
import { textToTerms } from '../text/text-to-terms.ts';
import { MAX_TOP_LEVEL_TOPICS, minTopicPapers, type FittedTopics, type TopicRecord } from './fit-topics.ts';
import { titleToSlug } from '../ingest/title-to-slug.ts';

/** At most this many facets, and never more than MAX_TOPICS topics in all; a facet's papers must read alike this closely (mean resultant length of their concepts). */
const MAX_FACETS = 15;
const MAX_TOPICS = 60;
const MIN_COHERENCE = 0.7;
/** A facet holds at most this share of the corpus, and only subjects whose papers do not already share a topic this often. */
const MAX_FACET_SHARE = 0.05;
const SHARED_ALREADY = 0.8;

/**
 * Facets: subjects readers name by a phrase in the title ("video generation",
 * "GUI") whose papers read alike but are spread over several topics. The
 * topic whose phrases name the subject, or else a new discovered topic, is
 * carried by those papers besides their own (if they have room for it). A candidate is a bigram, compound or acronym
 * in the titles of between minTopicPapers and 5% of the papers; it must be
 * coherent (MIN_COHERENCE), its papers must share a topic less than 80% of
 * the time, and it must not repeat half of a chosen facet's papers. The
 * largest go first (ties: the spelling), while there is room under
 * MAX_TOP_LEVEL_TOPICS.
 */
export function addFacets(
  fitted: FittedTopics,
  titles: readonly string[],
  model: TextModel,
  concepts: readonly SparseVector[],
): FittedTopics {
  const n = titles.length;
  const parentOf = new Map(fitted.topics.map((t) => [t.slug, t.parent]));
  const held = new Set(fitted.assignments.flat());
  const topLevel = new Set([...held].map((slug) => parentOf.get(slug) ?? slug));
  const room = Math.min(MAX_FACETS, MAX_TOP_LEVEL_TOPICS - topLevel.size, MAX_TOPICS - new Set([...held, ...topLevel]).size);
  if (room <= 0) return fitted;
  const byTerm = new Map<number, number[]>();
  for (const [paper, title] of titles.entries())
    for (const id of textToTerms(model, title)) byTerm.set(id, [...(byTerm.get(id) ?? []), paper]);
  const low = minTopicPapers(n);
  const high = Math.floor(MAX_FACET_SHARE * n);
  const candidates = [...byTerm]
    .filter(([id, papers]) => papers.length >= low && papers.length <= high && isNamedSubject(model, id))
    .map(([id, papers]) => ({ id, papers, surface: model.surfaces[id] ?? '' }))
    .sort((a, b) => b.papers.length - a.papers.length || (a.surface < b.surface ? -1 : a.surface > b.surface ? 1 : 0));

  const assignments = fitted.assignments.map((a) => [...a]);
  const taken = new Set(fitted.topics.map((t) => t.slug));
  const facets: TopicRecord[] = [];
  const chosen: Set<number>[] = [];
  for (const { papers, surface } of candidates) {
    if (facets.length >= room) break;
    const overlap = (set: Set<number>): number => papers.filter((p) => set.has(p)).length / papers.length;
    if (chosen.some((set) => overlap(set) >= 0.5)) continue;
    if (sharedTopic(papers, assignments) >= SHARED_ALREADY || coherence(papers, concepts) < MIN_COHERENCE) continue;
    chosen.push(new Set(papers));
    // A topic that already names the subject takes the papers; otherwise the subject becomes a topic.
    const naming = fitted.topics.find((t) => t.phrases.some((p) => p.toLowerCase() === surface.toLowerCase()));
    let slug = naming?.slug ?? (titleToSlug(surface, 60) || 'facet');
    if (naming === undefined) {
      for (let k = 2; taken.has(slug); k++) slug = `${slug.replace(/-\d+$/, '')}-${k}`;
      taken.add(slug);
      const name = /^\p{Ll}/u.test(surface) ? `${surface[0]?.toUpperCase() ?? ''}${surface.slice(1)}` : surface;
      facets.push({
        slug,
        name,
        description: `Papers with “${surface}” in their title, across the other topics.`,
        phrases: [surface],
        discovered: true,
      });
    }
    const joining = papers.filter((paper) => {
      const topics = assignments[paper] ?? [];
      return topics.length < 3 && !topics.includes(slug);
    });
    // A new topic that too few papers have room for is no topic.
    if (naming === undefined && joining.length < low) {
      facets.pop();
      continue;
    }
    for (const paper of joining) assignments[paper]?.push(slug);
  }
  const catchAll = fitted.topics.at(-1);
  return {
    topics: [...fitted.topics.slice(0, -1), ...facets, ...(catchAll === undefined ? [] : [catchAll])],
    assignments,
  };
}

/** A bigram, a compound or an acronym ("video generation", "vision-language", "GUI"): words that name a subject. */
function isNamedSubject(model: TextModel, id: number): boolean {
  return /[ -]/.test(model.terms[id] ?? '') || /^[\p{Lu}\p{N}]{2,}$/u.test(model.surfaces[id] ?? '');
}

/** The share of pairs of papers that have a topic in common (among at most 200 papers taken evenly, to bound the cost). */
function sharedTopic(all: readonly number[], assignments: readonly (readonly string[])[]): number {
  const papers = all.length <= 200 ? all : Array.from({ length: 200 }, (_, j) => all[Math.floor((j * all.length) / 200)] ?? 0);
  let shared = 0;
  let pairs = 0;
  for (const [i, a] of papers.entries()) {
    for (const b of papers.slice(i + 1)) {
      pairs++;
      if ((assignments[a] ?? []).some((t) => (assignments[b] ?? []).includes(t))) shared++;
    }
  }
  return pairs === 0 ? 1 : shared / pairs;
}

/** How closely papers read alike: the length of the mean of their unit concept vectors (1 when identical). */
function coherence(papers: readonly number[], concepts: readonly SparseVector[]): number {
  const vectors = papers.map((p) => concepts[p] ?? { ids: new Uint32Array(), weights: new Float32Array() });
  const width = vectors.reduce((w, v) => Math.max(w, (v.ids.at(-1) ?? -1) + 1), 0);
  let sum = 0;
  const mean = new Float64Array(width);
  for (const v of vectors) for (let j = 0; j < v.ids.length; j++) mean[v.ids[j] ?? 0] = (mean[v.ids[j] ?? 0] ?? 0) + (v.weights[j] ?? 0);
  for (const x of mean) sum += x * x;
  return Math.sqrt(sum) / Math.max(1, vectors.length);
}
