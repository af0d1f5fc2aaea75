// The Papershelf service worker. The build prepends VERSION, BASE, PRECACHE
// and SEARCH_PACKS (see src/integrations/search-and-offline.ts).
/// <reference lib="webworker" />

const SHELL = `papershelf-shell-${VERSION}`;
const PAGES = `papershelf-pages-${VERSION}`;
/** Files whose names carry a content hash: they never change, so the cache is enough. */
const IMMUTABLE = /\/(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/.*\.pf_meta$)/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      await cache.addAll(PRECACHE);
      // A small index comes with the first visit, in a few packs: search works offline at once.
      for (const url of SEARCH_PACKS) await unpack(cache, url);
      await self.skipWaiting();
    })(),
  );
});

/**
 * Fetches a pack (src/lib/offline/files-to-pack.ts) and caches each file in
 * it under its own URL, as if it had been fetched alone. Returns its size.
 */
async function unpack(cache, url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const buffer = await response.arrayBuffer();
  const headerLength = new DataView(buffer).getUint32(0);
  const { files } = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, headerLength)));
  let offset = 4 + headerLength;
  const puts = [];
  for (const file of files) {
    const body = buffer.slice(offset, offset + file.size);
    offset += file.size;
    puts.push(cache.put(BASE + file.path, new Response(body, { headers: { 'Content-Type': 'application/octet-stream' } })));
  }
  await Promise.all(puts);
  return buffer.byteLength;
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((k) => k.startsWith('papershelf-') && k !== SHELL && k !== PAGES);
      await carryOverPages(old.filter((k) => k.startsWith('papershelf-pages-')));
      await Promise.all(old.map((k) => caches.delete(k)));
      await self.clients.claim();
      await keepOpenPages();
    })(),
  );
});

/**
 * Pages saved or visited under the previous build are fetched again from
 * this build, so a redeploy keeps the reader's offline shelf without mixing
 * old pages with the new index; pages gone from the new build are dropped.
 */
async function carryOverPages(oldCaches) {
  const fresh = await caches.open(PAGES);
  const urls = new Set();
  for (const name of oldCaches) for (const request of await (await caches.open(name)).keys()) urls.add(request.url);
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        const response = await fetch(url);
        if (response.ok) await fresh.put(url, response);
      } catch {
        /* offline or gone: not carried over */
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

/** The pages open when the worker takes over were loaded before it could see them: keep them too. */
async function keepOpenPages() {
  const cache = await caches.open(PAGES);
  for (const client of await self.clients.matchAll({ type: 'window' })) {
    const url = new URL(client.url);
    if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE) || (await caches.match(client.url))) continue;
    try {
      const response = await fetch(client.url);
      if (response.ok) await cache.put(client.url, response);
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
});

/** Hashed assets: from the cache, else from the network (and kept). */
async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(PAGES)).put(request, response.clone());
  return response;
}

/** Pages and unhashed files: fresh from the network when online, else the cached copy. */
async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok) (await caches.open(PAGES)).put(request, response.clone());
    return response;
  } catch (error) {
    const cached = (await caches.match(request)) ?? (await caches.match(request, { ignoreSearch: true }));
    if (cached) return cached;
    if (request.mode === 'navigate') {
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

// "Save for offline reading": unpacks the search index packs, then caches every
// given page, reporting progress in bytes (packs) and pages on the message port.
self.addEventListener('message', (event) => {
  const data = event.data;
  const port = event.ports[0];
  if (data?.type !== 'save-all' || !Array.isArray(data.urls) || port === undefined) return;
  const packs = Array.isArray(data.packs) ? data.packs.filter((p) => typeof p?.url === 'string' && p.url.startsWith(BASE)) : [];
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL);
      let packsDone = 0;
      for (const pack of packs) {
        try {
          await unpack(shell, pack.url);
        } catch {
          port.postMessage({ type: 'failed', what: 'search' });
          return;
        }
        packsDone++;
        port.postMessage({ type: 'packs', done: packsDone, total: packs.length });
      }
      const cache = await caches.open(PAGES);
      let done = 0;
      let failed = 0;
      const queue = data.urls.filter((u) => typeof u === 'string' && u.startsWith(self.location.origin + BASE));
      const worker = async () => {
        for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
          try {
            if (!(await cache.match(url))) await cache.add(url);
          } catch {
            failed++;
          }
          done++;
          port.postMessage({ type: 'progress', done, failed, total: data.urls.length });
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      port.postMessage({ type: 'done', done, failed, total: data.urls.length });
    })(),
  );
});
