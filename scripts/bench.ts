/**
 * `npm run bench -- [--sizes seeds,1000,10000,50000] [--out bench/results]`
 *
 * Builds the shelf from the shipped dumps and from synthetic corpora of about
 * the given sizes (recombined from the seeds, see src/lib/bench), and, in the
 * same run, a bare baseline: the same papers as plain markdown, one minimal
 * Astro page each, indexed by Pagefind. Records the time and peak memory of
 * each step, the size of `dist/` and of the Pages artifact, page sizes, what
 * a first visit and a first search query download, and an incremental build
 * (one dump added to the 10,000-paper corpus). Writes markdown and JSON to
 * the output folder. Numbers for notes, not tests: only the ratios to the
 * baseline measured in one run hold on a noisy machine.
 */
import { cpus, totalmem } from 'node:os';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { benchToMarkdown, type BenchRow, type BenchRun } from '../src/lib/bench/bench-to-markdown.ts';
import { synthesizeDumps } from '../src/lib/bench/synthesize-dumps.ts';
import { dumpToRecords } from '../src/lib/ingest/dump-to-records.ts';
import { mergePapers } from '../src/lib/ingest/merge-papers.ts';
import { readDumps } from '../src/lib/ingest/read-dumps.ts';
import { measureDist } from '../src/lib/bench/measure-dist.ts';
import { measureVisits } from '../src/lib/bench/measure-visits.ts';
import { runMeasured, type Measured } from '../src/lib/bench/run-measured.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    sizes: { type: 'string', default: 'seeds,1000,10000,50000' },
    out: { type: 'string', default: 'bench/results' },
  },
});
const SEEDS = 'content/dumps';
const WORK = resolve('.cache/bench');
const ASTRO = 'node_modules/astro/bin/astro.mjs';
const BUILD_SITE = 'scripts/build-site.ts';
const PAGEFIND = 'node_modules/pagefind/lib/runner/bin.cjs';
/** The corpus size that also gets an incremental build. */
const INCREMENTAL_SIZE = 10_000;
const QUERY = 'diffusion guidance';
/** The same query with a typo: it finds nothing, so "Did you mean" corrects it. */
const TYPO_QUERY = 'diffusion guidence';
/** The V8 flag package.json's ingest script gives Node (scripts/build-site.ts gives it to astro build): a larger young generation. */
const NODE_FLAGS = '--max-semi-space-size=64';

const seeds = mergePapers((await readDumps(SEEDS)).map(dumpToRecords).flatMap((r) => r.records)).papers;
const rows: BenchRow[] = [];
for (const [index, label] of values.sizes.split(',').entries()) {
  const size = label === 'seeds' ? undefined : Number(label);
  if (size !== undefined && !(size > 0)) throw new Error(`--sizes: "${label}" is neither "seeds" nor a number of papers`);
  const dir = join(WORK, label);
  await rm(dir, { recursive: true, force: true });
  const dumps = size === undefined ? SEEDS : join(dir, 'dumps');
  if (size !== undefined) {
    await mkdir(dumps, { recursive: true });
    for (const dump of synthesizeDumps(seeds, size)) await writeFile(join(dumps, dump.name), dump.text);
  }
  console.log(`bench: ${label}: building the shelf`);
  const ours = await buildShelf(dir, dumps);
  const dist = await measureDist(join(dir, 'dist'));
  const visits = await measureVisits(join(dir, 'dist'), 4400 + index, QUERY, TYPO_QUERY);
  console.log(`bench: ${label}: building the baseline`);
  const baseline = await buildBaseline(dir, dumps);
  let incremental: BenchRow['incremental'];
  if (size === INCREMENTAL_SIZE) {
    console.log(`bench: ${label}: adding one dump and building again`);
    const [added] = synthesizeDumps(seeds, 500, 99);
    if (added !== undefined) await writeFile(join(dumps, 'synthetic-added.txt'), added.text);
    const again = await buildShelf(dir, dumps, false);
    incremental = { seconds: again.ingest.seconds + again.astro.seconds, cleanSeconds: ours.ingest.seconds + ours.astro.seconds };
  }
  const row: BenchRow = {
    label,
    papers: Number(/wrote (\d+) papers/.exec(ours.ingest.output)?.[1] ?? 0),
    dumpBytes: await folderBytes(dumps),
    ingest: { ...pick(ours.ingest), stages: ours.stages },
    astro: {
      seconds: pick(ours.astro).seconds,
      // Node's own peak (astro build), apart from Pagefind's indexer.
      peakMb: nodePeak(ours.astro),
      pagefindSeconds: ours.pagefindSeconds,
      workerSeconds: ours.workerSeconds,
      pagefindPeakMb: pagefindPeak(ours.astro),
    },
    dist,
    visits,
    baseline: {
      astro: pick(baseline.astro),
      pagefind: { ...pick(baseline.pagefind), peakMb: pagefindPeak(baseline.pagefind) },
      dist: await measureDist(join(dir, 'baseline-dist')).then(({ bytes, files, artifactBytes }) => ({ bytes, files, artifactBytes })),
    },
    ...(incremental === undefined ? {} : { incremental }),
  };
  rows.push(row);
  console.log(`bench: ${label}: ${String(row.papers)} papers, total ${(row.ingest.seconds + row.astro.seconds).toFixed(1)} s`);
}

