/**
 * `npm run ingest -- [--dumps DIR] [--out DIR] [--topics FILE] [--strict] [--timings]`
 *
 * Turns every dump in a folder into one validated markdown file per unique
 * paper, plus an accounting report and the dump collections. Each step is a
 * stage in src/lib/ingest; only the first and the last touch the disk.
 */
import { access, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { assignSlugs } from '../src/lib/ingest/assign-slugs.ts';
import { buildCollections } from '../src/lib/ingest/build-collections.ts';
import { buildReport } from '../src/lib/ingest/build-report.ts';
import { dumpToRecords } from '../src/lib/ingest/dump-to-records.ts';
import { mergePapers } from '../src/lib/ingest/merge-papers.ts';
import { neighboursToRelated } from '../src/lib/ingest/neighbours-to-related.ts';
import { notesWithoutPapers } from '../src/lib/ingest/notes-without-papers.ts';
import { modelToForYou } from '../src/lib/reading-list/model-to-for-you.ts';
import { forYouSchema } from '../src/lib/reading-list/for-you-schema.ts';
import { vocabularySchema } from '../src/lib/search/vocabulary-schema.ts';
import { neighboursToReasonTerms } from '../src/lib/text/neighbours-to-reason-terms.ts';
import { textsToVocabulary } from '../src/lib/search/texts-to-vocabulary.ts';
import { textToPlain } from '../src/lib/math/text-to-plain.ts';
import { paperToFrontmatter } from '../src/lib/ingest/paper-to-frontmatter.ts';
import { paperToMarkdown } from '../src/lib/ingest/paper-to-markdown.ts';
import { papersToTopicsOnTwoThreads } from '../src/lib/topics/papers-to-topics.ts';
import { readDumps } from '../src/lib/ingest/read-dumps.ts';
import { textToTaxonomy } from '../src/lib/topics/text-to-taxonomy.ts';
import { writeContent } from '../src/lib/ingest/write-content.ts';
import type { DumpFile } from '../src/lib/ingest/types.ts';
import type { PaperFrontmatter } from '../src/lib/paper/paper-schema.ts';
import type { Taxonomy } from '../src/lib/topics/taxonomy-schema.ts';
import { formatSummary } from '../src/lib/ingest/format-summary.ts';
import { formatTopics } from '../src/lib/topics/format-topics.ts';

/** Where the ingest reads and writes, and whether any rejection fails it. */
export interface IngestOptions {
  dumps: string;
  out: string;
  /** The taxonomy; by default `<dumps>/topics.yaml` if there is one, else `content/topics.yaml`. */
  topics?: string | undefined;
  strict: boolean;
  /** Log how long each stage took, as one `timings:` JSON line (for `npm run bench`). */
  timings?: boolean;
}

/** The taxonomy used when neither --topics nor the dumps folder names one. */
export const DEFAULT_TOPICS = 'content/topics.yaml';

/** Runs the ingest and returns the process exit code (0 when papers were written). */
export async function ingest(options: IngestOptions, log: (line: string) => void = console.log): Promise<number> {
  const clock = stageClock();
  // Read: the taxonomy and every dump with its sidecar.
  const input = await readInputs(options.dumps, options.topics, log);
  if (input === undefined) return 1;
  const { taxonomy, dumps } = input;
  // The reader's notes are never written here, only checked against the papers.
  const notesDir = join(options.out, 'notes');
  const noteFiles = await readdir(notesDir).catch(() => [] as string[]);
  clock.lap('read');

  // Parse: decode, detect the layout, pair records, resolve dates, clean text.
  const results = dumps.map(dumpToRecords);

  // Dedupe: merge every occurrence of one title key into one paper.
  const { papers, conflicts } = mergePapers(results.flatMap((r) => r.records));
  clock.lap('parse');

  // Name: stable slugs from the titles alone (a rare shared short slug is resolved and reported).
  const { slugs, collisions } = assignSlugs(papers);

  // Classify: the text model, the taxonomy confirmed by each paper's neighbours, discovery for the rest.
  const { model, neighbours, fitted } = await papersToTopicsOnTwoThreads(papers, taxonomy);
  // Reasons: the shared words that may say why two papers are related (not common to all, not TeX).
  const reasonTerms = neighboursToReasonTerms(model, neighbours);
  clock.lap('text');

  // Validate: each paper's frontmatter, with its topics and related papers, against the schema.
  const slugOf = (index: number): string | undefined => slugs.get(papers[index]?.key ?? '');
  const written: PaperFrontmatter[] = [];
  const files = new Map<string, string>();
  const searchTexts: string[] = [];
  const schemaRejections: { file: string; line: number; reason: string }[] = [];
  for (const [index, paper] of papers.entries()) {
    const topicsOf = (i: number): readonly string[] => fitted.assignments[i] ?? [];
    const related = neighboursToRelated(neighbours[index] ?? [], model, { topics: topicsOf(index), slugOf, topicsOf, reasonTerms });
    const checked = paperToFrontmatter(paper, slugOf(index) ?? '', fitted.assignments[index] ?? [], related);
    if (!checked.ok) {
      const first = paper.sources[0];
      schemaRejections.push({ file: first?.dump ?? '', line: first?.line ?? 0, reason: checked.message });
      continue;
    }
    written.push(checked.frontmatter);
    searchTexts.push(`${wordsOf(paper.title)}\n${wordsOf(paper.abstract)}`);
    // Serialise: frontmatter and abstract as an mdast tree.
    files.set(`${checked.frontmatter.slug}.md`, paperToMarkdown(checked.frontmatter, paper.abstract));
  }

  clock.lap('markdown');
  // Account: the report and the collections, then write everything at once.
  const topicOrder = fitted.topics.map((t) => t.slug).filter((slug) => slug !== taxonomy.catchAll.slug);
  const report = buildReport(results, written, schemaRejections, conflicts, topicOrder, taxonomy.catchAll.slug);
  const collections = buildCollections(results, written);
  if (written.length === 0) {
    for (const line of formatSummary(report, options.dumps)) log(line);
    log(`ingest: no valid paper in ${options.dumps}; previous content left as it was`);
    return 1;
  }
  const indexOf = new Map(papers.map((_, i) => [slugOf(i) ?? '', i]));
  const forYouPapers = written.map(({ slug, plainTitle }) => ({ slug, plainTitle, index: indexOf.get(slug) ?? -1 }));
  const topicList = fitted.topics.map(({ slug, name, description, parent, discovered }, order) => ({
    id: slug,
    slug,
    name,
    description,
    order,
    ...(parent === undefined ? {} : { parent }),
    discovered,
  }));
  await writeContent(
    options.out,
    new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))),
    new Map<string, unknown>([
      ['ingest-report.json', report],
      ['collections.json', collections],
      ['topics.json', topicList],
      // For you, on the reading list: each paper's title and weightiest terms.
      ['for-you.json', forYouSchema.parse(modelToForYou(model, forYouPapers))],
      // Did you mean, on search: the index's words and how many papers hold each.
      ['vocabulary.json', vocabularySchema.parse({ version: 1, words: Object.fromEntries(textsToVocabulary(searchTexts)) })],
    ]),
  );

  clock.lap('write');
  // Tell: one line per dump, then every diagnostic as file:line.
  for (const line of formatSummary(report, options.dumps)) log(line);
  for (const line of formatTopics(fitted, taxonomy.catchAll.slug, false)) log(line);
  for (const { slug, kept, moved } of collisions)
    for (const other of moved) log(`slugs: "${other.title}" would share the slug ${slug} with "${kept}"; it is ${other.slug} instead`);
  for (const { file, suggestion } of notesWithoutPapers(noteFiles, new Set(written.map((p) => p.slug))))
    log(
      `notes: ${relative(process.cwd(), join(notesDir, file))} matches no paper on the shelf, so it is shown nowhere${suggestion === undefined ? '' : ` (did you mean ${suggestion}.md?)`}`,
    );
  log(`ingest: wrote ${written.length} papers to ${relative(process.cwd(), join(options.out, 'papers')) || '.'}`);
  if (options.timings === true) log(`timings: ${JSON.stringify(clock.laps)}`);
  return options.strict && (report.totals.rejected > 0 || report.totals.refusedDumps > 0) ? 1 : 0;
}

