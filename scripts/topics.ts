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
import { papersToTopics } from '../src/lib/topics/papers-to-topics.ts';
import { topicsToSuggestion } from '../src/lib/topics/topics-to-suggestion.ts';
import { formatTopics } from '../src/lib/topics/format-topics.ts';
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

  for (const line of formatTopics(fitted, input.taxonomy.catchAll.slug, true)) log(line);
  log(`topics: wrote ${options.out}`);
  return 0;
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
