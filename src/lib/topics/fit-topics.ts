import type { Taxonomy } from './taxonomy-schema.ts';
import { clusterPapers } from './cluster-papers.ts';
import { clusterByConsensus } from './consensus-clusters.ts';
import { completePhrase, isModifier, textToRuns } from './phrases-in-text.ts';
import { quietTerms } from './quiet-terms.ts';
import { labelClusters } from './label-clusters.ts';
import type { Neighbour } from '../text/model-to-neighbours.ts';
import type { SparseVector, TextModel } from '../text/papers-to-text-model.ts';
import { textToTerms } from '../text/text-to-terms.ts';
import { labelToTopic, subjectKeys } from './label-to-topic.ts';

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
  /** Each paper's text (title and abstract), from which names are written as the papers write them. */
  texts?: readonly string[];
  /** Each paper's title: a topic is named, where its titles allow, by the words its titles share. */
  titles?: readonly string[];
  /** The top-level groups, where another thread has already found them (topLevelGroups of the same concepts). */
  tops?: number[][];
}

/** A top-level topic with more papers than this is too large to skim: it gets subtopics. */
export const SKIM = 60;
/** Words from the titles that lead a group's label. */
const TITLE_WORDS = 2;
/** Label words written out as the papers write them, from the first. */
const WRITTEN_OUT = 4;
/** Papers a subtopic holds, about. */
const SUBTOPIC_PAPERS = 40;
/** A taxonomy topic that names no group stands as a topic of its own only with this share of the shelf: less is almost nothing. */
const FEW_PAPERS = 0.005;
/** Starts the subtopic clusterings try: one, as their groups are small and many. */
const SUBTOPIC_STARTS = 1;
/** Papers of a group read, at most, to write its name out (taken evenly through it). */
const NAMING_SAMPLE = 100;
/** At most this many subtopics a topic. */
const MAX_SUBTOPICS = 8;
/** A taxonomy topic names a group when this share of the group carries it, and this share of its papers sit in the group. */
const NAMES_GROUP = 0.5;

/**
 * How many groups to look for among n papers: about √(n/8), but at least six
 * where that leaves twenty papers a group, and never a group under `min`
 * papers on average.
 */
export function groupCount(n: number, min = MIN_TOPIC_PAPERS): number {
  const wanted = Math.max(2, Math.round(Math.sqrt(n / 8)), Math.min(6, Math.floor(n / 20)));
  return Math.max(1, Math.min(Math.floor(n / min), wanted));
}

/** The fewest top-level topics where the shelf has room for them. */
export const MIN_TOP_LEVEL_TOPICS = 12;

/** Top-level topics for n papers: about √(n/30), between 12 and 40, fewer on a shelf too small for 12 of two topics' size. */
export function topLevelCount(n: number, min = MIN_TOPIC_PAPERS): number {
  const wanted = Math.max(MIN_TOP_LEVEL_TOPICS, Math.min(MAX_TOP_LEVEL_TOPICS, Math.round(Math.sqrt(n / 30))));
  return Math.max(1, Math.min(Math.floor(n / (2 * min)), wanted));
}

/**
 * The top-level groups of papers, by their concepts: 12–40 of them, each
 * between minTopicPapers(n) papers and MAX_TOPIC_SHARE of the shelf where
 * the numbers allow, found by a consensus of clusterings. The first step of
 * fitTopics, on its own so another thread can take it.
 */
export function topLevelGroups(concepts: readonly SparseVector[]): number[][] {
  const n = concepts.length;
  const min = minTopicPapers(n);
  const everyone = concepts.map((_, i) => i);
  return clusterByConsensus(concepts, everyone, topLevelCount(n, min), { min, max: Math.max(min, Math.floor(MAX_TOPIC_SHARE * n)) });
}

