import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { filesToPrecache } from '../lib/search/precache-manifest.ts';

const WORKER_SOURCE = new URL('../service-worker/service-worker.js', import.meta.url);

/**
 * After `astro build`: indexes the paper pages with Pagefind (only elements
 * marked `data-pagefind-body`), then writes `sw.js`, the service worker that
 * precaches the offline shell under a version hashed from every built file.
 */
export function searchAndOffline(): AstroIntegration {
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
        const added = await index.addDirectory({ path: out });
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
        const hashing = performance.now();

        const files = [];
        for (const path of (await readdir(out, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
          const full = join(path.parentPath, path.name);
          const rel = full
            .slice(out.length)
            .replace(/^[/\\]+/, '')
            .replaceAll('\\', '/');
          if (rel === 'sw.js') continue;
          files.push({
            path: rel,
            hash: createHash('sha256')
              .update(await readFile(full))
              .digest('hex'),
          });
        }
        const manifest = filesToPrecache(files, base);
        const worker = await readFile(WORKER_SOURCE, 'utf8');
        const header = `const VERSION = ${JSON.stringify(manifest.version)};\nconst BASE = ${JSON.stringify(base.endsWith('/') ? base : `${base}/`)};\nconst PRECACHE = ${JSON.stringify(manifest.urls)};\n`;
        await writeFile(join(out, 'sw.js'), `${header}${worker}`);
        logger.info(`service worker ${manifest.version}: ${manifest.urls.length} files precached (${seconds(hashing)} s)`);
      },
    },
  };
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(2);
}
