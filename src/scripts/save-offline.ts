/** Messages the service worker posts while saving. */
type Progress =
  | { type: 'packs'; done: number; total: number }
  | { type: 'failed'; what: string }
  | { type: 'progress' | 'done'; done: number; failed: number; total: number };

/** What the build wrote to offline/manifest.json. */
interface OfflineManifest {
  searchOnInstall: boolean;
  searchPacks: { url: string; bytes: number }[];
  pages: { count: number; bytes: number };
}

/**
 * The home page's "Save for offline reading": shows what saving will
 * download, then asks the service worker to unpack the search index (unless
 * it came with the first visit) and cache every paper page, with a progress bar.
 */
export function initSaveOffline(): void {
  const section = document.querySelector<HTMLElement>('[data-save-offline]');
  const button = section?.querySelector<HTMLButtonElement>('[data-save-start]');
  const bar = section?.querySelector<HTMLProgressElement>('[data-save-progress]');
  const status = section?.querySelector<HTMLElement>('[data-save-status]');
  const size = section?.querySelector<HTMLElement>('[data-save-size]');
  const catalogue = section?.dataset['catalogue'];
  const manifestUrl = section?.dataset['manifest'];
  if (!section || !button || !bar || !status || !size || catalogue === undefined || manifestUrl === undefined) return;
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
    (m) => {
      const bytes = m.pages.bytes + (m.searchOnInstall ? 0 : m.searchPacks.reduce((n, p) => n + p.bytes, 0));
      size.textContent = ` (${m.pages.count.toLocaleString('en')} papers, about ${megabytes(bytes)})`;
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
    if (!button || !bar || !status || catalogue === undefined) return;
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
    const { searchOnInstall, searchPacks } = await manifest;
    const response = await fetch(catalogue);
    if (!response.ok) throw new Error(`the catalogue answered ${String(response.status)}`);
    const { papers } = (await response.json()) as { papers: { url: string }[] };
    // The catalogue's URLs carry the public origin; save them on this one.
    const urls = papers.map((p) => new URL(new URL(p.url).pathname, location.origin).href);
    const packs = searchOnInstall ? [] : searchPacks;
    const channel = new MessageChannel();
    bar.hidden = false;
    bar.max = packs.length + urls.length;
    channel.port1.onmessage = (event: MessageEvent<Progress>) => {
      const message = event.data;
      if (message.type === 'failed') {
        status.textContent = 'Could not save the search index. Try again while online.';
        button.disabled = false;
        return;
      }
      if (message.type === 'packs') {
        bar.value = message.done;
        status.textContent = `Saving the search index: part ${String(message.done)} of ${String(message.total)}…`;
        return;
      }
      const { type, done, failed, total } = message;
      bar.value = packs.length + done;
      status.textContent =
        type === 'done'
          ? `Saved ${String(done - failed)} of ${String(total)} papers for offline reading${failed > 0 ? ` (${String(failed)} failed; try again online)` : ''}.`
          : `Saving papers: ${String(done)} of ${String(total)}…`;
      if (type === 'done') button.disabled = false;
    };
    worker.postMessage({ type: 'save-all', urls, packs }, [channel.port2]);
  }
}

function megabytes(bytes: number): string {
  return bytes < 1e6 ? `${String(Math.max(1, Math.round(bytes / 1e3)))} KB` : `${(bytes / 1e6).toFixed(1)} MB`;
}
