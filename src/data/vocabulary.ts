import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import { vocabularyToShards, WORD_LENGTHS } from '../lib/search/texts-to-vocabulary.ts';
import { vocabularySchema } from '../lib/search/vocabulary-schema.ts';

/**
 * From this many papers on, words found in one paper only are left out of
 * the vocabulary "Did you mean" reads: they are half of a large shelf's
 * words, and a rare word is seldom the one a reader meant.
 */
export const SINGLE_PAPER_WORDS_UP_TO = 5000;

let shards: Promise<Map<number, string>> | undefined;

/** The vocabulary shards by word length (the ingest's vocabulary.json), each length of WORD_LENGTHS present, empty where no word has it. */
export function vocabularyShards(): Promise<Map<number, string>> {
  shards ??= (async () => {
    const file = join(process.env['CONTENT_DIR'] ?? 'content', 'vocabulary.json');
    const data = vocabularySchema.parse(JSON.parse(await readFile(file, 'utf8').catch(() => '{"version":1,"words":{}}')));
    const papers = JSON.parse(
      await readFile(join(process.env['CONTENT_DIR'] ?? 'content', 'ingest-report.json'), 'utf8').catch(() => '{}'),
    ) as {
      totals?: { papers?: number };
    };
    const minDf = (papers.totals?.papers ?? 0) > SINGLE_PAPER_WORDS_UP_TO ? 2 : 1;
    const byLength = vocabularyToShards(Object.entries(data.words).filter(([, df]) => df >= minDf));
    return new Map(
      Array.from({ length: WORD_LENGTHS.max - WORD_LENGTHS.min + 1 }, (_, i) => {
        const length = WORD_LENGTHS.min + i;
        return [length, byLength.get(length) ?? ''] as const;
      }),
    );
  })();
  return shards;
}
