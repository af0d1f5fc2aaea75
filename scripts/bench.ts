/**
 * `npm run bench`: measures the ingest and the build on the shipped dumps and
 * reports time, peak memory, page counts and sizes, the search index size and
 * the bytes the first search query transfers. Numbers for notes, not tests.
 */
import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/chromium.ts';

interface Timed {
  seconds: number;
  maxRssMb: number;
}

/** Runs a command to completion, returning wall time and the peak memory of its process tree's largest child. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Timed {
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  const kb = Number(result.stderr.trim().split('\n').at(-1));
  return { seconds: (performance.now() - start) / 1000, maxRssMb: Math.round(kb / 1024) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function filesUnder(dir: string): Promise<{ path: string; size: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => ({ path: join(e.parentPath, e.name), size: (await stat(join(e.parentPath, e.name))).size })),
  );
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

// The text step of the ingest (text model, related papers, topics) on the seeds and on 50,000 synthetic papers.
for (const size of [undefined, 50_000]) {
  const args = ['scripts/bench-text-step.ts', ...(size === undefined ? [] : [String(size)])];
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`text step failed:\n${run.stderr}`);
  const { papers, seconds } = JSON.parse(run.stdout) as { papers: number; seconds: number };
  const peak = Math.round(Number(run.stderr.trim().split('\n').at(-1)) / 1024);
  console.log(`text step at ${papers} papers: ${seconds.toFixed(1)} s, peak ${peak} MiB (the whole process)`);
}

const ingests = Array.from({ length: 5 }, () => timed(process.execPath, ['scripts/ingest.ts'], env));
const build = timed('npx', ['astro', 'build'], env);

const files = await filesUnder('dist');
const html = files.filter((f) => f.path.endsWith('.html'));
const papers = html.filter((f) => f.path.startsWith('dist/papers/'));
const topics = html.filter((f) => /^dist\/topics\/[^/]+\/index\.html$/.test(f.path));
const index = files.filter((f) => f.path.startsWith('dist/pagefind/'));
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

console.log(
  `ingest: median ${median(ingests.map((r) => r.seconds)).toFixed(2)} s over 5 runs, peak ${Math.max(...ingests.map((r) => r.maxRssMb))} MiB`,
);
console.log(`astro build (with Pagefind and the service worker): ${build.seconds.toFixed(1)} s, peak ${build.maxRssMb} MiB`);
console.log(
  `pages: ${html.length} HTML (${papers.length} papers, ${topics.length} first topic pages), dist ${kb(files.reduce((n, f) => n + f.size, 0))}`,
);
console.log(
  `paper page HTML: median ${kb(median(papers.map((f) => f.size)))}; topic page HTML: median ${kb(median(topics.map((f) => f.size)))}`,
);
console.log(`search index: ${index.length} files, ${kb(index.reduce((n, f) => n + f.size, 0))}`);

// Bytes the first query transfers on a fresh search page (no cache, no service worker).
const { spawn } = await import('node:child_process');
const serve = spawn(process.execPath, ['tests/e2e/serve-static.ts', '4399', '/=dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
try {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // Pagefind fetches from a web worker, so count every finished request, not the page's resource timings.
  let phase: 'load' | 'query' = 'load';
  const transferred: Record<'load' | 'query', { url: string; bytes: number }[]> = { load: [], query: [] };
  page.on('requestfinished', (request) => {
    const current = phase;
    void request.sizes().then((sizes) => {
      transferred[current].push({
        url: request.url().replace('http://127.0.0.1:4399', ''),
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      });
    });
  });
  await page.goto('http://127.0.0.1:4399/search/');
  await page.locator('[data-filter-group="topic"] label').first().waitFor();
  await page.waitForLoadState('networkidle');
  phase = 'query';
  await page.getByRole('searchbox', { name: 'Search titles and abstracts' }).fill('diffusion guidance');
  await page.locator('.search-results > li').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const sum = (list: { bytes: number }[]): number => list.reduce((n, e) => n + e.bytes, 0);
  const pagefindLoad = transferred.load.filter((e) => e.url.includes('/pagefind/'));
  console.log(
    `search page load: ${transferred.load.length} requests, ${kb(sum(transferred.load))} (Pagefind runtime, metadata and filters: ${kb(sum(pagefindLoad))})`,
  );
  console.log(
    `first query "diffusion guidance": ${transferred.query.length} requests, ${kb(sum(transferred.query))} (index chunks and the first results' fragments)`,
  );
  console.log(`first query in all (page load + query): ${kb(sum(transferred.load) + sum(transferred.query))}`);
  await browser.close();
} finally {
  serve.kill();
}
