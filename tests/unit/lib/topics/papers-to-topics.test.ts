import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dumpToRecords } from '../../../../src/lib/ingest/dump-to-records.ts';
import { MAX_TOP_LEVEL_TOPICS, MIN_TOPIC_PAPERS, SKIM } from '../../../../src/lib/topics/fit-topics.ts';
import { subjectKeys } from '../../../../src/lib/topics/label-to-topic.ts';
import { mergePapers } from '../../../../src/lib/ingest/merge-papers.ts';
import { neighboursToRelated } from '../../../../src/lib/ingest/neighbours-to-related.ts';
import { papersToTopics, papersToTopicsOnTwoThreads } from '../../../../src/lib/topics/papers-to-topics.ts';
import { readDumps } from '../../../../src/lib/ingest/read-dumps.ts';
import { textToTaxonomy } from '../../../../src/lib/topics/text-to-taxonomy.ts';
import type { Taxonomy } from '../../../../src/lib/topics/taxonomy-schema.ts';

// The shipped taxonomy, on the seeds and on real corpora it was not written for (tests/corpora).
const parsed = textToTaxonomy('content/topics.yaml', readFileSync('content/topics.yaml', 'utf8'));
if (!parsed.ok) throw new Error(parsed.message);
const taxonomy = parsed.taxonomy;

