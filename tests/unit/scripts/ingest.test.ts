import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ingest, type IngestOptions } from '../../../scripts/ingest.ts';
import type { IngestReport } from '../../../src/lib/ingest/build-report.ts';

const SEEDS = 'content/dumps';
const TOPICS = 'content/topics.yaml';
const run = promisify(execFile);
let scratch = '';
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'papershelf-ingest-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

const quiet = (): void => undefined;

async function ingestInto(name: string, options: Partial<IngestOptions> = {}): Promise<{ code: number; out: string }> {
  const out = join(scratch, name);
  const code = await ingest({ dumps: SEEDS, out, topics: TOPICS, strict: false, ...options }, quiet);
  return { code, out };
}

/** The visible generated content: the JSON files and papers/* (following the papers link). */
async function readTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of await readdir(dir)) {
    if (name.endsWith('.json') && !name.startsWith('.')) files.set(name, await readFile(join(dir, name), 'utf8'));
  }
  for (const name of await readdir(join(dir, 'papers'))) files.set(`papers/${name}`, await readFile(join(dir, 'papers', name), 'utf8'));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

async function readPapers(out: string): Promise<Map<string, string>> {
  return new Map([...(await readTree(out))].filter(([name]) => name.startsWith('papers/')));
}

async function copySeeds(name: string): Promise<string> {
  const dir = join(scratch, name);
  await cp(SEEDS, dir, { recursive: true });
  return dir;
}

