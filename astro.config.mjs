// @ts-check
import process from 'node:process';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { pathsToBuildId } from './src/integrations/build-id.ts';
import { searchAndOffline } from './src/integrations/search-and-offline.ts';
import { siteFromEnv } from './src/lib/site/site-from-env.ts';

const { site, base } = siteFromEnv(process.env);
const content = process.env['CONTENT_DIR'] ?? 'content';
const buildId = await pathsToBuildId([`${content}/papers`, `${content}/topics.json`, `${content}/collections.json`, 'src']);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Abstracts are rendered as the ingest wrote them: plain CommonMark, with
  // no typographic rewriting of the authors' quotes and dashes.
  markdown: {
    processor: unified({ gfm: false, smartypants: false }),
  },
  integrations: [searchAndOffline()],
  vite: {
    define: { 'import.meta.env.PUBLIC_BUILD_ID': JSON.stringify(buildId) },
  },
  devToolbar: { enabled: false },
});
