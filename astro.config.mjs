// @ts-check
import { resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { buildInputs, pathsToBuildId } from './src/lib/build/build-id.ts';
import { siteFromEnv } from './src/lib/build/site-from-env.ts';
import { katexAssets } from './src/lib/build/katex-assets.ts';
import { splitDataStore } from './src/lib/build/split-data-store.ts';

const { site, base } = siteFromEnv(process.env);
const content = process.env['CONTENT_DIR'] ?? 'content';
// The same id names the service worker's caches (scripts/build-site.ts computes it from the same inputs).
const buildId = await pathsToBuildId(buildInputs(content));
// The content layer's store and other caches; `npm run bench` gives each corpus its own.
const cacheDir = process.env['PAPERSHELF_CACHE_DIR'];
const storeDir = pathToFileURL(`${resolve(cacheDir ?? 'node_modules/.astro')}/`);

export default defineConfig({
  ...(cacheDir ? { cacheDir } : {}),
  site,
  base,
  trailingSlash: 'always',
  // Pages render while others are written to disk: page generation otherwise waits on I/O a third of the time.
  build: { format: 'directory', concurrency: 4 },
  // Abstracts are rendered as the ingest wrote them: plain CommonMark, with
  // no typographic rewriting of the authors' quotes and dashes.
  markdown: {
    processor: unified({ gfm: false, smartypants: false }),
    // Abstracts have no code blocks; Shiki's inline styles would also fight the CSP.
    syntaxHighlight: false,
  },
  // Search and offline come after this build, in their own processes: see scripts/build-site.ts.
  // A content security policy as defence in depth for untrusted titles and
  // abstracts: only this site's own scripts (hashed by Astro where inline),
  // WebAssembly for Pagefind, nothing loaded from elsewhere.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Stylesheets from the site only; style attributes allowed, for KaTeX sizes its boxes with them.
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  vite: {
    define: { 'import.meta.env.PUBLIC_BUILD_ID': JSON.stringify(buildId) },
    plugins: [splitDataStore(storeDir)],
  },
  integrations: [katexAssets()],
  devToolbar: { enabled: false },
});
