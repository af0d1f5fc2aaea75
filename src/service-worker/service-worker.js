// The Papershelf service worker. The build prepends VERSION, BASE, PRECACHE
// and SEARCH_PACKS (see scripts/build-site.ts).
/// <reference lib="webworker" />

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
      for (const url of SEARCH_PACKS) await unpack(cache, url);
      await self.skipWaiting();
    })(),
  );
});

/**
 * Fetches a pack (src/lib/offline/files-to-pack.ts) and caches each file in
 * it under its own URL, as if it had been fetched alone; then makes a plain
 * copy of every paper page whose search fragment it holds. Returns how many.
 */
async function unpack(cache, url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const buffer = await response.arrayBuffer();
  const headerLength = new DataView(buffer).getUint32(0);
  const { files } = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, headerLength)));
  let offset = 4 + headerLength;
  const puts = [];
  const fragments = [];
  for (const file of files) {
    const body = buffer.slice(offset, offset + file.size);
    offset += file.size;
    puts.push(cache.put(BASE + file.path, new Response(body, { headers: { 'Content-Type': 'application/octet-stream' } })));
    if (file.path.endsWith('.pf_fragment')) fragments.push(body);
  }
  await Promise.all(puts);
  return plainCopies(fragments);
}

/**
 * Reading offline without downloading every page: Pagefind's fragment of a
 * paper holds its URL, title, date, topics and abstract, so each one becomes
 * a plain page under the paper's address, styled by the site's stylesheet.
 * The full page replaces it whenever the reader opens it online. Every text
 * is escaped: titles and abstracts are untrusted.
 */
async function plainCopies(fragments) {
  const plain = await caches.open(PLAIN);
  const stylesheet = PRECACHE.find((u) => u.endsWith('.css'));
  let made = 0;
  for (const bytes of fragments) {
    let fragment;
    try {
      fragment = await fragmentToJson(bytes);
    } catch {
      continue;
    }
    if (typeof fragment?.url !== 'string' || !fragment.url.startsWith('/')) continue;
    const page = new URL(BASE + fragment.url.slice(1), self.location.origin).href;
    const meta = fragment.meta ?? {};
    const title = String(meta.title ?? fragment.url);
    const details = [meta.date, meta.topics].filter((x) => typeof x === 'string' && x !== '').join(' · ');
    const html = [
      '<!doctype html><html lang="en"><head><meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">',
      `<title>${escapeHtml(title)} · Papershelf</title>`,
      stylesheet ? `<link rel="stylesheet" href="${escapeHtml(stylesheet)}">` : '',
      '</head><body><main id="main" class="wrap"><article class="paper">',
      `<p class="muted"><a href="${escapeHtml(BASE)}">Papershelf</a> · saved for offline reading: the abstract; the full page comes back online.</p>`,
      `<h1>${escapeHtml(title)}</h1>`,
      details ? `<p class="meta">${escapeHtml(details)}</p>` : '',
      '<section aria-labelledby="abstract-heading"><h2 id="abstract-heading">Abstract</h2>',
      `<div class="abstract"><p>${escapeHtml(String(fragment.content ?? ''))}</p></div></section>`,
      '</article></main></body></html>',
    ].join('');
    await plain.put(page, new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
    made++;
  }
  return made;
}

/** A Pagefind fragment: gzip of `pagefind_dcd` and JSON (or, from some servers, already inflated). */
async function fragmentToJson(bytes) {
  const SIGNATURE = 'pagefind_dcd';
  let data = new Uint8Array(bytes);
  if (data[0] === 0x1f && data[1] === 0x8b) {
    const inflated = new Blob([data]).stream().pipeThrough(new DecompressionStream('gzip'));
    data = new Uint8Array(await new Response(inflated).arrayBuffer());
  }
  const text = new TextDecoder().decode(data);
  return JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text);
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((k) => k.startsWith('papershelf-') && k !== SHELL && k !== PAGES && k !== PLAIN);
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
    // A page read in full wins over its plain copy.
    const cached =
      (await caches.match(request, { cacheName: PAGES })) ??
      (await caches.match(request)) ??
      (await caches.match(request, { ignoreSearch: true }));
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

// "Save for offline reading": unpacks the search index packs, which also
// makes a plain copy of every paper page (see plainCopies), reporting each
// pack on the message port: a few large requests, not one per paper.
self.addEventListener('message', (event) => {
  const data = event.data;
  const port = event.ports[0];
  if (data?.type !== 'save-all' || port === undefined) return;
  const packs = Array.isArray(data.packs) ? data.packs.filter((p) => typeof p?.url === 'string' && p.url.startsWith(BASE)) : [];
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL);
      let papers = 0;
      for (const [index, pack] of packs.entries()) {
        try {
          papers += await unpack(shell, pack.url);
        } catch {
          port.postMessage({ type: 'failed' });
          return;
        }
        port.postMessage({ type: 'progress', done: index + 1, total: packs.length, papers });
      }
      port.postMessage({ type: 'done', done: packs.length, total: packs.length, papers });
    })(),
  );
});
