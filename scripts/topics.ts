/**
 * `npm run topics -- [--dumps DIR] [--topics FILE] [--out FILE]`
 *
 * Suggests a taxonomy for a folder of dumps: the taxonomy's topics that
 * still fit, and the topics and subtopics found in the papers' text, in the
 * format of topics.yaml (default output: content/topics.suggested.yaml).
 * Prints the topics, the papers per topic and the coverage.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { dumpToRecords } from '../src/lib/ingest/dump-to-records.ts';
import { mergePapers } from '../src/lib/ingest/merge-papers.ts';
import { papersToTopics } from '../src/lib/ingest/papers-to-topics.ts';
import { topicsToSuggestion } from '../src/lib/ingest/topics-to-suggestion.ts';
import type { FittedTopics } from '../src/lib/ingest/fit-topics.ts';
import { readInputs } from './ingest.ts';

/** Where the command reads and writes. */
export interface TopicsOptions {
  dumps: string;
  topics?: string | undefined;
  out: string;
}

/** Writes the suggested taxonomy and returns the exit code (0 when it was written). */
export async function suggestTopics(options: TopicsOptions, log: (line: string) => void = console.log): Promise<number> {
  // Read, parse and dedupe as the ingest does.
  const input = await readInputs(options.dumps, options.topics, log, 'topics');
  if (input === undefined) return 1;
  const { papers } = mergePapers(input.dumps.map(dumpToRecords).flatMap((r) => r.records));
  if (papers.length === 0) {
    log(`topics: no paper in ${options.dumps}`);
    return 1;
  }

  // Classify as the ingest does, then write the topics as a taxonomy.
  const { fitted } = papersToTopics(papers, input.taxonomy);
  await writeFile(options.out, topicsToSuggestion(fitted, input.taxonomy));

  for (const line of summary(fitted, input.taxonomy.catchAll.slug)) log(line);
  log(`topics: wrote ${options.out}`);
  return 0;
}

/** The topics with their paper counts, subtopics indented under their topic, then the coverage. */
function summary(fitted: FittedTopics, catchAll: string): string[] {
  const counts = new Map<string, number>();
  for (const slugs of fitted.assignments) for (const slug of slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const children = (slug: string): number =>
    fitted.topics.filter((t) => t.parent === slug).reduce((n, t) => n + (counts.get(t.slug) ?? 0), 0);
  const shown = fitted.topics.filter((t) => t.slug !== catchAll && (counts.get(t.slug) ?? 0) + children(t.slug) > 0);
  const topLevel = shown.filter((t) => t.parent === undefined);
  const discovered = shown.filter((t) => t.discovered).length;
  const n = fitted.assignments.length;
  const covered = fitted.assignments.filter((slugs) => slugs[0] !== catchAll).length;
  return [
    `topics: ${topLevel.length} topics and ${shown.length - topLevel.length} subtopics (${discovered} discovered in the text)`,
    ...shown.map((t) => {
      const papers = String((counts.get(t.slug) ?? 0) + children(t.slug)).padStart(6);
      const mark = t.discovered ? '  (discovered)' : '';
      return t.parent === undefined ? `${papers}  ${t.name}  [${t.slug}]${mark}` : `${papers}    › ${t.name}  [${t.slug}]${mark}`;
    }),
    `coverage: ${covered}/${n} papers in a real topic (${((covered / n) * 100).toFixed(1)}%)`,
  ];
}

function optionsFromArgv(argv: string[]): TopicsOptions {
  const { values } = parseArgs({
    args: argv,
    options: { dumps: { type: 'string' }, topics: { type: 'string' }, out: { type: 'string' } },
  });
  return {
    dumps: values.dumps ?? process.env['DUMPS_DIR'] ?? 'content/dumps',
    topics: values.topics,
    out: values.out ?? 'content/topics.suggested.yaml',
  };
}

if (import.meta.main) {
  process.exitCode = await suggestTopics(optionsFromArgv(process.argv.slice(2)));
}
