import {
  listTags,
  markGone,
  mergeLists,
  removePaper,
  restorePaper,
  savePaper,
  updatePaper,
  viewPapers,
  type ListView,
  type ReadingList,
  type SavedPaper,
} from '../../lib/reading-list/reading-list.ts';
import { problemToMessage, type ChangeResult, type ReadingListStore } from '../../lib/reading-list/local-store.ts';
import { listViewToParams, paramsToListView } from '../../lib/reading-list/list-view-url.ts';
import { textToReadingList } from '../../lib/reading-list/text-to-reading-list.ts';
import { forYouSlug } from '../../lib/reading-list/for-you-slug.ts';
import { recommend } from '../../lib/reading-list/recommend.ts';
import type { ForYouData } from '../../lib/reading-list/for-you-schema.ts';
import { plural } from '../../lib/site/format.ts';
import { withBase } from '../../lib/site/with-base.ts';
import { browserStore, showStorageProblem } from './save-buttons.ts';
import { el, openNote, paperPath, rowId, savedRow, type RowActions } from './saved-row.ts';

/** How long the list waits for the shelf's slugs before it shows the saved papers without them. */
const SHELF_WAIT_MS = 1000;

/** How long "Undo" stays after Remove, while the reader is not on it. */
const UNDO_MS = 10_000;

/**
 * The reading list page: the saved papers of this browser as compact rows,
 * sorted and filtered by the controls (kept in the address, so a reload,
 * Back or a shared link shows the same view); Remove with Undo; exports of
 * what is shown; import of a JSON export; papers a rebuild removed from
 * the shelf marked as such, never dropped; and what the storage refused
 * or could not read said on the page, never lost.
 */
