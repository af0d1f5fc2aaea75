/** The site's base path, with a trailing slash: the service worker's scope. */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/**
 * Registers the service worker (the build writes it to `sw.js` at the base
 * path) once the page has loaded, so pages already visited read offline.
 * Not on file:// pages, where browsers allow no worker.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  window.addEventListener('load', () => {
    void navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE }).catch(() => undefined);
  });
}