/** A text as the search index reads it: TeX as plain text where there is any (most texts have none, and skip the parse). */
function wordsOf(text: string): string {
  return /[$\\{}^_]/.test(text) ? textToPlain(text) : text;
}

/**
 * The taxonomy and the dumps, or undefined after logging why not. The
 * taxonomy is `topics` if given (it must exist), else `<dumps>/topics.yaml`
 * or DEFAULT_TOPICS; when neither exists the taxonomy is empty and discovery
 * finds every topic.
 */
export async function readInputs(
  dumpsDir: string,
  topics: string | undefined,
  log: (line: string) => void,
  command = 'ingest',
): Promise<{ taxonomy: Taxonomy; dumps: DumpFile[] } | undefined> {
  const topicsFile = topics ?? (await defaultTopicsFile(dumpsDir));
  const taxonomyText = await readFile(topicsFile, 'utf8').catch((error: unknown) => {
    if (topics === undefined) return '';
    cannotRead(topicsFile, error, log, command);
    return undefined;
  });
  if (taxonomyText === undefined) return undefined;
  const taxonomyResult = textToTaxonomy(topicsFile, taxonomyText);
  if (!taxonomyResult.ok) {
    log(taxonomyResult.message);
    return undefined;
  }
  const dumps = await readDumps(dumpsDir).catch((error: unknown) => {
    cannotRead(dumpsDir, error, log, command);
  });
  return dumps === undefined ? undefined : { taxonomy: taxonomyResult.taxonomy, dumps };
}

/** `<dumps>/topics.yaml` if the dumps folder has one, else DEFAULT_TOPICS. */
async function defaultTopicsFile(dumps: string): Promise<string> {
  const own = join(dumps, 'topics.yaml');
  return access(own).then(
    () => own,
    () => DEFAULT_TOPICS,
  );
}

/** Reports a file or folder a command cannot read, in one line. */
function cannotRead(path: string, error: unknown, log: (line: string) => void, command: string): void {
  const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'no such file or folder' : String(error);
  log(`${command}: cannot read ${path}: ${reason}`);
}

/** Seconds spent in each stage, measured between laps (the text step includes slugs). */
function stageClock(): { lap: (stage: string) => void; laps: Record<string, number> } {
  let last = performance.now();
  const laps: Record<string, number> = {};
  return {
    laps,
    lap(stage) {
      const now = performance.now();
      laps[stage] = Math.round(now - last) / 1000;
      last = now;
    },
  };
}

function optionsFromArgv(argv: string[]): IngestOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      dumps: { type: 'string' },
      out: { type: 'string' },
      topics: { type: 'string' },
      strict: { type: 'boolean', default: false },
      timings: { type: 'boolean', default: false },
    },
  });
  return {
    dumps: values.dumps ?? process.env['DUMPS_DIR'] ?? 'content/dumps',
    out: values.out ?? process.env['CONTENT_DIR'] ?? 'content',
    topics: values.topics,
    strict: values.strict,
    timings: values.timings,
  };
}

if (import.meta.main) {
  process.exitCode = await ingest(optionsFromArgv(process.argv.slice(2)));
}