const run: BenchRun = {
  date: new Date().toISOString(),
  machine: { cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  rows,
};
await mkdir(values.out, { recursive: true });
await writeFile(join(values.out, 'latest.json'), `${JSON.stringify(run, null, 2)}\n`);
await writeFile(join(values.out, 'latest.md'), benchToMarkdown(run));
console.log(benchToMarkdown(run));

/** Ingest and `astro build` of one corpus into `<dir>/content` and `<dir>/dist`, from a clean cache unless `clean` is false. */
async function buildShelf(dir: string, dumps: string, clean = true) {
  const content = join(dir, 'content');
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: content,
    PAPERSHELF_CACHE_DIR: join(dir, 'cache'),
    // Node's compile cache (Astro turns it on) would otherwise carry compiled modules over from an earlier bench run.
    NODE_COMPILE_CACHE: join(dir, 'compile-cache'),
    NODE_OPTIONS: NODE_FLAGS,
  };
  if (clean)
    for (const d of [content, join(dir, 'dist'), join(dir, 'cache'), join(dir, 'compile-cache')])
      await rm(d, { recursive: true, force: true });
  const ingest = await runMeasured(process.execPath, ['scripts/ingest.ts', '--dumps', dumps, '--out', content, '--timings'], env);
  const astro = await runMeasured(process.execPath, [BUILD_SITE, '--outDir', join(dir, 'dist')], env);
  await writeFile(join(dir, clean ? 'build.log' : 'build-incremental.log'), `${ingest.output}\n${astro.output}`);
  const stages = JSON.parse(/timings: (\{.*\})/.exec(ingest.output)?.[1] ?? '{}') as Record<string, number>;
  const pagefindSeconds = Number(/Pagefind indexed \d+ pages in ([\d.]+) s/.exec(astro.output)?.[1] ?? NaN);
  const workerSeconds = Number(/service worker \w+: .*\(([\d.]+) s\)\s*$/m.exec(astro.output)?.[1] ?? NaN);
  return { ingest, astro, stages, pagefindSeconds, workerSeconds };
}

/** The bare baseline: the merged papers as plain markdown, built by bench/baseline, then `pagefind --site`. */
async function buildBaseline(dir: string, dumps: string) {
  const papers = join(dir, 'baseline-papers');
  await mkdir(papers, { recursive: true });
  const merged = mergePapers((await readDumps(dumps)).map(dumpToRecords).flatMap((r) => r.records)).papers;
  for (const [i, paper] of merged.entries())
    await writeFile(join(papers, `p${String(i)}.md`), `---\n${stringify({ title: paper.title })}---\n\n${paper.abstract}\n`);
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    BASELINE_CONTENT: papers,
    PAPERSHELF_CACHE_DIR: join(dir, 'baseline-cache'),
    NODE_COMPILE_CACHE: join(dir, 'baseline-compile-cache'),
  };
  const out = join(dir, 'baseline-dist');
  const astro = await runMeasured(process.execPath, [ASTRO, 'build', '--root', 'bench/baseline', '--outDir', out], env);
  const pagefind = await runMeasured(process.execPath, [PAGEFIND, '--site', out], env);
  return { astro, pagefind };
}

function pick(m: Measured): { seconds: number; peakMb: number } {
  return { seconds: Math.round(m.seconds * 100) / 100, peakMb: m.peakMb };
}

/** The largest Node process of a step (Node names its main thread `MainThread`). */
function nodePeak(m: Measured): number {
  return Math.max(
    0,
    ...Object.entries(m.peakByProgram)
      .filter(([name]) => name === 'MainThread' || name === 'node')
      .map(([, mb]) => mb),
  );
}

/** Pagefind's indexer is its own program: its peak, apart from Node's. */
function pagefindPeak(m: Measured): number {
  return Math.max(
    0,
    ...Object.entries(m.peakByProgram)
      .filter(([name]) => name.startsWith('pagefind'))
      .map(([, mb]) => mb),
  );
}

async function folderBytes(dir: string): Promise<number> {
  const names = await readdir(dir);
  const sizes = await Promise.all(names.map(async (n) => (await stat(join(dir, n))).size));
  return sizes.reduce((a, b) => a + b, 0);
}
