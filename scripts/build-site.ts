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
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { filesToPack } from '../src/lib/offline/files-to-pack.ts';
import { pathToUrl, planOffline, planToVersion } from '../src/lib/offline/plan-offline.ts';
import { buildInputs, pathsToBuildId } from '../src/lib/site/build-id.ts';
import { siteFromEnv } from '../src/lib/site/site-from-env.ts';

const ASTRO = 'node_modules/astro/bin/astro.mjs';
const PAGEFIND = 'node_modules/pagefind/lib/runner/bin.cjs';
const WORKER_SOURCE = 'src/client/offline/service-worker.js';
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
const files = await builtFiles(out);
const plan = planOffline(files, await homeLinks(out, base));
await mkdir(join(out, 'offline'), { recursive: true });
const hashes = new Map<string, string>();
for (const path of plan.shell) hashes.set(path, sha256(await readFile(join(out, path))));
for (const pack of plan.searchPacks) {
  const contents = await Promise.all(pack.files.map(async (f) => ({ path: f.path, bytes: await readFile(join(out, f.path)) })));
  const bytes = filesToPack(contents);
  await writeFile(join(out, 'offline', pack.name), bytes);
  hashes.set(`offline/${pack.name}`, sha256(bytes));
}
const version = planToVersion(`${buildId}\u0000${base}`, hashes);
const packUrls = plan.searchPacks.map((p) => ({ url: pathToUrl(`offline/${p.name}`, base), bytes: p.bytes }));
const precache = plan.shell.map((path) => pathToUrl(path, base));
const manifest = { version, searchOnInstall: plan.searchOnInstall, searchPacks: packUrls, pages: { count: pages } };
await writeFile(join(out, 'offline', 'manifest.json'), `${JSON.stringify(manifest)}\n`);
const header = [
  `const VERSION = ${JSON.stringify(version)};`,
  `const BASE = ${JSON.stringify(base)};`,
  `const PRECACHE = ${JSON.stringify(precache)};`,
  `const SEARCH_PACKS = ${JSON.stringify(plan.searchOnInstall ? packUrls.map((p) => p.url) : [])};`,
  '',
].join('\n');
await writeFile(join(out, 'sw.js'), `${header}${await readFile(WORKER_SOURCE, 'utf8')}`);
console.log(
  `build-site: service worker ${version}: ${String(precache.length)} files precached, the index in ${String(plan.searchPacks.length)} ` +
    `pack${plan.searchPacks.length === 1 ? '' : 's'}${plan.searchOnInstall ? ' (with the first visit)' : ' (with "Save for offline")'} (${seconds(packing)} s)`,
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

/**
 * The files the offline plan reads, with their sizes, paths relative and with
 * forward slashes: the top level, the styles and scripts, Pagefind's files,
 * the search, reading-list and offline pages, and the first page of every
 * topic and collection. Not the paper pages (50,000 files at 50,000 papers).
 */
async function builtFiles(folder: string): Promise<{ path: string; size: number }[]> {
  const files: { path: string; size: number }[] = [];
  const add = async (path: string): Promise<void> => {
    const size = await stat(join(folder, path)).then(
      (s) => (s.isFile() ? s.size : undefined),
      () => undefined,
    );
    if (size !== undefined) files.push({ path, size });
  };
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.isFile()) await add(entry.name);
    else if (['_astro', 'search', 'pagefind', 'reading-list', 'offline'].includes(entry.name)) {
      for (const e of await readdir(join(folder, entry.name), { recursive: true, withFileTypes: true })) {
        if (e.isFile())
          await add(
            join(e.parentPath, e.name)
              .slice(folder.length + 1)
              .replaceAll('\\', '/'),
          );
      }
    } else if (['topics', 'collections'].includes(entry.name)) {
      await add(`${entry.name}/index.html`);
      for (const e of await readdir(join(folder, entry.name), { withFileTypes: true })) {
        if (e.isDirectory()) await add(`${entry.name}/${e.name}/index.html`);
      }
    }
  }
  return files;
}

/** The site paths the home page links to, in its order, relative to the base path: the pages a reader goes on to. */
async function homeLinks(folder: string, basePath: string): Promise<string[]> {
  const html = await readFile(join(folder, 'index.html'), 'utf8');
  const prefix = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return [...html.matchAll(/<a [^>]*href="([^"#?]+)"/g)].flatMap(([, href]) =>
    href !== undefined && href.startsWith(prefix) ? [href.slice(prefix.length)] : [],
  );
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(2);
}
