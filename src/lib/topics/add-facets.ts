import type { SparseVector, TextModel } from '../text/papers-to-text-model.ts';
import { textToTerms } from '../text/text-to-terms.ts';
import { MAX_TOP_LEVEL_TOPICS, minTopicPapers, type FittedTopics, type TopicRecord } from './fit-topics.ts';
import { titleToSlug } from '../paper/title-to-slug.ts';
import { subjectKeys } from './label-to-topic.ts';
import { completePhrase, isModifier, textToRuns } from './phrases-in-text.ts';
import { quietTerms } from './quiet-terms.ts';

/** At most this many facets; a facet's papers must read alike this closely (mean resultant length of their concepts). */
const MAX_FACETS = 15;
const MIN_COHERENCE = 0.7;
/** A facet holds at most this share of the corpus, and only subjects whose papers do not already share a topic this often. */
const MAX_FACET_SHARE = 0.05;
const SHARED_ALREADY = 0.8;

/**
 * Facets: subjects readers name by a phrase in the title ("video generation",
 * "GUI") whose papers are spread over several topics. A candidate is a
 * bigram, compound or acronym in the titles of between minTopicPapers and 5%
 * of the papers that the corpus does not spread evenly (quietTerms), largest
 * first (ties: the spelling).
 * - Where a topic is named after the subject (subjectKeys: "Code generation"
 *   for "code generation", "RAG" for "retrieval-augmented generation"), or
 *   else one topic holds half or more of its papers, that topic is the
 *   subject's topic: the others join it (if they have room), and no new
 *   topic repeats it.
 * - Otherwise, if its papers read alike (MIN_COHERENCE) and share a topic
 *   less than 80% of the time, it becomes a topic of its own, unless it
 *   would hold half of another topic's papers; while there is room under
 *   MAX_TOP_LEVEL_TOPICS.
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
  const room = Math.min(MAX_FACETS, MAX_TOP_LEVEL_TOPICS - topLevel.size);
  // The finest groups the topics make (a topic with its subtopic), from which the corpus's quiet words are learnt.
  const leaves = new Map<string, number[]>();
  for (const [paper, slugs] of fitted.assignments.entries()) {
    const leaf = slugs.slice(0, 2).join(' ');
    const list = leaves.get(leaf);
    if (list === undefined) leaves.set(leaf, [paper]);
    else list.push(paper);
  }
  const quiet = quietTerms(model, [...leaves.values()]);
  const byTerm = new Map<number, number[]>();
  for (const [paper, title] of titles.entries())
    for (const id of textToTerms(model, title)) {
      const list = byTerm.get(id);
      if (list === undefined) byTerm.set(id, [paper]);
      else list.push(paper);
    }
  const low = minTopicPapers(n);
  const high = Math.floor(MAX_FACET_SHARE * n);
  const titleRuns = titles.map(textToRuns);
  const candidates = [...byTerm]
    .filter(([id, papers]) => papers.length >= low && papers.length <= high && isNamedSubject(model, id) && !quiet.has(id))
    .map(([id, papers]) => ({ id, papers, surface: model.surfaces[id] ?? '' }))
    // A phrase that modifies the next word ("zero-shot", "high-fidelity") names no subject; one the titles always grow is written out.
    .filter(
      ({ id, papers, surface }) =>
        isAcronym(model, id) ||
        !isModifier(
          surface,
          papers.map((p) => titleRuns[p] ?? []),
        ),
    )
    .map((c) => ({
      ...c,
      surface: completePhrase(
        c.surface,
        c.papers.map((p) => titleRuns[p] ?? []),
      ),
    }))
    .sort((a, b) => b.papers.length - a.papers.length || (a.surface < b.surface ? -1 : a.surface > b.surface ? 1 : 0));

  const assignments = fitted.assignments.map((a) => [...a]);
  const members = new Map<string, Set<number>>();
  for (const [paper, slugs] of assignments.entries())
    for (const slug of slugs) members.set(slug, (members.get(slug) ?? new Set()).add(paper));
  const taken = new Set(fitted.topics.map((t) => t.slug));
  const names = new Set(fitted.topics.flatMap((t) => subjectKeys(t.name).keys));
  const facets: TopicRecord[] = [];
  // A paper joins a topic where it has room. A subtopic comes with its topic; with room for one only, the paper
  // joins the topic, which the subtopic's papers carry too; a paper already under that topic shares it with them.
  const join = (papers: readonly number[], slug: string): number[] => {
    const parent = parentOf.get(slug);
    const adding = (topics: readonly string[]): string[] =>
      parent === undefined ? [slug] : topics.length <= 1 ? [parent, slug] : [parent];
    const joining = papers.filter((paper) => {
      const topics = assignments[paper] ?? [];
      return !topics.includes(slug) && (parent === undefined || !topics.includes(parent)) && topics.length < 3;
    });
    for (const paper of joining) {
      for (const added of adding(assignments[paper] ?? [])) {
        assignments[paper]?.push(added);
        members.set(added, (members.get(added) ?? new Set()).add(paper));
      }
    }
    return joining;
  };
  for (const { papers, surface } of candidates) {
    const inside = (set: ReadonlySet<number>): number => papers.filter((p) => set.has(p)).length;
    const [holder, holding] = [...members].reduce<[string, number]>(
      (best, [slug, set]) => {
        const count = inside(set);
        return count > best[1] || (count === best[1] && slug < best[0]) ? [slug, count] : best;
      },
      ['', 0],
    );
    // A topic named after the subject is the subject's topic: its papers join it.
    const asks = new Set(subjectKeys(surface).asks);
    const namesake = [...fitted.topics, ...facets].find((t) => subjectKeys(t.name).keys.some((key) => asks.has(key)));
    if (namesake !== undefined) {
      join(papers, namesake.slug);
      continue;
    }
    // One topic holds most of the subject: it is the subject's topic.
    if (holding >= papers.length / 2) {
      if (coherence(papers, concepts) >= MIN_COHERENCE) join(papers, holder);
      continue;
    }
    if (facets.length >= room) continue;
    if ([...members.values()].some((set) => inside(set) >= set.size / 2)) continue;
    if (sharedTopic(papers, assignments) >= SHARED_ALREADY || coherence(papers, concepts) < MIN_COHERENCE) continue;
    let slug = titleToSlug(surface, 60) || 'facet';
    for (let k = 2; taken.has(slug); k++) slug = `${slug.replace(/-\d+$/, '')}-${k}`;
    const name = /^\p{Ll}/u.test(surface) ? `${surface[0]?.toUpperCase() ?? ''}${surface.slice(1)}` : surface;
    // A new topic that too few papers have room for is no topic.
    if (papers.filter((paper) => (assignments[paper]?.length ?? 0) < 3).length < low) continue;
    taken.add(slug);
    for (const key of subjectKeys(name).keys) names.add(key);
    facets.push({
      slug,
      name,
      description: `Papers with “${surface}” in their title, across the other topics.`,
      phrases: [surface],
      discovered: true,
    });
    join(papers, slug);
  }
  const catchAll = fitted.topics.at(-1);
  return {
    topics: [...fitted.topics.slice(0, -1), ...facets, ...(catchAll === undefined ? [] : [catchAll])],
    assignments,
  };
}

function isAcronym(model: TextModel, id: number): boolean {
  return /^[\p{Lu}\p{N}]{2,}$/u.test(model.surfaces[id] ?? '');
}

/** A bigram, a compound or an acronym ("video generation", "vision-language", "GUI"): words that name a subject. */
function isNamedSubject(model: TextModel, id: number): boolean {
  return /[ -]/.test(model.terms[id] ?? '') || isAcronym(model, id);
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