/**
 * Topics that fit the corpus: the corpus decides what they are, a taxonomy
 * names and guides them.
 * 1. All papers are clustered by their concepts (spherical k-means) into
 *    12–40 top-level groups; a group too large to skim is clustered again
 *    into subtopics, so a subtopic sits under the topic its papers are
 *    closest to. (Merging many fine groups into fewer, as BERTopic's topic
 *    reduction does, agreed less with known categories on real corpora.)
 * 2. A taxonomy topic whose confirmed papers make up most of a group, and
 *    most of whose papers sit in it, names that group (name, slug,
 *    description, phrases). Every other group is named from its own words
 *    (class-based TF-IDF), leaving out words the corpus spreads evenly.
 * 3. A taxonomy topic that names no group stays, as a topic of its own, for
 *    its papers, when it holds at least minTopicPapers(n) papers and does
 *    not repeat a topic (half or more of either's papers); else it is left
 *    out.
 * A paper carries its topic and its subtopic, then the taxonomy topics of
 * step 3 (at most three in all).
 */
export function fitTopics({ confirmed, taxonomy, model, concepts, texts = [], titles = [], tops: given }: FitInput): FittedTopics {
  const n = confirmed.length;
  const min = minTopicPapers(n);
  const maxSize = Math.max(min, Math.floor(MAX_TOPIC_SHARE * n));
  const everyone = confirmed.map((_, i) => i);
  const catchAll: TopicRecord = { ...taxonomy.catchAll, phrases: [], discovered: false };
  if (n < min) return { topics: [catchAll], assignments: confirmed.map(() => [catchAll.slug]) };

  // 1. Top-level groups by their concepts; the large ones split into subtopics the same way.
  const tops = given ?? topLevelGroups(concepts);
  const tree = tops.map((top) => {
    const subs =
      top.length > SKIM
        ? clusterPapers(
            concepts,
            top,
            Math.min(MAX_SUBTOPICS, Math.ceil(top.length / SUBTOPIC_PAPERS)),
            { min, max: maxSize },
            { starts: SUBTOPIC_STARTS },
          )
        : [];
    return { top, subs: subs.length >= 2 ? subs : [] };
  });
  const leaves = tree.flatMap((t) => (t.subs.length > 0 ? t.subs : [t.top]));

  // 2. Names: from the taxonomy where a topic of it fits a group, else from the group's own words.
  const evidence = taxonomyPapers(dissolveThinTopics(confirmed, min));
  const quiet = quietTerms(model, leaves);
  const titleTermIds: number[][] = [];
  const titleTerms =
    titles.length === 0 ? undefined : (paper: number): number[] => (titleTermIds[paper] ??= textToTerms(model, titles[paper] ?? ''));
  const topLabels = labelled(
    model,
    tree.map((t) => t.top),
    everyone,
    quiet,
    titleTerms,
  );
  const naming = nameGroups(topLabels, [...tree.flatMap((t) => t.subs)], evidence, taxonomy, min);
  const taken = new Set([taxonomy.catchAll.slug, ...[...naming.values()].map((t) => t.slug)]);
  const names = new Set([...naming.values()].flatMap((t) => subjectKeys(t.name).keys));
  const records: TopicRecord[] = [];
  const assignments: string[][] = everyone.map(() => []);
  const named = (group: readonly number[], words: string[], parent?: TopicRecord): TopicRecord => {
    const fromTaxonomy = naming.get(group);
    if (fromTaxonomy !== undefined) return { ...fromTaxonomy, ...(parent === undefined ? {} : { parent: parent.slug }) };
    // The leading words as the papers write them ("multimodal large" → "multimodal large language models").
    const step = Math.max(1, group.length / NAMING_SAMPLE);
    const groupRuns = Array.from({ length: Math.min(group.length, NAMING_SAMPLE) }, (_, k) =>
      textToRuns(texts[group[Math.floor(k * step)] ?? -1] ?? ''),
    );
    const written = words.map((w, i) => (i < WRITTEN_OUT ? completePhrase(w, groupRuns) : w));
    // A word the papers write before another ("multi-agent", "long-context") modifies a subject: it does not lead the name.
    const leading = written.filter((w, i) => i >= WRITTEN_OUT || /^[\p{Lu}\p{N}]{2,}s?$/u.test(w) || !isModifier(w, groupRuns));
    const topic = labelToTopic([...new Set(leading.length > 0 ? leading : written)], taken, parent, names);
    // A taxonomy topic of that name names the group: a suggested taxonomy, adopted, keeps its topics.
    const asks = new Set(subjectKeys(topic.name).asks);
    const namesake = taxonomy.topics.find(
      (t) => !taken.has(t.slug) && (t.slug === topic.slug || subjectKeys(t.name).keys.some((key) => asks.has(key))),
    );
    if (namesake !== undefined) {
      taken.add(namesake.slug);
      for (const key of subjectKeys(namesake.name).keys) names.add(key);
      return { ...taxonomyRecord(namesake), ...(parent === undefined ? {} : { parent: parent.slug }) };
    }
    taken.add(topic.slug);
    for (const key of subjectKeys(topic.name).keys) names.add(key);
    return { ...topic, ...(parent === undefined ? {} : { parent: parent.slug }), discovered: true };
  };
  for (const { group: top, words } of topLabels) {
    const record = named(top, words);
    records.push(record);
    for (const paper of top) assignments[paper] = [record.slug];
    const subs = tree.find((t) => t.top === top)?.subs ?? [];
    if (subs.length === 0) continue;
    const exclude = new Set([
      ...quiet,
      ...textToTerms(model, [record.name, record.slug.replaceAll('-', ' '), ...record.phrases.slice(0, 2)].join('. ')),
    ]);
    for (const { group: sub, words: subWords } of labelled(model, subs, top, exclude, titleTerms)) {
      const subRecord = named(sub, subWords, record);
      records.push(subRecord);
      for (const paper of sub) assignments[paper] = [record.slug, subRecord.slug];
    }
  }

  // 3. The taxonomy's other topics, where they hold papers (a topic of their own needs FEW_PAPERS of the shelf) and repeat no topic.
  const enough = Math.max(min, Math.ceil(FEW_PAPERS * n));
  const members = (slug: string): Set<number> => new Set(everyone.filter((i) => assignments[i]?.includes(slug) === true));
  const held = records.map((r) => members(r.slug));
  const used = new Set(records.map((r) => r.slug));
  for (const topic of taxonomy.topics) {
    const papers = evidence.get(topic.slug) ?? [];
    if (used.has(topic.slug) || papers.length < min || records.filter((r) => r.parent === undefined).length >= MAX_TOP_LEVEL_TOPICS)
      continue;
    const joining = papers.filter((p) => (assignments[p]?.length ?? 0) < 3);
    if (joining.length < enough) continue;
    if (held.some((set) => joining.filter((p) => set.has(p)).length >= Math.min(set.size, joining.length) / 2)) continue;
    if (subjectKeys(topic.name).asks.some((key) => names.has(key))) continue;
    records.push(taxonomyRecord(topic));
    held.push(new Set(joining));
    used.add(topic.slug);
    for (const paper of joining) assignments[paper]?.push(topic.slug);
  }

  return {
    topics: [...inDisplayOrder(records), catchAll],
    assignments: assignments.map((a) => (a.length === 0 ? [catchAll.slug] : [...new Set(a)].slice(0, 3))),
  };
}

