import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { filesToPack } from '../lib/offline/files-to-pack.ts';
import { pathToUrl, planOffline, planToVersion } from '../lib/offline/plan-offline.ts';

const WORKER_SOURCE = new URL('../service-worker/service-worker.js', import.meta.url);

/**
 * After `astro build`: indexes the paper pages with Pagefind (only elements
 * marked `data-pagefind-body`), packs the index for offline use, then writes
 * `sw.js`, the service worker that precaches the offline shell under a
 * version made of the build id and the hashes of what it precaches.
 */
export function searchAndOffline(options: { buildId: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'papershelf:search-and-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const indexing = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (index === undefined) throw new Error(`Pagefind: ${errors.join('; ')}`);
        // Only paper pages carry `data-pagefind-body`: reading the listings too would only cost time.
        const added = await index.addDirectory({ path: out, glob: 'papers/**/*.html' });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: join(out, 'pagefind') });
        await pagefind.close();
        // The stock UIs are not used: the shelf has its own search interface.
        for (const ui of [
          'pagefind-ui.js',
          'pagefind-ui.css',
          'pagefind-modular-ui.js',
          'pagefind-modular-ui.css',
          'pagefind-component-ui.js',
          'pagefind-component-ui.css',
        ]) {
          await rm(join(out, 'pagefind', ui), { force: true });
        }
        logger.info(`Pagefind indexed ${added.page_count} pages in ${seconds(indexing)} s`);

        const packing = performance.now();
        const files = await builtFiles(out);
        const plan = planOffline(files);
        await rm(join(out, 'offline'), { recursive: true, force: true });
        await mkdir(join(out, 'offline'), { recursive: true });
        const hashes = new Map<string, string>();
        for (const path of plan.shell) hashes.set(path, sha256(await readFile(join(out, path))));
        for (const pack of plan.searchPacks) {
          const contents = await Promise.all(pack.files.map(async (f) => ({ path: f.path, bytes: await readFile(join(out, f.path)) })));
          const bytes = filesToPack(contents);
          await writeFile(join(out, 'offline', pack.name), bytes);
          hashes.set(`offline/${pack.name}`, sha256(bytes));
        }
        const version = planToVersion(`${options.buildId}\u0000${base}`, hashes);
        const packUrls = plan.searchPacks.map((p) => ({ url: pathToUrl(`offline/${p.name}`, base), bytes: p.bytes }));
        const precache = plan.shell.map((path) => pathToUrl(path, base));
        await writeFile(
          join(out, 'offline', 'manifest.json'),
          `${JSON.stringify({ version, searchOnInstall: plan.searchOnInstall, searchPacks: packUrls, pages: pagesOf(files) })}\n`,
        );
        const worker = await readFile(WORKER_SOURCE, 'utf8');
        const header = [
          `const VERSION = ${JSON.stringify(version)};`,
          `const BASE = ${JSON.stringify(base.endsWith('/') ? base : `${base}/`)};`,
          `const PRECACHE = ${JSON.stringify(precache)};`,
          `const SEARCH_PACKS = ${JSON.stringify(plan.searchOnInstall ? packUrls.map((p) => p.url) : [])};`,
          '',
        ].join('\n');
        await writeFile(join(out, 'sw.js'), `${header}${worker}`);
        logger.info(
          `service worker ${version}: ${precache.length} files precached, the index in ${plan.searchPacks.length} pack${plan.searchPacks.length === 1 ? '' : 's'}` +
            `${plan.searchOnInstall ? ' (with the first visit)' : ' (with "Save for offline")'} (${seconds(packing)} s)`,
        );
      },
    },
  };
}

/** Every file under the output folder with its size, paths relative and with forward slashes. */
async function builtFiles(out: string): Promise<{ path: string; size: number }[]> {
  const entries = (await readdir(out, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return Promise.all(
    entries.map(async (e) => {
      const full = join(e.parentPath, e.name);
      const path = full
        .slice(out.length)
        .replace(/^[/\\]+/, '')
        .replaceAll('\\', '/');
      return { path, size: (await stat(full)).size };
    }),
  );
}

/** How many paper pages there are and what they weigh, for "Save for offline" to show before it starts. */
function pagesOf(files: readonly { path: string; size: number }[]): { count: number; bytes: number } {
  const pages = files.filter((f) => /^papers\/[^/]+\/index\.html$/.test(f.path));
  return { count: pages.length, bytes: pages.reduce((n, f) => n + f.size, 0) };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(2);
}