export function initReadingListPage(): void {
  const form = document.querySelector<HTMLElement>('[data-list-controls]');
  const listEl = document.querySelector<HTMLOListElement>('[data-saved-list]');
  const summary = document.querySelector<HTMLElement>('[data-list-summary]');
  const io = document.querySelector<HTMLElement>('[data-list-io]');
  const importStatus = document.querySelector<HTMLElement>('[data-import-status]');
  const undoStatus = document.querySelector<HTMLElement>('[data-undo-status]');
  const store = browserStore();
  if (form === null || listEl === null || summary === null || io === null || importStatus === null || undoStatus === null) return;
  if (store === undefined) {
    summary.textContent = 'This browser does not let the shelf keep a reading list (its storage is blocked).';
    return;
  }
  io.hidden = false;
  const select = (name: string): HTMLSelectElement | null => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  const [orderSelect, tagSelect, readSelect] = [select('order'), select('tag'), select('read')];
  if (orderSelect === null || tagSelect === null || readSelect === null) return;

  let view: ListView = paramsToListView(new URLSearchParams(location.search));
  // Notes the storage refused, by slug: shown over the stored note, retried with every change, and a reason to warn on leaving.
  const unsaved = new Map<string, string>();
  const shelf = loadShelf();

  /** Says whether a change was stored; a refused one is said on the page, and the next stored change retries unsaved notes. */
  const report = (result: ChangeResult): boolean => {
    if (!result.saved) {
      showStorageProblem(problemToMessage(result.problem));
      return false;
    }
    if (unsaved.size > 0) {
      const retried = store.change((list) => [...unsaved].reduce((l, [slug, note]) => updatePaper(l, slug, { note }), list));
      if (!retried.saved) return true;
      unsaved.clear();
    }
    showStorageProblem('');
    return true;
  };

  const actions: RowActions = {
    change: (slug, change) => {
      const result = store.change((list) => updatePaper(list, slug, change));
      if (change.note !== undefined) {
        if (result.saved) unsaved.delete(slug);
        else unsaved.set(slug, change.note);
      }
      return report(result);
    },
    remove: (paper) => {
      const before = store.read();
      const index = before.papers.findIndex((p) => p.slug === paper.slug);
      const current = before.papers[index] ?? paper;
      const kept: SavedPaper = { ...current, note: unsaved.get(paper.slug) ?? current.note };
      const result = store.change((list) => removePaper(list, paper.slug));
      if (!report(result)) return;
      unsaved.delete(paper.slug);
      render(result.list);
      offerUndo(undoStatus, `Removed “${paper.title}”.`, () => {
        const restored = store.change((list) => restorePaper(list, kept, index));
        if (!report(restored)) return;
        undoStatus.replaceChildren();
        render(restored.list);
        document.getElementById(rowId(paper.slug))?.querySelector<HTMLElement>('.paper-title a, .remove')?.focus();
      });
    },
    tagsChanged: () => {
      showTags(store.read());
    },
  };

  const showTags = (list: ReadingList): void => {
    const tags = listTags(list);
    // A tag from the address is offered even when this list has no paper with it (a shared link): it shows none.
    if (view.tag !== undefined && !tags.includes(view.tag)) tags.push(view.tag);
    tagSelect.replaceChildren(el('option', { value: '' }, 'All tags'), ...tags.map((t) => el('option', { value: t }, t)));
    tagSelect.value = view.tag ?? '';
  };

  const forYou = initForYou(store, shelf, report, () => {
    render();
  });
  const render = (list: ReadingList = store.read()): void => {
    void forYou(list);
    showTags(list);
    orderSelect.value = view.order;
    readSelect.value = view.read === undefined ? '' : view.read ? 'read' : 'unread';
    // A re-render (another tab's change, Undo) keeps the reader where they were.
    const focused = document.activeElement?.id ?? '';
    const shown = viewPapers(list, view);
    listEl.replaceChildren(...shown.map((paper) => savedRow(paper, actions, unsaved.get(paper.slug))));
    if (focused !== '') {
      const again = document.getElementById(focused);
      if (again instanceof HTMLTextAreaElement || again instanceof HTMLInputElement) {
        const row = again.closest<HTMLElement>('.saved-item');
        if (row !== null) openNote(row);
      }
      document.getElementById(focused)?.focus();
    }
    // Nothing to sort or filter on an empty list, unless the address chose a view.
    form.hidden = list.papers.length === 0 && listViewToParams(view).size === 0;
    summary.textContent =
      list.papers.length === 0
        ? 'Nothing saved yet. Use "Save" on any paper to keep it here.'
        : shown.length === list.papers.length
          ? `${plural(list.papers.length, 'saved paper')}.`
          : `${String(shown.length)} of ${plural(list.papers.length, 'saved paper')} shown.`;
  };
  form.addEventListener('change', () => {
    view = paramsToListView(new URLSearchParams({ order: orderSelect.value, tag: tagSelect.value, read: readSelect.value }));
    const query = listViewToParams(view).toString();
    history.pushState(null, '', `${location.pathname}${query === '' ? '' : `?${query}`}`);
    render();
  });
  window.addEventListener('popstate', () => {
    view = paramsToListView(new URLSearchParams(location.search));
    render();
  });
  window.addEventListener('beforeunload', (event) => {
    if (unsaved.size > 0) event.preventDefault();
  });
  store.watch(render);
  // Papers a rebuild removed are marked from the shelf's own slug list (one Set, one stored change), not a request each.
  // The list waits a moment for it (kept by the service worker, it is usually there at once) so it renders once; a later
  // answer redraws only the rows it changed.
  const markFromShelf = (slugs: ReadonlySet<string>): SavedPaper[] => {
    const before = store.read();
    const result = store.change((list) => markGone(list, slugs));
    return result.saved ? result.list.papers.filter((p, i) => p !== before.papers[i]) : [];
  };
  let marked = false;
  void Promise.race([shelf, new Promise<undefined>((resolve) => setTimeout(resolve, SHELF_WAIT_MS))]).then((slugs) => {
    if (slugs !== undefined) {
      marked = true;
      markFromShelf(slugs);
    }
    render();
    showSetAside(store);
    openFromHash();
  });
  void shelf.then((slugs) => {
    if (marked) return;
    for (const paper of markFromShelf(slugs))
      document.getElementById(rowId(paper.slug))?.replaceWith(savedRow(paper, actions, unsaved.get(paper.slug)));
  });
  // "Edit it on your reading list" on a paper page links to the row (#saved-<slug>): its note opens, ready to type. After the
  // load, as the browser's own move to the fragment would otherwise take the focus back.
  const openFromHash = (): void => {
    const target = location.hash.startsWith('#saved-') ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target !== null) openNote(target);
  };
  window.addEventListener('load', () => {
    setTimeout(openFromHash, 0);
  });
  window.addEventListener('hashchange', openFromHash);

  // Exports name the address this page is served from (its origin and the site's base), not the build's default.
  const root = new URL(withBase(import.meta.env.BASE_URL, '/'), location.origin).href;
  for (const button of io.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    button.addEventListener('click', () => {
      void (async () => {
        const papers = viewPapers(store.read(), view);
        const kind = button.dataset['export'];
        const exports = await import('../../lib/reading-list/list-to-exports.ts');
        if (kind === 'bibtex') download('reading-list.bib', 'application/x-bibtex', exports.papersToBibtex(papers, root));
        else if (kind === 'markdown') download('reading-list.md', 'text/markdown', exports.papersToMarkdown(papers, root));
        else download('reading-list.json', 'application/json', exports.listToJson({ version: 1, papers }));
      })();
    });
  }

  const input = io.querySelector<HTMLInputElement>('[data-import]');
  input?.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file === undefined) return;
    void file.text().then((text) => {
      const parsed = textToReadingList(text);
      if (!parsed.ok) {
        importStatus.textContent = `${file.name} was not imported, and nothing changed. ${parsed.message}`;
      } else {
        let counts = { added: 0, merged: 0 };
        const result = store.change((list) => {
          const { list: merged, ...rest } = mergeLists(list, parsed.list);
          counts = rest;
          return merged;
        });
        importStatus.textContent = result.saved
          ? `Imported ${file.name}: ${plural(counts.added, 'paper')} added, ${String(counts.merged)} already here (merged).`
          : `${file.name} was not imported, and nothing changed. ${problemToMessage(result.problem)}`;
        report(result);
        render(result.list);
      }
      input.value = '';
    });
  });
}