describe('the ingest on the seed corpus', () => {
  let report: IngestReport;
  beforeAll(async () => {
    const { out } = await ingestInto('seeds');
    report = JSON.parse(await readFile(join(out, 'ingest-report.json'), 'utf8')) as IngestReport;
  });

  test('turns 715 records into 642 unique papers', () => {
    expect(report.totals).toMatchObject({ dumps: 5, recordsRead: 715, papers: 642, merged: 73, rejected: 0 });
  });

  test('accounts for every record of every dump', () => {
    for (const dump of report.dumps) expect(dump.recordsRead, dump.file).toBe(dump.papers + dump.merged + dump.rejected);
  });

  test('writes one markdown file per paper', async () => {
    expect((await readPapers(join(scratch, 'seeds'))).size).toBe(642);
  });

  test('places nearly every paper in a real topic, none dominant, none tiny', () => {
    const real = report.topics.filter((t) => t.slug !== 'other');
    expect(real.length).toBeGreaterThanOrEqual(12);
    expect(real.length).toBeLessThanOrEqual(40);
    expect(report.coverage.share).toBeGreaterThanOrEqual(0.97);
    for (const topic of real) {
      expect(topic.papers, topic.slug).toBeLessThanOrEqual(0.25 * report.totals.papers);
      expect(topic.papers, topic.slug).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('the ingest is deterministic', () => {
  test('two runs on the same dumps give byte-identical output', async () => {
    const a = await ingestInto('run-a');
    const b = await ingestInto('run-b');
    expect(await readTree(b.out)).toEqual(await readTree(a.out));
  });

  test('renaming the dumps into another order changes nothing but their names', async () => {
    const dumps = await copySeeds('renamed-dumps');
    const names = (await readdir(dumps)).sort();
    const renamed = new Map(names.map((name, i) => [name, `${String(names.length - i).padStart(2, '0')}-${name}`]));
    for (const [from, to] of renamed) await rename(join(dumps, from), join(dumps, to));
    const original = await readPapers((await ingestInto('order-a')).out);
    const shuffled = await readPapers((await ingestInto('order-b', { dumps })).out);
    // Sources list dumps by name, so map the new names back before comparing.
    const restore = (text: string): string => [...renamed].reduce((t, [from, to]) => t.replaceAll(to, from), text);
    const sortSources = (text: string): string =>
      text.replace(/sources:\n((?: {2}- dump: .*\n {4}line: \d+\n)+)/, (_m, list: string) => {
        const items = list.match(/ {2}- dump: .*\n {4}line: \d+\n/g) ?? [];
        return `sources:\n${items.sort().join('')}`;
      });
    expect([...shuffled.keys()]).toEqual([...original.keys()]);
    for (const [name, text] of original) expect(sortSources(restore(shuffled.get(name) ?? '')), name).toBe(sortSources(text));
  });

  test('CRLF and BOM variants of the dumps give exactly the same papers', async () => {
    const dumps = await copySeeds('crlf-bom');
    for (const name of await readdir(dumps)) {
      const text = await readFile(join(dumps, name), 'utf8');
      await writeFile(join(dumps, name), `\ufeff${text.replaceAll('\n', '\r\n')}`);
    }
    expect(await readPapers((await ingestInto('crlf-bom-out', { dumps })).out)).toEqual(
      await readPapers((await ingestInto('plain-out')).out),
    );
  });
});

describe('the ingest keeps content safe', () => {
  test('papers from a removed dump disappear unless another dump still has them', async () => {
    const dumps = await copySeeds('removal');
    const { out } = await ingestInto('removal-out', { dumps });
    const before = await readPapers(out);
    await rm(join(dumps, '000_59375e813d5b4033.txt'));
    await ingestInto('removal-out', { dumps });
    const after = await readPapers(out);
    const report = JSON.parse(await readFile(join(out, 'ingest-report.json'), 'utf8')) as IngestReport;
    expect(after.size).toBe(report.totals.papers);
    expect(after.size).toBeLessThan(before.size);
    for (const [name, text] of after) {
      expect(before.has(name), name).toBe(true);
      expect(text).not.toContain('000_59375e813d5b4033.txt');
    }
  });

  test.each([
    ['midway through writing papers', { KILL_AT_WRITE: '200' }, true],
    ['just before swapping the new content in', { KILL_AT_RENAME: '1' }, true],
    ['at its first write on unchanged dumps', { KILL_AT_WRITE: '1' }, false],
  ])('a run killed %s leaves the previous content intact', async (_when, env, changed) => {
    const { out } = await ingestInto('killed');
    const before = await readTree(out);
    const dumps = await copySeeds('killed-dumps');
    if (changed) await rm(join(dumps, '003_a54498deb450a89a.txt'));
    const child = run(
      process.execPath,
      ['--import', './tests/fixtures/kill-at-write.mjs', 'scripts/ingest.ts', '--dumps', dumps, '--out', out],
      {
        env: { ...process.env, ...env },
      },
    );
    await expect(child).rejects.toMatchObject({ signal: 'SIGKILL' });
    expect(await readTree(out)).toEqual(before);
  });

  test('exits non-zero and keeps the previous content when no valid paper remains', async () => {
    const { out } = await ingestInto('none-left');
    const before = await readTree(out);
    const dumps = join(scratch, 'only-empty');
    await cp('tests/fixtures/dumps/empty-file/input', dumps, { recursive: true });
    await rm(join(dumps, 'listing.txt'));
    const lines: string[] = [];
    expect(await ingest({ dumps, out, topics: TOPICS, strict: false }, (l) => lines.push(l))).toBe(1);
    expect(lines.join('\n')).toMatch(/empty\.txt:1: error: empty file/);
    expect(await readTree(out)).toEqual(before);
  });

  test('writes both papers when two titles draw the same short slug, and names the one that moved', async () => {
    const dumps = join(scratch, 'colliding-titles');
    const stem = 'Unbiased Recommender Learning from Missing-Not-At-Random Implicit Feedback with Propensity Estimation, Part';
    const abstract = 'We study recommender systems trained on implicit feedback that is missing not at random.';
    await mkdir(dumps, { recursive: true });
    await writeFile(
      join(dumps, 'listing.txt'),
      [
        'Get trending papers in your email inbox once a day!',
        'Get trending papers in your email inbox!',
        `Subscribe${stem} 5606`,
        abstract,
        `${stem} 3374`,
        abstract,
        '',
      ].join('\n'),
    );
    const out = join(scratch, 'colliding-out');
    const lines: string[] = [];
    expect(await ingest({ dumps, out, topics: TOPICS, strict: true }, (l) => lines.push(l))).toBe(0);
    const papers = await readdir(join(out, 'papers'));
    expect(papers).toHaveLength(2);
    expect(papers).toContain('unbiased-recommender-learning-from-missing-not-at-random-implicit-405b46.md');
    expect(lines.join('\n')).toMatch(
      /slugs: ".*Part 5606" would share the slug unbiased-recommender-learning-from-missing-not-at-random-implicit-405b46 with ".*Part 3374"; it is unbiased-recommender-learning-from-missing-not-at-random-implicit-[0-9a-f]{12} instead/,
    );
  });

  test("keeps the reader's notes through a re-ingest, and names a note that matches no paper", async () => {
    const out = join(scratch, 'notes');
    await mkdir(join(out, 'notes'), { recursive: true });
    const kept = 'Kept through every ingest.\n';
    await writeFile(join(out, 'notes', 'mine-mutual-information-neural-estimation.md'), kept);
    await writeFile(join(out, 'notes', 'mine-mutual-information.md'), 'A slug that changed.\n');
    for (let run = 0; run < 2; run++) {
      const lines: string[] = [];
      expect(await ingest({ dumps: SEEDS, out, topics: TOPICS, strict: false }, (line) => lines.push(line))).toBe(0);
      expect(lines.filter((l) => l.startsWith('notes:'))).toEqual([
        `notes: ${relative(process.cwd(), join(out, 'notes', 'mine-mutual-information.md'))} matches no paper on the shelf, so it is shown nowhere (did you mean mine-mutual-information-neural-estimation.md?)`,
      ]);
    }
    expect(await readFile(join(out, 'notes', 'mine-mutual-information-neural-estimation.md'), 'utf8')).toBe(kept);
  });

  test('with --strict any rejection fails the run, without it the run succeeds', async () => {
    const dumps = 'tests/fixtures/dumps/title-without-abstract/input';
    expect((await ingestInto('lenient', { dumps })).code).toBe(0);
    expect((await ingestInto('strict', { dumps, strict: true })).code).toBe(1);
    expect((await ingestInto('strict-clean', { strict: true })).code).toBe(0);
  });

  test.each([
    ['a missing dumps folder', { dumps: 'no/such/folder' }, 'ingest: cannot read no/such/folder: no such file or folder'],
    ['a missing topics file', { topics: 'no/such/topics.yaml' }, 'ingest: cannot read no/such/topics.yaml: no such file or folder'],
  ])('names %s in one line and fails', async (_name, options, message) => {
    const lines: string[] = [];
    const code = await ingest({ dumps: SEEDS, out: join(scratch, 'missing'), topics: TOPICS, strict: false, ...options }, (l) =>
      lines.push(l),
    );
    expect(code).toBe(1);
    expect(lines).toEqual([message]);
  });

  test.each([
    ['its own topics.yaml when the dumps folder has one', 'own', ['Lattice QCD'], false],
    ['every topic discovered when that topics.yaml is empty', 'empty', [], true],
    ['content/topics.yaml when the dumps folder has none', 'none', ['Probabilistic and statistical inference'], false],
  ])('without --topics, the ingest takes %s', async (_name, variant, expectedNames, allDiscovered) => {
    const dumps = join(scratch, `taxonomy-${variant}`);
    await cp('tests/corpora/other-field', dumps, { recursive: true });
    if (variant === 'own') {
      await writeFile(
        join(dumps, 'topics.yaml'),
        'topics:\n  - slug: lattice-qcd\n    name: Lattice QCD\n    description: QCD on the lattice.\n    phrases: [lattice QCD, lattice]\n',
      );
    }
    if (variant === 'empty') await writeFile(join(dumps, 'topics.yaml'), '# no topics yet\n');
    const out = join(scratch, `taxonomy-${variant}-out`);
    expect(await ingest({ dumps, out, strict: false }, quiet)).toBe(0);
    const topics = JSON.parse(await readFile(join(out, 'topics.json'), 'utf8')) as { name: string; discovered: boolean; slug: string }[];
    const report = JSON.parse(await readFile(join(out, 'ingest-report.json'), 'utf8')) as IngestReport;
    const used = new Set(report.topics.filter((t) => t.papers > 0).map((t) => t.slug));
    const fromTaxonomy = topics.filter((t) => !t.discovered && used.has(t.slug)).map((t) => t.name);
    for (const name of expectedNames) expect(fromTaxonomy).toContain(name);
    if (allDiscovered) expect(fromTaxonomy).toEqual([]);
    expect(report.coverage.share).toBeGreaterThanOrEqual(0.97);
  });

  test('DUMPS_DIR chooses the dumps folder when --dumps is not given', async () => {
    const out = join(scratch, 'dumps-dir-env');
    const { stdout } = await run(process.execPath, ['scripts/ingest.ts', '--out', out, '--topics', 'tests/fixtures/topics.yaml'], {
      env: { ...process.env, DUMPS_DIR: 'tests/fixtures/dumps/daily-layout/input' },
    });
    expect(stdout).toMatch(/daily\.txt +daily +5 records: 5 papers/);
    expect(await readdir(join(out, 'papers'))).toHaveLength(5);
  });

  test('the command line takes --dumps, --out, --topics and --strict', async () => {
    const out = join(scratch, 'cli');
    const { stdout } = await run(process.execPath, [
      'scripts/ingest.ts',
      '--dumps',
      'tests/fixtures/dumps/listing-layout/input',
      '--out',
      out,
      '--topics',
      'tests/fixtures/topics.yaml',
    ]);
    expect(stdout).toMatch(/listing\.txt +listing +3 records: 3 papers, 0 merged, 0 rejected/);
    await expect(
      run(process.execPath, [
        'scripts/ingest.ts',
        '--dumps',
        'tests/fixtures/dumps/title-without-abstract/input',
        '--out',
        out,
        '--topics',
        'tests/fixtures/topics.yaml',
        '--strict',
      ]),
    ).rejects.toMatchObject({ code: 1 });
  });
});
