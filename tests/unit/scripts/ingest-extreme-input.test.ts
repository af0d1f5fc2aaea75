import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ingest } from '../../../scripts/ingest.ts';
import type { IngestReport } from '../../../src/lib/ingest/build-report.ts';

// Extreme but valid input, generated here: never committed as large files.
const TOPICS = 'tests/fixtures/topics.yaml';
const LISTING_HEAD = ['Get trending papers in your email inbox once a day!', 'Get trending papers in your email inbox!'];
const ABSTRACT =
  'We study federated learning under heterogeneous clients and propose a new aggregation rule that provably converges, with experiments on four benchmarks showing clear gains over strong baselines.';

const run = promisify(execFile);
let scratch = '';
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'papershelf-extreme-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Writes the given dumps into a fresh folder and ingests it; returns the exit code, the log and the report. */
async function ingestDumps(
  name: string,
  dumps: Record<string, string>,
): Promise<{ code: number; lines: string[]; report: IngestReport; out: string }> {
  const dir = join(scratch, name);
  await mkdir(dir, { recursive: true });
  for (const [file, text] of Object.entries(dumps)) await writeFile(join(dir, file), text);
  const out = join(scratch, `${name}-out`);
  const lines: string[] = [];
  const code = await ingest({ dumps: dir, out, topics: TOPICS, strict: false }, (l) => lines.push(l));
  const report = JSON.parse(await readFile(join(out, 'ingest-report.json'), 'utf8')) as IngestReport;
  return { code, lines, report, out };
}

describe('the ingest on extreme but valid input', () => {
  const letters = (length: number, alphabet: string): string =>
    Array.from({ length }, (_, i) => alphabet[(i * 7) % alphabet.length]).join('');
  test.each([
    ['lower-case letters', letters(200_000, 'abcdefghijklmnopqrstuvwxyz')],
    ['a hyphenated camel-case name', letters(200_000, 'abcDefGhi-jkLmnOp^qrsTuv')],
  ])(
    'ingests a dump holding one 200,000-character word of %s without running away (no backtracking blow-up), and keeps the word as written',
    async (_shape, word) => {
      const { code, report, out } = await ingestDumps(`long-word-${_shape.length}`, {
        'listing.txt': [
          ...LISTING_HEAD,
          'SubscribeA Paper With One Very Long Word',
          `${ABSTRACT} ${word}`,
          'Another Federated Paper',
          ABSTRACT,
          '',
        ].join('\n'),
      });
      expect(code).toBe(0);
      expect(report.totals).toMatchObject({ recordsRead: 2, papers: 2, rejected: 0 });
      const markdown = await readFile(join(out, 'papers', 'a-paper-with-one-very-long-word.md'), 'utf8');
      expect(markdown).toContain(word);
    },
  );

  test('skips a folder and a named pipe called *.txt, names each, and ingests the dump beside them', async () => {
    const dir = join(scratch, 'odd-entries');
    await mkdir(join(dir, 'folder.txt'), { recursive: true });
    await run('mkfifo', [join(dir, 'pipe.txt')]);
    await writeFile(join(dir, 'listing.txt'), [...LISTING_HEAD, 'SubscribeA Federated Paper', ABSTRACT, ''].join('\n'));
    const out = join(scratch, 'odd-entries-out');
    const lines: string[] = [];
    expect(await ingest({ dumps: dir, out, topics: TOPICS, strict: false }, (l) => lines.push(l))).toBe(0);
    expect(lines).toContain(`${join(dir, 'folder.txt')}: error: not a regular file (a folder); skipped`);
    expect(lines).toContain(`${join(dir, 'pipe.txt')}: error: not a regular file (a named pipe); skipped`);
    const report = JSON.parse(await readFile(join(out, 'ingest-report.json'), 'utf8')) as IngestReport;
    expect(report.totals).toMatchObject({ dumps: 3, papers: 1, refusedDumps: 2 });
  });
});
