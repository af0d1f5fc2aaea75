import { localStore, type ReadingListStore } from '../lib/reading-list/local-store.ts';
import { removePaper, savePaper, type ReadingList, type SavedPaper } from '../lib/reading-list/reading-list.ts';

/** The browser's reading list, or undefined where storage is blocked (then the save buttons stay hidden). */
export function browserStore(): ReadingListStore | undefined {
  try {
    const store = localStore(localStorage, window);
    store.read();
    return store;
  } catch {
    return undefined;
  }
}

/** The paper a save button belongs to, read from its article or result: the page's h1 or the card's title, and the date shown. */
function paperOf(button: HTMLButtonElement): Pick<SavedPaper, 'slug' | 'title' | 'date' | 'year'> {
  const article = button.closest('article, li');
  const slug = slugOf(button);
  const heading = article?.querySelector('h1, .paper-title, .result-title')?.cloneNode(true);
  // Typeset math counts by its plain reading: KaTeX's hidden rendering is left out.
  if (heading instanceof Element) for (const hidden of heading.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  const title = heading?.textContent?.trim() ?? slug;
  const date = button.dataset['date'] ?? article?.querySelector('time')?.dateTime;
  const valid = date !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(date);
  return { slug, title, date: valid ? date : undefined, year: valid ? Number(date.slice(0, 4)) : undefined };
}

/**
 * Makes every "Save to reading list" button work: pressed when the paper is
 * on the list, toggled by click or keyboard (it is a real button), its
 * change announced in a polite status region, and kept in step with other
 * tabs.
 */
export function initSaveButtons(): void {
  // Called again when search results arrive: only buttons not yet working are set up.
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-save]:not([data-save-ready])')];
  if (buttons.length === 0) return;
  const store = browserStore();
  if (store === undefined) return;
  const status = statusRegion();
  const show = (list: ReadingList): void => {
    const saved = new Set(list.papers.map((p) => p.slug));
    for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-save]'))
      button.setAttribute('aria-pressed', String(saved.has(slugOf(button))));
  };
  for (const button of buttons) {
    button.dataset['saveReady'] = '';
    // Listing pages carry only the word "Save": the name, state and icon are set here.
    button.setAttribute('aria-label', 'Save to reading list');
    button.setAttribute('aria-pressed', 'false');
    if (button.querySelector('.icon') === null) {
      const icon = document.createElement('span');
      icon.className = 'icon icon-save';
      icon.setAttribute('aria-hidden', 'true');
      button.prepend(icon);
    }
    button.hidden = false;
    button.addEventListener('click', () => {
      const paper = paperOf(button);
      const wasSaved = button.getAttribute('aria-pressed') === 'true';
      show(store.change((list) => (wasSaved ? removePaper(list, paper.slug) : savePaper(list, paper, new Date().toISOString()))));
      status.textContent = wasSaved ? `Removed from your reading list: ${paper.title}` : `Saved to your reading list: ${paper.title}`;
    });
  }
  show(store.read());
  if (!watching) store.watch(show);
  watching = true;
}

let watching = false;

/** A save button's paper: its own slug, or the paper its card's title links to. */
function slugOf(button: HTMLButtonElement): string {
  const own = button.dataset['save'] ?? '';
  if (own !== '') return own;
  const href = button.closest('article, li')?.querySelector('.paper-title a')?.getAttribute('href') ?? '';
  return /\/papers\/([a-z0-9-]+)\/$/u.exec(href)?.[1] ?? '';
}

/** The polite status region that announces saves, made once per page. */
function statusRegion(): HTMLElement {
  const existing = document.querySelector<HTMLElement>('[data-save-status]');
  if (existing !== null) return existing;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.dataset['saveStatus'] = '';
  document.body.append(status);
  return status;
}
