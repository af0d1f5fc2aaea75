/**
 * The Papershelf service worker, bundled by the build (scripts/build-site.ts)
 * into sw.js with this build's WorkerConfig: the shell cached on install,
 * pages network-first and kept for offline reading, the search index saved
 * in packs, and a reader's offline shelf carried over a redeploy.
 */
import { packToFiles } from '../../../lib/offline/pack-to-files.ts';
import type { SaveAllRequest, SaveProgress, WorkerConfig } from '../../../lib/offline/worker-protocol.ts';

declare const self: ServiceWorkerGlobalScope;
/** This build's settings, written in by the bundler. */
declare const __WORKER_CONFIG__: WorkerConfig;
const { version: VERSION, base: BASE, precache: PRECACHE, searchPacks: SEARCH_PACKS } = __WORKER_CONFIG__;

const SHELL = `papershelf-shell-${VERSION}`;
const PAGES = `papershelf-pages-${VERSION}`;
/** Plain copies of paper pages, made from the search index (see plainCopies): never carried over, the next index makes its own. */
const PLAIN = `papershelf-plain-${VERSION}`;
/** Files whose names carry a content hash: they never change, so the cache is enough. */
const IMMUTABLE = /\/(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/.*\.pf_meta$)/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      await cache.addAll(PRECACHE);
      // A small index comes with the first visit, in a few packs: search works offline at once.
      let papers = 0;
      for (const url of SEARCH_PACKS) papers += await unpack(cache, url);
      if (SEARCH_PACKS.length > 0) await markSaved(cache, papers);
      await self.skipWaiting();
    })(),
  );
});

/** Where the shell cache records that the whole index is saved, and for how many papers: "Save for offline" reads it. */
const SAVED = `${BASE}offline/saved.json`;

async function markSaved(cache: Cache, papers: number): Promise<void> {
  await cache.put(SAVED, new Response(JSON.stringify({ papers }), { headers: { 'Content-Type': 'application/json' } }));
}

/**
 * Fetches a pack (src/lib/offline/files-to-pack.ts) and caches each file in
 * it under its own URL, as if it had been fetched alone; then makes a plain
 * copy of every paper page whose search fragment it holds. Returns how many.
 */
