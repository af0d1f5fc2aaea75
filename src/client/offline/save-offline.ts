import type { OfflineManifest, SaveAllRequest, SaveProgress } from '../../lib/offline/worker-protocol.ts';

/**
 * The home page's "Save for offline reading": shows what saving will
 * download, then asks the service worker to unpack the search index, a few
 * packs of at most 4 MB, which also gives a plain copy of every paper's page
 * (title, date, topics, abstract), with a progress bar. Pages the reader
 * opens are kept in full as before.
 */
export function initSaveOffline(): void {
  const section = document.querySelector<HTMLElement>('[data-save-offline]');
  const button = section?.querySelector<HTMLButtonElement>('[data-save-start]');
  const bar = section?.querySelector<HTMLProgressElement>('[data-save-progress]');
  const status = section?.querySelector<HTMLElement>('[data-save-status]');
  const size = section?.querySelector<HTMLElement>('[data-save-size]');
  const manifestUrl = section?.dataset['manifest'];
  if (!section || !button || !bar || !status || !size || manifestUrl === undefined) return;
  if (!('serviceWorker' in navigator)) {
    button.disabled = true;
    status.textContent = 'This browser cannot save pages for offline reading.';
    return;
  }
  const manifest = fetch(manifestUrl).then(async (r) => {
    if (!r.ok) throw new Error(`the offline manifest answered ${String(r.status)}`);
    return (await r.json()) as OfflineManifest;
  });
  void manifest.then(
    async (m) => {
      const bytes = m.searchPacks.reduce((n, p) => n + p.bytes, 0);
      size.textContent = ` (${m.pages.count.toLocaleString('en')} papers, about ${megabytes(bytes)})`;
      // Saved before, by this button or with the first visit: say so, and offer to save again.
      const saved = await savedPapers(manifestUrl.replace(/manifest\.json$/, 'saved.json'));
      if (saved !== undefined) {
        status.textContent = `Saved: ${saved.toLocaleString('en')} of ${m.pages.count.toLocaleString('en')} papers can be searched and read offline.`;
        button.firstChild?.replaceWith('Save again');
      }
    },
    () => undefined,
  );
  button.addEventListener('click', () => {
    void save().catch((error: unknown) => {
      status.textContent = `Could not save the papers: ${error instanceof Error ? error.message : String(error)}. Try again while online.`;
      button.disabled = false;
    });
  });

  async function save(): Promise<void> {
    if (!button || !bar || !status) return;
    button.disabled = true;
    status.textContent = 'Preparing…';
    const registration = await Promise.race([
      navigator.serviceWorker.ready,
      new Promise<never>((_, reject) =>
        setTimeout(() => {
          reject(new Error('the offline helper did not start'));
        }, 15_000),
      ),
    ]);
    const worker = registration.active;
    if (!worker) throw new Error('the offline helper is not running');
    const { searchPacks, pages } = await manifest;
    const channel = new MessageChannel();
    bar.hidden = false;
    bar.max = Math.max(1, searchPacks.length);
    channel.port1.onmessage = (event: MessageEvent<SaveProgress>) => {
      const message = event.data;
      if (message.type === 'failed') {
        status.textContent = 'Could not save the search index. Try again while online.';
        button.disabled = false;
        return;
      }
      bar.value = message.done;
      status.textContent =
        message.type === 'done'
          ? `Saved ${String(message.papers)} of ${String(pages.count)} papers for offline reading and search.`
          : `Saving part ${String(message.done)} of ${String(message.total)} (${String(message.papers)} papers so far)…`;
      if (message.type === 'done') button.disabled = false;
    };
    const request: SaveAllRequest = { type: 'save-all', packs: searchPacks };
    worker.postMessage(request, [channel.port2]);
  }
}

/** How many papers the service worker saved for offline reading (see worker/service-worker.ts), if it saved the index. */
async function savedPapers(url: string): Promise<number | undefined> {
  if (!('caches' in window)) return undefined;
  const response = await caches.match(url).catch(() => undefined);
  const saved: unknown = await response?.json().catch(() => undefined);
  return typeof saved === 'object' && saved !== null && 'papers' in saved && typeof saved.papers === 'number' ? saved.papers : undefined;
}

function megabytes(bytes: number): string {
  return bytes < 1e6 ? `${String(Math.max(1, Math.round(bytes / 1e3)))} KB` : `${(bytes / 1e6).toFixed(1)} MB`;
}