/** Where the For-you data is served: every paper on the shelf, its title and terms, which also gives its slug. */
const FOR_YOU_URL = withBase(import.meta.env.BASE_URL, '/reading-list/for-you.json');
const FOR_YOU_COUNT = 10;

/** The shelf's For-you data, with the slug of every paper on it; empty offline without a kept copy. */
interface Shelf {
  data: ForYouData | undefined;
  slugs: Set<string>;
}

function loadShelf(): Promise<Set<string>> & { data: Promise<Shelf> } {
  const data = fetch(FOR_YOU_URL).then(
    async (response): Promise<Shelf> => {
      if (!response.ok) return { data: undefined, slugs: new Set() };
      const json = (await response.json()) as ForYouData;
      return { data: json, slugs: new Set(json.papers.map(([title, , tail]) => forYouSlug(title, tail))) };
    },
    (): Shelf => ({ data: undefined, slugs: new Set() }),
  );
  return Object.assign(
    data.then((s) => s.slugs),
    { data },
  );
}

/**
 * The "For you" section: the unsaved papers closest to the saved ones,
 * each with the terms it shares with them and a Save button. The shelf's
 * data is fetched once (the service worker keeps it for offline use).
 */
function initForYou(
  store: ReadingListStore,
  shelf: { data: Promise<Shelf> },
  report: (result: ChangeResult) => boolean,
  onSave: () => void,
): (list: ReadingList) => Promise<void> {
  const section = document.querySelector<HTMLElement>('[data-for-you]');
  const listEl = section?.querySelector<HTMLOListElement>('[data-for-you-list]');
  return async (list) => {
    if (section === null || listEl === null || listEl === undefined) return;
    if (list.papers.length === 0) {
      section.hidden = true;
      return;
    }
    const loaded = (await shelf.data).data;
    const suggestions = loaded === undefined ? [] : recommend(loaded, new Set(list.papers.map((p) => p.slug)), FOR_YOU_COUNT);
    listEl.replaceChildren(
      ...suggestions.map((s) => {
        const save = el(
          'button',
          { type: 'button', class: 'save-button', 'aria-pressed': 'false', 'aria-label': `Save to reading list: ${s.title}` },
          'Save',
        );
        save.addEventListener('click', () => {
          if (report(store.change((current) => savePaper(current, { slug: s.slug, title: s.title }, new Date().toISOString())))) onSave();
        });
        return el(
          'li',
          {},
          el('a', { href: paperPath(s.slug) }, s.title),
          ' ',
          save,
          el('span', { class: 'muted why' }, `shared: ${s.shared.join(', ')}`),
        );
      }),
    );
    section.hidden = suggestions.length === 0;
  };
}

/**
 * Shows "Removed …" with an Undo button in the status region and moves the
 * focus to Undo (the row that had it is gone). It leaves after UNDO_MS, but
 * never while the pointer or the focus is on it.
 */
function offerUndo(region: HTMLElement, text: string, undo: () => void): void {
  const button = el('button', { type: 'button' }, 'Undo');
  const box = el('div', { class: 'toast' }, el('span', {}, text), ' ', button);
  button.addEventListener('click', undo);
  region.replaceChildren(box);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const leave = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (box.contains(document.activeElement)) return;
      box.remove();
    }, UNDO_MS);
  };
  const stay = (): void => {
    clearTimeout(timer);
  };
  box.addEventListener('focusin', stay);
  box.addEventListener('pointerenter', stay);
  box.addEventListener('focusout', leave);
  box.addEventListener('pointerleave', leave);
  button.focus();
  leave();
}

/** Says on the page which unreadable lists were set aside, and where, with a download and a delete for each. */
function showSetAside(store: ReadingListStore): void {
  const section = document.querySelector<HTMLElement>('[data-set-aside]');
  const list = section?.querySelector<HTMLElement>('ul');
  if (section === null || list === null || list === undefined) return;
  const copies = store.setAside();
  section.hidden = copies.length === 0;
  list.replaceChildren(
    ...copies.map(({ key, text }) => {
      const parsed = textToReadingList(text);
      const why = parsed.ok ? 'It reads as a list now: import it to merge it.' : parsed.message;
      const save = el('button', { type: 'button' }, 'Download it');
      save.addEventListener('click', () => {
        download(`${key}.json`, 'application/json', text);
      });
      const discard = el('button', { type: 'button' }, 'Delete this copy');
      discard.addEventListener('click', () => {
        store.discard(key);
        showSetAside(store);
      });
      return el(
        'li',
        {},
        el('code', {}, key),
        ` (${plural(text.length, 'character')}): ${why} `,
        el('span', { class: 'notice-actions' }, save, ' ', discard),
      );
    }),
  );
}

/** Offers a text as a file to save. */
function download(name: string, type: string, text: string): void {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(href);
  }, 10_000);
}
