// @ts-check
import { unified } from '@astrojs/markdown-remark';
import process from 'node:process';
import { defineConfig } from 'astro/config';
import { siteFromEnv } from './src/lib/site/site-from-env.ts';

const { site, base } = siteFromEnv(process.env);

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
  devToolbar: { enabled: false },
});
