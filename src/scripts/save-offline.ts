/** Message the service worker posts while saving pages. */
interface Progress {
  type: 'progress' | 'done';
  done: number;
  failed: number;
  total: number;
}

/**
 * The home page's "Save for offline reading": asks the service worker to
 * cache every paper page listed in the catalogue, showing its progress.
 */
export function initSaveOffline(): void {
  const section = document.querySelector<HTMLElement>('[data-save-offline]');
  const button = section?.querySelector<HTMLButtonElement>('[data-save-start]');
  const bar = section?.querySelector<HTMLProgressElement>('[data-save-progress]');
  const status = section?.querySelector<HTMLElement>('[data-save-status]');
  const catalogue = section?.dataset['catalogue'];
  if (!section || !button || !bar || !status || catalogue === undefined) return;
  if (!('serviceWorker' in navigator)) {
    button.disabled = true;
    status.textContent = 'This browser cannot save pages for offline reading.';
    return;
  }
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
    const response = await fetch(catalogue);
    if (!response.ok) throw new Error(`the catalogue answered ${response.status}`);
    const { papers } = (await response.json()) as { papers: { url: string }[] };
    // The catalogue's URLs carry the public origin; save them on this one.
    const urls = papers.map((p) => new URL(new URL(p.url).pathname, location.origin).href);
    const channel = new MessageChannel();
    bar.hidden = false;
    bar.max = urls.length;
    channel.port1.onmessage = (event: MessageEvent<Progress>) => {
      const { type, done, failed, total } = event.data;
      bar.value = done;
      status.textContent =
        type === 'done'
          ? `Saved ${done - failed} of ${total} papers for offline reading${failed > 0 ? ` (${failed} failed; try again online)` : ''}.`
          : `Saving papers: ${done} of ${total}…`;
      if (type === 'done') button.disabled = false;
    };
    worker.postMessage({ type: 'save-all', urls }, [channel.port2]);
  }
}