/** A taxonomy topic as the shelf shows it: its own name, slug, description and phrases. */
function taxonomyRecord({ slug, name, description, phrases }: Taxonomy['topics'][number]): TopicRecord {
  return { slug, name, description, phrases: [...phrases], discovered: false };
}

/** Each taxonomy topic's papers, ascending. */
function taxonomyPapers(assignments: readonly (readonly string[])[]): Map<string, number[]> {
  const papers = new Map<string, number[]>();
  for (const [paper, slugs] of assignments.entries()) {
    for (const slug of slugs) {
      const list = papers.get(slug);
      if (list === undefined) papers.set(slug, [paper]);
      else list.push(paper);
    }
  }
  return papers;
}

/**
 * The taxonomy topic that names each group it fits. First, a top-level
 * group whose leading label word says what a taxonomy topic's name or first
 * phrase says ("Reinforcement learning" for "Reinforcement learning and
 * bandits"), if a quarter of the topic's papers sit in it. Then, any group
 * most of which carries a taxonomy topic, most of whose papers sit in the
 * group, the best fitting pairs (by Jaccard index) first. Each topic names
 * one group at most, each group takes one topic; ties in the taxonomy's order.
 */
function nameGroups(
  tops: readonly { group: readonly number[]; words: readonly string[] }[],
  subs: readonly (readonly number[])[],
  evidence: ReadonlyMap<string, readonly number[]>,
  taxonomy: Taxonomy,
  min: number,
): Map<readonly number[], TopicRecord> {
  const naming = new Map<readonly number[], TopicRecord>();
  const usedTopics = new Set<number>();
  const name = (group: readonly number[], t: number): void => {
    const topic = taxonomy.topics[t];
    if (topic === undefined || naming.has(group) || usedTopics.has(t)) return;
    usedTopics.add(t);
    naming.set(group, taxonomyRecord(topic));
  };
  const inside = (papers: readonly number[], group: readonly number[]): number => {
    const members = new Set(group);
    return papers.filter((p) => members.has(p)).length;
  };
  for (const { group, words } of tops) {
    const asks = new Set(subjectKeys(words[0] ?? '').asks);
    const t = taxonomy.topics.findIndex((topic, i) => {
      const papers = evidence.get(topic.slug) ?? [];
      if (usedTopics.has(i) || papers.length < min || inside(papers, group) < papers.length / 4) return false;
      return [topic.name, ...topic.phrases.slice(0, 1)].some((text) => subjectKeys(text).keys.some((key) => asks.has(key)));
    });
    if (t >= 0) name(group, t);
  }
  const pairs: { group: readonly number[]; topic: number; jaccard: number }[] = [];
  for (const group of [...tops.map((t) => t.group), ...subs]) {
    for (const [t, topic] of taxonomy.topics.entries()) {
      const papers = evidence.get(topic.slug) ?? [];
      const both = inside(papers, group);
      if (both >= NAMES_GROUP * group.length && both >= NAMES_GROUP * papers.length && both > 0)
        pairs.push({ group, topic: t, jaccard: both / (group.length + papers.length - both) });
    }
  }
  pairs.sort((a, b) => b.jaccard - a.jaccard || a.topic - b.topic);
  for (const { group, topic } of pairs) name(group, topic);
  return naming;
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
  exclude: ReadonlySet<number>,
  titleTerms?: (paper: number) => readonly number[],
): { group: number[]; words: string[] }[] {
  const labels = labelClusters(model, groups, reference, { exclude });
  // Words the group's titles share lead: titles name subjects, abstracts also describe methods and results.
  const fromTitles =
    titleTerms === undefined ? [] : labelClusters(model, groups, reference, { exclude, termsOf: titleTerms, count: TITLE_WORDS });
  return groups
    .map((group, g) => ({ group, words: [...new Set([...(fromTitles[g]?.words ?? []), ...(labels[g]?.words ?? [])])] }))
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

/** Top-level topics in the order given; each topic's subtopics right after it. */
function inDisplayOrder(records: readonly TopicRecord[]): TopicRecord[] {
  const children = (slug: string): TopicRecord[] => records.filter((r) => r.parent === slug);
  return records.filter((r) => r.parent === undefined).flatMap((r) => [r, ...children(r.slug)]);
}
