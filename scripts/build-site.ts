/**
 * `node scripts/build-site.ts [--outDir dist]` (`npm run build` runs it after the ingest)
 *
 * Builds the site from the content the ingest wrote, in three steps, each
 * after the one before has exited: `astro build` renders the pages; Pagefind's
 * indexer reads the paper pages (only what is marked `data-pagefind-body`);
 * then the offline files are written: the index in packs, their manifest and
 * `sw.js`, the service worker, which precaches the offline shell under a
 * version made of the build id and the hashes of what it precaches. Separate
 * processes keep the peak memory that of the largest step, not of Astro and
 * Pagefind together: at 50,000 papers each needs several GB, and GitHub's
 * runners have 7.
 *
 * Same environment as `astro build`: CONTENT_DIR, SITE_URL, BASE_PATH.
 */
import { spawn } from 'node:child_process';
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeOffline } from '../src/lib/offline/write-offline.ts';
import { buildInputs, pathsToBuildId } from '../src/lib/build/build-id.ts';
import { siteFromEnv } from '../src/lib/build/site-from-env.ts';

const ASTRO = 'node_modules/astro/bin/astro.mjs';
const PAGEFIND = 'node_modules/pagefind/lib/runner/bin.cjs';
/** Pagefind's stock interfaces: the shelf has its own search interface. */
const UNUSED = ['ui', 'modular-ui', 'component-ui'].flatMap((ui) => [`pagefind-${ui}.js`, `pagefind-${ui}.css`]);

const { values } = parseArgs({ args: process.argv.slice(2), options: { outDir: { type: 'string', default: 'dist' } } });
const out = resolve(values.outDir);

// The last build's pages are moved aside and deleted while Astro renders the
// new ones (Astro would otherwise empty the folder first: 5 s for 20,000 files).
const removing = clearAside(out);

// Render: every page, with a larger young generation for Node (fewer, cheaper collections).
await run(process.execPath, [ASTRO, 'build', '--outDir', out], { NODE_OPTIONS: '--max-semi-space-size=64' });

// Index: the paper pages only; the listings carry nothing to find.
const indexing = performance.now();
await run(process.execPath, [PAGEFIND, '--site', out, '--glob', 'papers/**/*.html', '--force-language', 'en']);
for (const file of UNUSED) await rm(join(out, 'pagefind', file), { force: true });
const pages = (await readdir(join(out, 'papers')).catch(() => [])).length;
console.log(`build-site: Pagefind indexed ${String(pages)} pages in ${seconds(indexing)} s`);

// Offline: the index in packs, the manifest "Save for offline" reads, and the service worker.
const packing = performance.now();
const { base } = siteFromEnv(process.env);
const buildId = await pathsToBuildId(buildInputs(process.env['CONTENT_DIR'] ?? 'content'));
const offline = await writeOffline(out, base, buildId, pages);
console.log(
  `build-site: service worker ${offline.version}: ${String(offline.precached)} files precached, the index in ${String(offline.packs)} ` +
    `pack${offline.packs === 1 ? '' : 's'}${offline.searchOnInstall ? ' (with the first visit)' : ' (with "Save for offline")'} (${seconds(packing)} s)`,
);

await removing;

/** Renames a previous build out of the way and deletes it (and any a killed build left) in the background. */
async function clearAside(folder: string): Promise<void> {
  const prefix = `${basename(folder)}.previous-`;
  await rename(folder, join(dirname(folder), `${prefix}${String(process.pid)}`)).catch(() => undefined);
  const aside = (await readdir(dirname(folder))).filter((name) => name.startsWith(prefix));
  await Promise.all(aside.map(async (name) => rm(join(dirname(folder), name), { recursive: true, force: true })));
}

/** Runs a program to completion with this process's output; exits with its code if it fails. */
async function run(command: string, args: readonly string[], env: Record<string, string> = {}): Promise<void> {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) {
    console.error(`build-site: ${args[0] ?? command} failed (exit code ${String(code)})`);
    process.exit(code ?? 1);
  }
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(2);
}
