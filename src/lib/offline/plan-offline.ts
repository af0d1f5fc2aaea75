import { createHash } from 'node:crypto';

/** A built file: its path inside the output folder and its size in bytes. */
export interface BuiltFile {
  path: string;
  size: number;
}

/** Files packed into one download, in order. */
export interface Pack {
  name: string;
  files: BuiltFile[];
  bytes: number;
}

/** What the service worker installs, and what "Save for offline" adds. */
export interface OfflinePlan {
  /** The shell the service worker precaches on install: pages, styles, scripts, icons, the Pagefind runtime and filters. */
  shell: string[];
  /** The search index (chunks and result fragments, and the vocabulary) in a few packs. */
  searchPacks: Pack[];
  /** True when the whole index is small enough to come with the first visit, as search packs. */
  searchOnInstall: boolean;
}

/** The index comes with the first visit while it weighs at most this (the first visit's budget is 3 MB in all). */
export const SEARCH_ON_INSTALL_BYTES = 2_000_000;
/** Bytes per pack: few requests, each small enough to retry. */
export const PACK_BYTES = 4_000_000;

/** The pages the home page links to that come with the first visit: at most this many… */
export const LINKED_PAGES = 60;
/** …weighing at most this, before compression (about a tenth of it travels). */
export const LINKED_PAGE_BYTES = 2_000_000;

/**
 * The offline plan of a build. The shell is what every visit needs: the
 * home, search, reading-list, topics, collections, offline and 404 pages,
 * the manifest and icons, the hashed styles and scripts, Pagefind's runtime,
 * metadata and filters, and the pages the home page links to (`linked`, in
 * the home page's order: the topics' first pages) while they fit
 * LINKED_PAGES and LINKED_PAGE_BYTES, so a reader who visited the home page
 * can browse the shelf offline. The index's chunks and
 * fragments (one file per paper) go into packs of at most PACK_BYTES, so
 * that "Save for offline" fetches them in a few requests; when they weigh
 * at most SEARCH_ON_INSTALL_BYTES they come with the first visit. Paths are
 * sorted, so the plan is the same whatever order the files are listed in.
 * `/api/*.json` are never part of it.
 */
export function planOffline(files: readonly BuiltFile[], linked: readonly string[] = []): OfflinePlan {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const shell = [...sorted.filter((f) => isShell(f.path)).map((f) => f.path), ...linkedPages(sorted, linked)].sort();
  // The index: Pagefind's chunks and fragments, and the vocabulary "Did you mean" reads.
  const index = sorted.filter((f) => /^(pagefind\/(index|fragment)\/|search\/words\/)/.test(f.path));
  const searchPacks: Pack[] = [];
  for (const file of index) {
    const last = searchPacks.at(-1);
    if (last !== undefined && last.bytes + file.size <= PACK_BYTES) {
      last.files.push(file);
      last.bytes += file.size;
    } else {
      searchPacks.push({ name: `search-${String(searchPacks.length)}.pack`, files: [file], bytes: file.size });
    }
  }
  const indexBytes = index.reduce((n, f) => n + f.size, 0);
  return { shell, searchPacks, searchOnInstall: indexBytes <= SEARCH_ON_INSTALL_BYTES };
}

/** The version naming a build's caches: its build id and the hashes of what it precaches, so a changed page or index gives new caches. */
export function planToVersion(buildId: string, hashes: ReadonlyMap<string, string>): string {
  const sorted = [...hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256')
    .update([buildId, ...sorted.map(([path, hash]) => `${path}\u0000${hash}`)].join('\n'))
    .digest('hex')
    .slice(0, 16);
}

/** A file's URL under the base path: `dir/index.html` as `dir/`. */
export function pathToUrl(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

function isShell(path: string): boolean {
  if (path.startsWith('_astro/')) return true;
  if (path.startsWith('pagefind/'))
    return /^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|filter\/.+)$/.test(
      path,
    );
  return [
    'index.html',
    'search/index.html',
    'reading-list/index.html',
    'reading-list/for-you.json',
    'topics/index.html',
    'collections/index.html',
    'offline/index.html',
    '404.html',
    'manifest.webmanifest',
    'favicon.svg',
    'icon-192.png',
    'icon-512.png',
  ].includes(path);
}

/** The built pages of `linked` (site paths, `dir/` or `dir/index.html`), in order, while the budget allows; each once. */
function linkedPages(files: readonly BuiltFile[], linked: readonly string[]): string[] {
  const sizes = new Map(files.map((f) => [f.path, f.size]));
  const pages: string[] = [];
  let bytes = 0;
  for (const link of linked) {
    const path = link.replace(/^\/+/, '').replace(/(^|\/)$/, '$1index.html');
    const size = sizes.get(path);
    if (size === undefined || isShell(path) || pages.includes(path)) continue;
    if (pages.length >= LINKED_PAGES || bytes + size > LINKED_PAGE_BYTES) break;
    pages.push(path);
    bytes += size;
  }
  return pages;
}
