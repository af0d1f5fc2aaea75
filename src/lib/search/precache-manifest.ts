import { createHash } from 'node:crypto';

/** A built file: its path inside the output folder and a hash of its bytes. */
export interface BuiltFile {
  path: string;
  hash: string;
}

/** What the service worker precaches, and the build version naming its caches. */
export interface PrecacheManifest {
  version: string;
  urls: string[];
}

/**
 * The offline shell of a build: styles and scripts, the home and search
 * pages, the manifest and icon, and Pagefind's whole bundle and index.
 * The version hashes every built file, so any change to pages or index
 * gives the service worker new caches (never a stale index with new pages).
 */
export function filesToPrecache(files: readonly BuiltFile[], base: string): PrecacheManifest {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const version = createHash('sha256')
    .update(sorted.map((f) => `${f.path}\u0000${f.hash}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const urls = sorted
    .map((f) => f.path)
    .filter(isShell)
    .map((path) => `${prefix}${path.replace(/(^|\/)index\.html$/, '$1')}`);
  return { version, urls };
}

function isShell(path: string): boolean {
  if (path.startsWith('_astro/')) return true;
  if (path.startsWith('pagefind/')) return !/(^|\/)(playground|pagefind-(component|modular)?-?ui)/.test(path);
  return [
    'index.html',
    'search/index.html',
    '404.html',
    'manifest.webmanifest',
    'favicon.svg',
    'icon-192.png',
    'icon-512.png',
    'api/papers.json',
  ].includes(path);
}