async function classify(dir: string, withTaxonomy: Taxonomy = taxonomy) {
  const { papers } = mergePapers((await readDumps(dir)).map(dumpToRecords).flatMap((r) => r.records));
  const { fitted, model, neighbours } = papersToTopics(papers, withTaxonomy);
  const counts = new Map<string, number>();
  for (const slugs of fitted.assignments) for (const slug of slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const used = fitted.topics.filter((t) => (counts.get(t.slug) ?? 0) > 0);
  return { papers, fitted, model, neighbours, counts, used, catchAll: withTaxonomy.catchAll.slug };
}

type Classified = Awaited<ReturnType<typeof classify>>;

/** Purity and normalised mutual information (arithmetic mean) of predicted clusters against gold labels. */
function agreement(predicted: readonly string[], gold: readonly string[]): { purity: number; nmi: number } {
  const n = predicted.length;
  const joint = new Map<string, Map<string, number>>();
  const byPredicted = new Map<string, number>();
  const byGold = new Map<string, number>();
  for (const [i, p] of predicted.entries()) {
    const g = gold[i] ?? '';
    const row = joint.get(p) ?? new Map<string, number>();
    row.set(g, (row.get(g) ?? 0) + 1);
    joint.set(p, row);
    byPredicted.set(p, (byPredicted.get(p) ?? 0) + 1);
    byGold.set(g, (byGold.get(g) ?? 0) + 1);
  }
  let purity = 0;
  let mutual = 0;
  for (const [p, row] of joint) {
    purity += Math.max(...row.values());
    for (const [g, count] of row) mutual += (count / n) * Math.log((count * n) / ((byPredicted.get(p) ?? 1) * (byGold.get(g) ?? 1)));
  }
  const entropy = (counts: Map<string, number>): number => -[...counts.values()].reduce((h, c) => h + (c / n) * Math.log(c / n), 0);
  return { purity: purity / n, nmi: (2 * mutual) / (entropy(byPredicted) + entropy(byGold)) };
}

/** The share of the corpus in its largest topic, a topic with subtopics counting by its largest subtopic. */
function largestShare({ fitted, counts, papers }: Classified): number {
  const parents = new Set(fitted.topics.flatMap((t) => (t.parent === undefined ? [] : [t.parent])));
  return Math.max(...fitted.topics.filter((t) => !parents.has(t.slug)).map((t) => counts.get(t.slug) ?? 0)) / papers.length;
}

const coverage = ({ fitted, catchAll }: Classified): number =>
  fitted.assignments.filter((slugs) => slugs[0] !== catchAll).length / fitted.assignments.length;

const corpora = {
  seeds: await classify('content/dumps'),
  'hf-daily': await classify('tests/corpora/hf-daily'),
  'other-field': await classify('tests/corpora/other-field'),
  'arxiv-mix': await classify('tests/corpora/arxiv-mix'),
};

describe.each(Object.entries(corpora))('the shipped taxonomy on %s', (_, corpus) => {
  test('puts at least 97% of the papers in a real topic', () => {
    expect(coverage(corpus)).toBeGreaterThanOrEqual(0.97);
  });

  test('lets no topic hold more than 25% of the papers (a split topic counts by its largest subtopic)', () => {
    expect(largestShare(corpus)).toBeLessThanOrEqual(0.25);
  });

  test('gives every topic at least five papers, and 12 to 40 top-level topics', () => {
    for (const topic of corpus.used) expect(corpus.counts.get(topic.slug), topic.slug).toBeGreaterThanOrEqual(MIN_TOPIC_PAPERS);
    const topLevel = corpus.used.filter((t) => t.parent === undefined).length;
    expect(topLevel).toBeGreaterThanOrEqual(12);
    expect(topLevel).toBeLessThanOrEqual(MAX_TOP_LEVEL_TOPICS);
  });

  test('lets at most two pairs of topics share half the smaller one’s papers, unless one is the other’s subtopic', () => {
    const members = new Map(corpus.used.map((t) => [t.slug, new Set<number>()]));
    for (const [paper, slugs] of corpus.fitted.assignments.entries()) for (const slug of slugs) members.get(slug)?.add(paper);
    const redundant: string[] = [];
    for (const [i, a] of corpus.used.entries()) {
      for (const b of corpus.used.slice(i + 1)) {
        if (a.parent === b.slug || b.parent === a.slug || a.slug === corpus.catchAll || b.slug === corpus.catchAll) continue;
        const [x, y] = [members.get(a.slug) ?? new Set<number>(), members.get(b.slug) ?? new Set<number>()];
        const both = [...x].filter((p) => y.has(p)).length;
        if (both >= Math.min(x.size, y.size) / 2) redundant.push(`${a.name} ~ ${b.name}`);
      }
    }
    expect(redundant.length, redundant.join('; ')).toBeLessThanOrEqual(2);
  });

  test('never names two topics after one subject (acronym and expansion, plural, hyphen, a trailing “models”)', () => {
    for (const [i, a] of corpus.used.entries()) {
      const keys = new Set(subjectKeys(a.name).keys);
      for (const b of corpus.used.slice(i + 1))
        expect(
          subjectKeys(b.name).asks.filter((key) => keys.has(key)),
          `${a.name} and ${b.name}`,
        ).toEqual([]);
    }
  });

  test('gives every paper one to three distinct topics, each a known topic', () => {
    const known = new Set(corpus.fitted.topics.map((t) => t.slug));
    for (const slugs of corpus.fitted.assignments) {
      expect(slugs.length).toBeGreaterThanOrEqual(1);
      expect(slugs.length).toBeLessThanOrEqual(3);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(known.has(slug), slug).toBe(true);
    }
  });
});

describe('the seeds', () => {
  const seeds = corpora.seeds;
  const topicsOf = (pattern: RegExp): string[][] =>
    seeds.papers.flatMap((p, i) => (pattern.test(p.title) ? [seeds.fitted.assignments[i] ?? []] : []));

  test('keep between 12 and 40 top-level topics', () => {
    const topLevel = seeds.used.filter((t) => t.parent === undefined).length;
    expect(topLevel).toBeGreaterThanOrEqual(12);
    expect(topLevel).toBeLessThanOrEqual(40);
  });

  test('file every federated-learning paper under one shared topic', () => {
    const groups = topicsOf(/federated/i);
    expect(groups.length).toBeGreaterThanOrEqual(20);
    const shared = (groups[0] ?? []).filter((slug) => groups.every((g) => g.includes(slug)));
    expect(shared).not.toEqual([]);
  });

  test('file every classifier-free-guidance paper under one shared topic, and none with the federated ones', () => {
    const guidance = topicsOf(/classifier[- ]free guidance/i);
    const federated = new Set(topicsOf(/federated/i).flat());
    expect(guidance.length).toBeGreaterThanOrEqual(3);
    expect((guidance[0] ?? []).filter((slug) => guidance.every((g) => g.includes(slug)))).not.toEqual([]);
    for (const slugs of guidance) expect(slugs.filter((s) => federated.has(s))).toEqual([]);
  });
});

/** The indices of a paper's related papers, as the ingest chooses them. */
function relatedOf({ neighbours, fitted, model }: Classified, paper: number): number[] {
  const topicsOf = (i: number): readonly string[] => fitted.assignments[i] ?? [];
  // Which papers are related does not depend on the words given as reasons: none are asked for.
  const reasonTerms = new Uint8Array(0);
  return neighboursToRelated(neighbours[paper] ?? [], model, { topics: topicsOf(paper), slugOf: String, topicsOf, reasonTerms }).map((r) =>
    Number(r.slug),
  );
}

describe('related papers', () => {
  test('of a federated-learning paper are federated-learning papers', () => {
    const { papers } = corpora.seeds;
    const federated = (i: number): boolean => /federated/i.test(`${papers[i]?.title ?? ''} ${papers[i]?.abstract ?? ''}`);
    const pairs = papers.flatMap((p, i) => (/federated/i.test(p.title) ? relatedOf(corpora.seeds, i).map(federated) : []));
    expect(pairs.length).toBeGreaterThanOrEqual(100);
    expect(pairs.filter(Boolean).length / pairs.length).toBeGreaterThanOrEqual(0.9);
  });

  test('of a physics paper mostly share its arXiv category', () => {
    const { papers } = corpora['other-field'];
    const categories = categoriesOf('other-field');
    const pairs = papers.flatMap((p, i) =>
      relatedOf(corpora['other-field'], i).map((j) => categories.get(p.title) === categories.get(papers[j]?.title ?? '')),
    );
    expect(pairs.length).toBeGreaterThanOrEqual(2500);
    expect(pairs.filter(Boolean).length / pairs.length).toBeGreaterThanOrEqual(0.7);
  });
});

/** Each paper's primary arXiv category, by title, as the corpus's categories.json keeps it. */
function categoriesOf(corpus: string): Map<string, string> {
  const file = JSON.parse(readFileSync(`tests/corpora/${corpus}/categories.json`, 'utf8')) as { categories: Record<string, string> };
  return new Map(Object.entries(file.categories));
}

/** Purity and NMI of the papers' primary topics against their arXiv categories; every paper must have one. */
function primaryAgreement(corpus: Classified, categories: ReadonlyMap<string, string>): { purity: number; nmi: number } {
  const gold = corpus.papers.map((p) => categories.get(p.title) ?? '');
  expect(gold.filter((g) => g === '')).toEqual([]);
  return agreement(
    corpus.fitted.assignments.map((slugs) => slugs[0] ?? ''),
    gold,
  );
}

describe('the high-energy-physics corpus', () => {
  const corpus = corpora['other-field'];
  test('gets primary topics that agree with the arXiv categories (purity ≥ 0.65, NMI ≥ 0.39)', () => {
    const { purity, nmi } = primaryAgreement(corpus, categoriesOf('other-field'));
    expect(purity).toBeGreaterThanOrEqual(0.65);
    expect(nmi).toBeGreaterThanOrEqual(0.39);
  });

  test('is mostly filed under topics discovered in its own words, not the machine-learning taxonomy', () => {
    const discovered = new Set(corpus.fitted.topics.filter((t) => t.discovered).map((t) => t.slug));
    const inDiscovered = corpus.fitted.assignments.filter((slugs) => discovered.has(slugs[0] ?? '')).length;
    expect(inDiscovered / corpus.papers.length).toBeGreaterThan(0.8);
  });
});

describe('the Hugging Face corpus', () => {
  const corpus = corpora['hf-daily'];

  test('gives a topic too large to skim subtopics, each named unlike it', () => {
    const parents = corpus.used.filter((t) => corpus.used.some((s) => s.parent === t.slug));
    expect(parents.length).toBeGreaterThanOrEqual(3);
    for (const parent of parents) {
      expect(corpus.counts.get(parent.slug)).toBeGreaterThan(SKIM);
      for (const sub of corpus.used.filter((s) => s.parent === parent.slug)) {
        if (sub.discovered) expect(sub.slug.startsWith(`${parent.slug}-`)).toBe(true);
        expect(sub.name).not.toBe(parent.name);
        // A paper under a subtopic is under its topic too, in the frontmatter as on the pages.
        for (const slugs of corpus.fitted.assignments) if (slugs.includes(sub.slug)) expect(slugs).toContain(parent.slug);
      }
    }
  });

  test.each([/speech/i, /video/i, /vision-language-action|robot/i, /agent/i])(
    'gives subjects the taxonomy lacks a discovered topic of their own: %s',
    (subject) => {
      const found = corpus.used.filter((t) => t.discovered && subject.test(t.name));
      expect(found.map((t) => t.name)).not.toEqual([]);
      for (const topic of found) expect(corpus.counts.get(topic.slug)).toBeGreaterThanOrEqual(MIN_TOPIC_PAPERS);
    },
  );

  test('lets the corpus, not the taxonomy, decide its top-level topics: most are discovered', () => {
    const topLevel = corpus.used.filter((t) => t.parent === undefined);
    const largest = [...topLevel].sort((a, b) => (corpus.counts.get(b.slug) ?? 0) - (corpus.counts.get(a.slug) ?? 0)).slice(0, 12);
    expect(largest.filter((t) => t.discovered).length).toBeGreaterThanOrEqual(8);
  });
});

describe('the arXiv mix of ten categories', () => {
  const corpus = corpora['arxiv-mix'];
  test('gets primary topics that agree with the arXiv categories better than a plain TF-IDF k-means (purity ≥ 0.65, NMI ≥ 0.56)', () => {
    const { purity, nmi } = primaryAgreement(corpus, categoriesOf('arxiv-mix'));
    expect(purity).toBeGreaterThanOrEqual(0.65);
    expect(nmi).toBeGreaterThanOrEqual(0.56);
  });
});

describe('groups of papers a reader puts together', () => {
  /** The share of pairs of papers (within one group, or across two) that have a topic in common. */
  function sharing({ fitted }: Classified, a: readonly number[], b?: readonly number[]): [number, number] {
    const pairs = b === undefined ? a.flatMap((x, i) => a.slice(i + 1).map((y) => [x, y])) : a.flatMap((x) => b.map((y) => [x, y]));
    const shared = pairs.filter(([x, y]) => (fitted.assignments[x ?? 0] ?? []).some((t) => (fitted.assignments[y ?? 0] ?? []).includes(t)));
    return [shared.length, pairs.length];
  }
  const titled = ({ papers }: Classified, pattern: RegExp): number[] => papers.flatMap((p, i) => (pattern.test(p.title) ? [i] : []));
  const hf = corpora['hf-daily'];
  // Title phrases that name one subject each, as a researcher would group the papers.
  const groups = {
    speech: titled(hf, /\bspeech\b|\bTTS\b|\bspoken\b/i),
    'video generation': titled(hf, /video generation|text-to-video|image-to-video/i),
    'GUI agents': titled(hf, /\bGUI\b/),
    'Gaussian splatting': titled(hf, /gaussian splatting|\b3DGS\b/i),
    'code generation': titled(hf, /code generation|\bcode LLMs?\b/i),
    'theorem proving': titled(hf, /theorem prov/i),
    'vision-language-action': titled(hf, /vision-language-action|\bVLA\b/),
    quantization: titled(hf, /quantiz/i),
    medical: titled(hf, /\bmedical\b/i),
    'image editing': titled(hf, /image editing/i),
  };
  const apart: [keyof typeof groups, keyof typeof groups][] = [
    ['GUI agents', 'Gaussian splatting'],
    ['speech', 'code generation'],
    ['video generation', 'theorem proving'],
    ['medical', 'vision-language-action'],
    ['quantization', 'speech'],
    ['Gaussian splatting', 'theorem proving'],
    ['image editing', 'theorem proving'],
    ['code generation', 'video generation'],
    ['vision-language-action', 'speech'],
  ];

  test('share a topic inside the group for most pairs (Hugging Face corpus)', () => {
    let [shared, pairs] = [0, 0];
    for (const members of Object.values(groups)) {
      expect(members.length).toBeGreaterThanOrEqual(4);
      const [s, p] = sharing(hf, members);
      [shared, pairs] = [shared + s, pairs + p];
    }
    expect(shared / pairs).toBeGreaterThanOrEqual(0.8);
  });

  test('share none across unrelated groups for at least 95% of pairs (Hugging Face corpus)', () => {
    let [shared, pairs] = [0, 0];
    for (const [a, b] of apart) {
      const [s, p] = sharing(hf, groups[a], groups[b]);
      [shared, pairs] = [shared + s, pairs + p];
    }
    expect(1 - shared / pairs).toBeGreaterThanOrEqual(0.95);
  });
});

describe('without a taxonomy', () => {
  test('a corpus still gets sensible topics, all discovered', async () => {
    const empty = textToTaxonomy('empty.yaml', '');
    if (!empty.ok) throw new Error(empty.message);
    const corpus = await classify('tests/corpora/other-field', empty.taxonomy);
    expect(coverage(corpus)).toBeGreaterThanOrEqual(0.97);
    expect(largestShare(corpus)).toBeLessThanOrEqual(0.25);
    expect(corpus.used.every((t) => t.discovered || t.slug === corpus.catchAll)).toBe(true);
    expect(corpus.used.length).toBeGreaterThanOrEqual(4);
  });
});

describe('a discovered topic', () => {
  test('mostly keeps its slug when a few papers leave the shelf', () => {
    const { fitted, papers } = corpora['other-field'];
    const slugs = (f: typeof fitted): Set<string> =>
      new Set(f.topics.filter((t) => t.discovered && t.parent === undefined).map((t) => t.slug));
    const before = slugs(fitted);
    let kept = 0;
    let trials = 0;
    for (const step of [0, 1, 2, 3, 4, 5]) {
      // Three papers leave, taken evenly through the shelf.
      const leaving = new Set([17, 211, 401].map((i) => (i + step * 97) % papers.length));
      const after = slugs(
        papersToTopics(
          papers.filter((_, i) => !leaving.has(i)),
          taxonomy,
        ).fitted,
      );
      for (const slug of before) {
        trials++;
        if (after.has(slug)) kept++;
      }
    }
    expect(trials).toBeGreaterThanOrEqual(40);
    expect(kept / trials).toBeGreaterThanOrEqual(0.6);
  });
});

describe('topics are deterministic', () => {
  test('the same papers in another order get the same topics, slugs and related papers', () => {
    const { papers, fitted, neighbours } = corpora['hf-daily'];
    const reversed = [...papers].reverse();
    const again = papersToTopics(reversed, taxonomy);
    const n = papers.length;
    expect(again.fitted.topics).toEqual(fitted.topics);
    expect(again.fitted.assignments).toEqual([...fitted.assignments].reverse());
    const related = (list: typeof neighbours, i: number, flip: boolean): string[] =>
      (list[i] ?? []).slice(0, 5).map((r) => papers[flip ? n - 1 - r.index : r.index]?.title ?? '');
    for (let i = 0; i < n; i++) expect(related(again.neighbours, n - 1 - i, true)).toEqual(related(neighbours, i, false));
  });

  test('on two threads, the same papers get the same topics and neighbours as on one', async () => {
    const { papers, fitted, neighbours } = corpora['other-field'];
    const twice = await papersToTopicsOnTwoThreads(papers, taxonomy);
    expect(twice.fitted).toEqual(fitted);
    expect(twice.neighbours).toEqual(neighbours);
  });

  test('a split topic gives each of its papers one of its subtopics, right after it', () => {
    const { fitted } = corpora['hf-daily'];
    const parentOf = new Map(fitted.topics.flatMap((t) => (t.parent === undefined ? [] : [[t.slug, t.parent] as const])));
    const parents = new Set(parentOf.values());
    expect(parents.size).toBeGreaterThan(0);
    for (const slugs of fitted.assignments) {
      if (!parents.has(slugs[0] ?? '')) continue;
      expect(parentOf.get(slugs[1] ?? '')).toBe(slugs[0]);
    }
  });
});
