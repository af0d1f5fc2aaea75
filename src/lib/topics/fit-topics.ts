import type { Taxonomy } from './taxonomy-schema.ts';
import { clusterPapers } from './cluster-papers.ts';
import { labelClusters } from './label-clusters.ts';
import type { Neighbour } from '../text/model-to-neighbours.ts';
import type { SparseVector, TextModel } from '../text/papers-to-text-model.ts';
import { textToTerms } from '../text/text-to-terms.ts';
import { labelToTopic } from './label-to-topic.ts';

/** No topic has fewer papers: a thinner taxonomy topic is dissolved, a thinner group merged. */
export const MIN_TOPIC_PAPERS = 5;

/** The fewest papers a topic may hold in a corpus of n: MIN_TOPIC_PAPERS, fewer on a small shelf (one per 50 papers, at least 2). */
export function minTopicPapers(n: number): number {
  return Math.min(MIN_TOPIC_PAPERS, Math.max(2, Math.ceil(n / 50)));
}
/** No topic holds more than this share of the corpus: a larger one gets subtopics. */
export const MAX_TOPIC_SHARE = 0.25;
/** Top-level topics a reader can take in at a glance: discovery adds topics only while there is room. */
export const MAX_TOP_LEVEL_TOPICS = 40;

/** A topic as the shelf shows it: from the taxonomy, or discovered in the text. */
export interface TopicRecord {
  slug: string;
  name: string;
  description: string;
  /** The taxonomy's phrases, or a discovered topic's label words. */
  phrases: string[];
  /** A subtopic's topic. */
  parent?: string;
  discovered: boolean;
}

/** Every topic in display order (a topic's subtopics after it, the catch-all last) and each paper's 1–3 topics. */
export interface FittedTopics {
  topics: TopicRecord[];
  assignments: string[][];
}

/** What fitTopics reads: each paper's confirmed taxonomy topics, the taxonomy and the text model. */
export interface FitInput {
  confirmed: readonly (readonly string[])[];
  taxonomy: Taxonomy;
  model: TextModel;
  /** Each paper's nearest papers, most similar first. */
  neighbours: readonly (readonly Neighbour[])[];
  /** Each paper's latent concepts, which the clustering reads. */
  concepts: readonly SparseVector[];
}

/**
 * How many groups to look for among n papers: about √(n/8), but at least six
 * where that leaves twenty papers a group (what a taxonomy leaves over is
 * varied), and never a group under `min` papers on average.
 */
export function groupCount(n: number, min = MIN_TOPIC_PAPERS): number {
  const wanted = Math.max(2, Math.round(Math.sqrt(n / 8)), Math.min(6, Math.floor(n / 20)));
  return Math.max(1, Math.min(Math.floor(n / min), wanted));
}

/**
 * Topics that fit the corpus. The taxonomy stays the user's word; discovery
 * fills in what it does not cover:
 * 1. a taxonomy topic with fewer than minTopicPapers(n) papers is dissolved;
 * 2. papers left without a topic are clustered into discovered topics, as
 *    many as there is room for under MAX_TOP_LEVEL_TOPICS; papers for which
 *    there is no room (or too few for a topic) take the topic most of their
 *    nearest papers have, and only papers whose neighbours have none stay
 *    in the catch-all;
 * 3. a topic holding more than MAX_TOPIC_SHARE of the papers is split into
 *    discovered subtopics, and its papers carry the subtopic instead.
 */
