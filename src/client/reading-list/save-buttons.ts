import { localStore, problemToMessage, type ReadingListStore } from '../../lib/reading-list/local-store.ts';
import { removePaper, savePaper, type ReadingList, type SavedPaper } from '../../lib/reading-list/reading-list.ts';
import { withBase } from '../../lib/site/with-base.ts';

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
 * Makes every "Save to reading list" button work: a real toggle button
 * (aria-pressed) that reads "Save", or "Saved" with a link to the list
 * beside it once the paper is on the list; toggled by click or keyboard,
 * its change announced in a polite status region, kept in step with other
 * tabs. A save the storage refuses (full) leaves the button unpressed and
 * says so in a visible alert.
 */
export function initSaveButtons(): void {
  // Called again when search results arrive: only buttons not yet working are set up.
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-save]:not([data-save-ready])')];
  if (buttons.length === 0) return;
  const store = browserStore();
  if (store === undefined) return;
  const status = statusRegion();
  problemRegion();
  const show = (list: ReadingList): void => {
    const saved = new Set(list.papers.map((p) => p.slug));
    for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-save][data-save-ready]'))
      showState(button, saved.has(slugOf(button)));
  };
  for (const button of buttons) {
    button.dataset['saveReady'] = '';
    // Listing pages and search results carry only the word "Save": the name, state and icon are set here.
    // The visible word is the start of the name ("Save to reading list", "Saved to reading list").
    button.removeAttribute('aria-label');
    const icon = el('span', 'icon icon-save');
    icon.setAttribute('aria-hidden', 'true');
    button.replaceChildren(icon, el('span', 'save-label', 'Save'), el('span', 'visually-hidden', ' to reading list'));
    button.setAttribute('aria-pressed', 'false');
    button.hidden = false;
    button.addEventListener('click', () => {
      const paper = paperOf(button);
      const wasSaved = button.getAttribute('aria-pressed') === 'true';
      const result = store.change((list) => (wasSaved ? removePaper(list, paper.slug) : savePaper(list, paper, new Date().toISOString())));
      if (!result.saved) {
        showStorageProblem(problemToMessage(result.problem));
        return;
      }
      showStorageProblem('');
      show(result.list);
      status.textContent = wasSaved ? `Removed from your reading list: ${paper.title}` : `Saved to your reading list: ${paper.title}`;
    });
  }
  show(store.read());
  if (!watching) store.watch(show);
  watching = true;
}

let watching = false;

/** The button's word and state, and the "Reading list" link after it while the paper is saved. */
function showState(button: HTMLButtonElement, saved: boolean): void {
  button.setAttribute('aria-pressed', String(saved));
  const label = button.querySelector('.save-label');
  if (label !== null) label.textContent = saved ? 'Saved' : 'Save';
  const next = button.nextElementSibling;
  const link = next instanceof HTMLAnchorElement && next.classList.contains('saved-link') ? next : undefined;
  if (saved && link === undefined) {
    const a = el('a', 'saved-link', 'Open reading list');
    a.href = withBase(import.meta.env.BASE_URL, '/reading-list/');
    button.after(a);
  } else if (!saved) link?.remove();
}

/**
 * Shows a problem with the browser's storage in a visible alert at the
 * bottom of the page (announced at once), or clears it with ''. The
 * region is made when the page's buttons start, so the alert is announced.
 */
export function showStorageProblem(message: string): void {
  const region = problemRegion();
  if (region.textContent !== message) region.textContent = message;
  region.hidden = message === '';
}

/** The alert region for storage problems: the page's own, or one made once. */
function problemRegion(): HTMLElement {
  const existing = document.querySelector<HTMLElement>('[data-storage-problem]');
  if (existing !== null) return existing;
  const region = el('p', 'storage-problem');
  region.setAttribute('role', 'alert');
  region.dataset['storageProblem'] = '';
  region.hidden = true;
  document.body.append(region);
  return region;
}

/**
 * A save button for browser-made markup, as SaveButton.astro renders it for
 * the pages: hidden, the word "Save" and the paper's slug (and date, where
 * known), until initSaveButtons gives it its name, state and icon.
 */
export function saveButton(slug: string, date?: string): HTMLButtonElement {
  const button = el('button', 'save-button', 'Save');
  button.type = 'button';
  button.dataset['save'] = slug;
  if (date !== undefined) button.dataset['date'] = date;
  button.hidden = true;
  return button;
}

/** A save button's paper: its own slug, or the paper its card's title links to. */
function slugOf(button: HTMLButtonElement): string {
  const own = button.dataset['save'] ?? '';
  if (own !== '') return own;
  const href = button.closest('article, li')?.querySelector('.paper-title a')?.getAttribute('href') ?? '';
  return /\/papers\/([a-z0-9-]+)\/$/u.exec(href)?.[1] ?? '';
}

/** The polite status region that announces saves, made once per page. */
function statusRegion(): HTMLElement {
  const existing = document.querySelector<HTMLElement>('[data-reading-list-status]');
  if (existing !== null) return existing;
  const status = el('p', 'visually-hidden');
  status.setAttribute('role', 'status');
  status.dataset['readingListStatus'] = '';
  document.body.append(status);
  return status;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}
