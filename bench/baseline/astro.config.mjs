// @ts-check
// The bare baseline `npm run bench` compares the shelf with: the same papers
// as plain markdown, one minimal page each, and Pagefind run on the output.
import process from 'node:process';
import { defineConfig } from 'astro/config';

export default defineConfig({
  ...(process.env['PAPERSHELF_CACHE_DIR'] ? { cacheDir: process.env['PAPERSHELF_CACHE_DIR'] } : {}),
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