export function fitTopics({ confirmed, taxonomy, model, neighbours, concepts }: FitInput): FittedTopics {
  const n = confirmed.length;
  const min = minTopicPapers(n);
  const sizes = { min, max: Math.max(min, Math.floor(MAX_TOPIC_SHARE * n)) };
  const assignments = dissolveThinTopics(confirmed, min);
  const records: TopicRecord[] = taxonomy.topics.map(({ slug, name, description, phrases, parent }) => ({
    slug,
    name,
    description,
    phrases: [...phrases],
    ...(parent === undefined ? {} : { parent }),
    discovered: false,
  }));
  const taken = new Set([taxonomy.catchAll.slug, ...records.map((r) => r.slug)]);
  const everyone = confirmed.map((_, i) => i);

  // Discover: the papers no taxonomy topic holds.
  const pool = everyone.filter((i) => assignments[i]?.length === 0);
  const kept = new Set(assignments.flat()).size;
  const room = Math.min(groupCount(pool.length, min), MAX_TOP_LEVEL_TOPICS - kept);
  if (pool.length >= min && room >= 1) {
    for (const { group, words } of labelled(model, clusterPapers(concepts, pool, room, sizes), everyone)) {
      const topic = labelToTopic(words, taken);
      taken.add(topic.slug);
      records.push({ ...topic, discovered: true });
      for (const paper of group) assignments[paper] = [topic.slug];
    }
  } else {
    joinNeighbours(pool, assignments, neighbours);
  }

  // Split: every topic that holds too many papers gets subtopics.
  for (const record of records.filter((r) => r.parent === undefined)) {
    const members = everyone.filter((i) => assignments[i]?.includes(record.slug) === true);
    if (members.length <= sizes.max) continue;
    const k = Math.max(Math.ceil(members.length / (0.8 * sizes.max)), groupCount(members.length, min));
    const groups = clusterPapers(concepts, members, k, sizes);
    if (groups.length < 2) continue;
    // A subtopic is never named after its parent: leave out the parent's name, slug and first two phrases.
    const exclude = new Set(textToTerms(model, [record.name, record.slug.replaceAll('-', ' '), ...record.phrases.slice(0, 2)].join('. ')));
    for (const { group, words } of labelled(model, groups, members, exclude)) {
      const topic = labelToTopic(words, taken, record);
      taken.add(topic.slug);
      records.push({ ...topic, parent: record.slug, discovered: true });
      for (const paper of group) assignments[paper] = (assignments[paper] ?? []).map((s) => (s === record.slug ? topic.slug : s));
    }
  }

  const catchAll: TopicRecord = { ...taxonomy.catchAll, phrases: [], discovered: false };
  return {
    topics: [...inDisplayOrder(records), catchAll],
    assignments: assignments.map((a) => (a.length === 0 ? [catchAll.slug] : [...new Set(a)].slice(0, 3))),
  };
}

/**
 * Groups with their label words, largest first, then by their words: an order
 * that depends on the papers, not on their positions, so slugs are handed out
 * the same way whatever order the papers come in.
 */
function labelled(
  model: TextModel,
  groups: readonly number[][],
  reference: readonly number[],
  exclude?: ReadonlySet<number>,
): { group: number[]; words: string[] }[] {
  const labels = labelClusters(model, groups, reference, exclude === undefined ? {} : { exclude });
  return groups
    .map((group, g) => ({ group, words: labels[g]?.words ?? [] }))
    .sort((a, b) => b.group.length - a.group.length || compare(a.words.join(' '), b.words.join(' ')));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Each paper's topics without those held by fewer than `min` papers (repeated until none is). */
function dissolveThinTopics(confirmed: readonly (readonly string[])[], min: number): string[][] {
  let assignments = confirmed.map((a) => [...a]);
  for (;;) {
    const counts = new Map<string, number>();
    for (const a of assignments) for (const slug of a) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    const thin = new Set([...counts].filter(([, count]) => count < min).map(([slug]) => slug));
    if (thin.size === 0) return assignments;
    assignments = assignments.map((a) => a.filter((slug) => !thin.has(slug)));
  }
}

/** Gives each paper the topic most of its nearest papers have (by summed similarity; ties: the first seen), if any. */
function joinNeighbours(pool: readonly number[], assignments: string[][], neighbours: readonly (readonly Neighbour[])[]): void {
  const before = assignments.map((a) => a[0]);
  for (const paper of pool) {
    const votes = new Map<string, number>();
    for (const { index, score } of neighbours[paper] ?? []) {
      const slug = before[index];
      if (slug !== undefined) votes.set(slug, (votes.get(slug) ?? 0) + score);
    }
    const best = [...votes].reduce<[string, number] | undefined>(
      (top, vote) => (top === undefined || vote[1] > top[1] ? vote : top),
      undefined,
    );
    if (best !== undefined) assignments[paper] = [best[0]];
  }
}

/** Taxonomy topics in file order, then discovered topics largest first; each topic's subtopics right after it. */
function inDisplayOrder(records: readonly TopicRecord[]): TopicRecord[] {
  const children = (slug: string): TopicRecord[] => records.filter((r) => r.parent === slug);
  return records.filter((r) => r.parent === undefined).flatMap((r) => [r, ...children(r.slug)]);
}