async function unpack(cache: Cache, url: string): Promise<number> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${String(response.status)}`);
  const files = packToFiles(await response.arrayBuffer());
  await Promise.all(
    files.map(({ path, bytes }) =>
      cache.put(BASE + path, new Response(bytes, { headers: { 'Content-Type': 'application/octet-stream' } })),
    ),
  );
  return plainCopies(files.filter((f) => f.path.endsWith('.pf_fragment')).map((f) => f.bytes));
}

/**
 * Reading offline without downloading every page: Pagefind's fragment of a
 * paper holds its URL, title, date, topics and abstract, so each one becomes
 * a plain page under the paper's address, styled by the site's stylesheet.
 * The full page replaces it whenever the reader opens it online. Every text
 * is escaped: titles and abstracts are untrusted.
 */
async function plainCopies(fragments: readonly ArrayBuffer[]): Promise<number> {
  const plain = await caches.open(PLAIN);
  const stylesheet = PRECACHE.find((u) => u.endsWith('.css'));
  let made = 0;
  for (const bytes of fragments) {
    let fragment: Fragment;
    try {
      fragment = await fragmentToJson(bytes);
    } catch {
      continue;
    }
    if (typeof fragment.url !== 'string' || !fragment.url.startsWith('/')) continue;
    const page = new URL(BASE + fragment.url.slice(1), self.location.origin).href;
    const meta = fragment.meta ?? {};
    const title = typeof meta['title'] === 'string' ? meta['title'] : fragment.url;
    const details = [meta['date'], meta['topics']].filter((x) => typeof x === 'string' && x !== '').join(' · ');
    const html = [
      '<!doctype html><html lang="en"><head><meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">',
      `<title>${escapeHtml(title)} · Papershelf</title>`,
      stylesheet === undefined ? '' : `<link rel="stylesheet" href="${escapeHtml(stylesheet)}">`,
      '</head><body><main id="main" class="wrap"><article class="paper">',
      `<p class="muted"><a href="${escapeHtml(BASE)}">Papershelf</a> · saved for offline reading: the abstract; the full page comes back online.</p>`,
      `<h1>${escapeHtml(title)}</h1>`,
      details === '' ? '' : `<p class="meta">${escapeHtml(details)}</p>`,
      '<section aria-labelledby="abstract-heading"><h2 id="abstract-heading">Abstract</h2>',
      `<div class="abstract"><p>${escapeHtml(readableContent(typeof fragment.content === 'string' ? fragment.content : '', title))}</p></div></section>`,
      '</article></main></body></html>',
    ].join('');
    await plain.put(page, new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
    made++;
  }
  return made;
}

/** What the plain copy reads of a Pagefind fragment (untrusted: checked before use). */
interface Fragment {
  url?: unknown;
  content?: unknown;
  meta?: Record<string, unknown>;
}

/** A Pagefind fragment: gzip of `pagefind_dcd` and JSON (or, from some servers, already inflated). */
async function fragmentToJson(bytes: ArrayBuffer): Promise<Fragment> {
  const SIGNATURE = 'pagefind_dcd';
  let data = new Uint8Array(bytes);
  if (data[0] === 0x1f && data[1] === 0x8b) {
    const inflated = new Blob([data]).stream().pipeThrough(new DecompressionStream('gzip'));
    data = new Uint8Array(await new Response(inflated).arrayBuffer());
  }
  const text = new TextDecoder().decode(data);
  const parsed: unknown = JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text);
  return typeof parsed === 'object' && parsed !== null ? parsed : {};
}

/**
 * The indexed text of a paper as a reader reads it: without the title
 * Pagefind may hold in front of it, nor the marked name parts it holds
 * after it (see src/lib/search/text-to-name-parts.ts).
 */
function readableContent(content: string, title: string): string {
  const text = content.replace(/\s*\u2042\S*/gu, '').trim();
  return text.startsWith(title) ? text.slice(title.length).replace(/^[\s.]+/u, '') : text;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // The previous build's shell and plain copies go at once; its pages stay,
      // still served offline, until carryOver has fetched them again.
      const old = (await caches.keys()).filter((k) => k.startsWith('papershelf-') && k !== SHELL && k !== PAGES && k !== PLAIN);
      await Promise.all(old.filter((k) => !k.startsWith('papershelf-pages-')).map((k) => caches.delete(k)));
      await self.clients.claim();
      await keepOpenPages();
    })(),
  );
});

/**
 * Pages saved or visited under the previous build are fetched again from
 * this build, so a redeploy keeps the reader's offline shelf without mixing
 * old pages with the new index; pages gone from the new build are dropped.
 * It runs beside the reader's requests (started by the first of them, which
 * never waits for it), a few at a time; the old cache is deleted when done.
 */
let carrying: Promise<void> | undefined;
function carryOver(): Promise<void> {
  carrying ??= (async () => {
    const fresh = await caches.open(PAGES);
    for (const name of (await caches.keys()).filter((k) => k.startsWith('papershelf-pages-') && k !== PAGES)) {
      const queue = [...new Set((await (await caches.open(name)).keys()).map((r) => pageKey(r)))];
      const state = { offline: false };
      const worker = async () => {
        for (let url = queue.shift(); url !== undefined && !state.offline; url = queue.shift()) {
          if (await fresh.match(url)) continue;
          try {
            const response = await fetch(url);
            if (response.ok) await fresh.put(url, response);
          } catch {
            // Offline: the old pages stay until the next time.
            state.offline = true;
          }
        }
      };
      await Promise.all([worker(), worker()]);
      if (state.offline) {
        carrying = undefined;
        return;
      }
      await caches.delete(name);
    }
    await trimPages(fresh);
  })();
  return carrying;
}

/** The pages open when the worker takes over were loaded before it could see them: keep them too. */
async function keepOpenPages(): Promise<void> {
  const cache = await caches.open(PAGES);
  for (const client of await self.clients.matchAll({ type: 'window' })) {
    const url = new URL(client.url);
    const key = url.origin + url.pathname;
    if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE) || (await caches.match(key))) continue;
    try {
      const response = await fetch(key);
      if (response.ok) await cache.put(key, response);
    } catch {
      /* offline: nothing to keep */
    }
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(IMMUTABLE.test(url.pathname) ? cacheFirst(request) : networkFirst(request));
  event.waitUntil(carryOver());
});

/** Pages are kept by path: `/search/?q=…` and `?highlight=…` are the one page, kept once. */
function pageKey(request: Request): string {
  const url = new URL(request.url);
  return url.origin + url.pathname;
}

/** The most pages kept from the reader's visits; the oldest go first. */
const MAX_PAGES = 2000;
let puts = 0;

async function keep(key: string, response: Response): Promise<void> {
  const cache = await caches.open(PAGES);
  await cache.put(key, response);
  if (++puts % 50 === 0) await trimPages(cache);
}

async function trimPages(cache: Cache): Promise<void> {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_PAGES)).map((k) => cache.delete(k)));
}

/** Hashed assets: from the cache, else from the network (and kept). */
async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await keep(request.url, response.clone());
  return response;
}

/** Pages and unhashed files: fresh from the network when online, else the cached copy. */
async function networkFirst(request: Request): Promise<Response> {
  const key = pageKey(request);
  try {
    const response = await fetch(request);
    if (response.ok) await keep(key, response.clone());
    return response;
  } catch (error: unknown) {
    // A page read in full wins over its plain copy.
    const cached = (await caches.match(key, { cacheName: PAGES })) ?? (await caches.match(key)) ?? (await caches.match(request));
    if (cached) return cached;
    if (request.mode === 'navigate') {
      // The site's own "not saved" page, with its header, search and a way home, under the address asked for.
      const page = await caches.match(`${BASE}offline/`);
      if (page) return new Response(page.body, { status: 503, headers: page.headers });
      return new Response(
        '<!doctype html><title>Offline</title><h1>You are offline</h1><p>This page was not saved for offline reading.</p>',
        {
          status: 503,
          headers: { 'Content-Type': 'text/html; charset=utf-8' },
        },
      );
    }
    throw error;
  }
}

// "Save for offline reading": unpacks the search index packs, which also
// makes a plain copy of every paper page (see plainCopies), reporting each
// pack on the message port: a few large requests, not one per paper.
self.addEventListener('message', (event) => {
  const data = event.data as Partial<SaveAllRequest> | null;
  const port = event.ports[0];
  if (data?.type !== 'save-all' || port === undefined) return;
  const packs = Array.isArray(data.packs) ? data.packs.filter((p) => typeof p.url === 'string' && p.url.startsWith(BASE)) : [];
  const say = (progress: SaveProgress): void => {
    port.postMessage(progress);
  };
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL);
      let papers = 0;
      for (const [index, pack] of packs.entries()) {
        try {
          papers += await unpack(shell, pack.url);
        } catch {
          say({ type: 'failed' });
          return;
        }
        say({ type: 'progress', done: index + 1, total: packs.length, papers });
      }
      await markSaved(shell, papers);
      say({ type: 'done', done: packs.length, total: packs.length, papers });
    })(),
  );
});
