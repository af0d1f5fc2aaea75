import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { filesToPack } from './files-to-pack.ts';
import { pathToUrl, planOffline, planToVersion } from './plan-offline.ts';
import type { OfflineManifest, WorkerConfig } from './worker-protocol.ts';

/** The service worker's source: TypeScript, bundled with this build's WorkerConfig into sw.js. */
const WORKER_SOURCE = 'src/client/offline/worker/service-worker.ts';

/** What writeOffline wrote, for the build's log. */
export interface OfflineSummary {
  version: string;
  precached: number;
  packs: number;
  searchOnInstall: boolean;
}

/**
 * The offline step of a build, after Pagefind: the search index in packs
 * under `offline/`, their manifest (what "Save for offline reading" reads)
 * and `sw.js`, the service worker, which precaches the shell under a version
 * made of the build id and the hashes of what it precaches.
 */
export async function writeOffline(out: string, base: string, buildId: string, pages: number): Promise<OfflineSummary> {
  const plan = planOffline(await builtFiles(out), await homeLinks(out, base));
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
  const searchPacks = plan.searchPacks.map((p) => ({ url: pathToUrl(`offline/${p.name}`, base), bytes: p.bytes }));
  const precache = plan.shell.map((path) => pathToUrl(path, base));
  const manifest: OfflineManifest = { version, searchOnInstall: plan.searchOnInstall, searchPacks, pages: { count: pages } };
  await writeFile(join(out, 'offline', 'manifest.json'), `${JSON.stringify(manifest)}\n`);
  const config: WorkerConfig = { version, base, precache, searchPacks: plan.searchOnInstall ? searchPacks.map((p) => p.url) : [] };
  await writeFile(join(out, 'sw.js'), await bundleWorker(config));
  return { version, precached: precache.length, packs: plan.searchPacks.length, searchOnInstall: plan.searchOnInstall };
}

/** The service worker as one script, this build's config written in (esbuild: deterministic, no minifying). */
export async function bundleWorker(config: WorkerConfig): Promise<string> {
  const result = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    define: { __WORKER_CONFIG__: JSON.stringify(config) },
  });
  const script = result.outputFiles[0]?.text;
  if (script === undefined) throw new Error(`esbuild wrote nothing for ${WORKER_SOURCE}`);
  return script;
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
