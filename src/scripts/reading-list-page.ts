import {
  listTags,
  mergeLists,
  removePaper,
  savePaper,
  textToTags,
  updatePaper,
  viewPapers,
  type ListOrder,
  type ListView,
  type ReadingList,
  type SavedPaper,
} from '../lib/reading-list/reading-list.ts';
import type { ReadingListStore } from '../lib/reading-list/local-store.ts';
import { textToReadingList } from '../lib/reading-list/text-to-reading-list.ts';
import { recommend } from '../lib/reading-list/recommend.ts';
import type { ForYouData } from '../lib/text/model-to-for-you.ts';
import { formatDate, plural } from '../lib/site/format.ts';
import { withBase } from '../lib/site/with-base.ts';
import { browserStore } from './save-buttons.ts';

/** Saved papers whose page is looked up at once, to find those a rebuild removed. */
const CHECKS_AT_ONCE = 4;

/** An element with text content and attributes (never HTML: titles and notes are the reader's or the dumps' text). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const paperPath = (slug: string): string => withBase(import.meta.env.BASE_URL, `/papers/${slug}/`);

/** One saved paper: its link (or its kept title, marked, if the shelf lost it), read state, note, tags and a remove button. */
function savedItem(paper: SavedPaper, store: ReadingListStore, onRemove: () => void): HTMLLIElement {
  const id = `saved-${paper.slug}`;
  const title =
    paper.gone === true
      ? el('span', {}, paper.title, ' ', el('span', { class: 'badge' }, 'no longer on the shelf'))
      : el('a', { href: paperPath(paper.slug) }, paper.title);
  const when = paper.date === undefined ? (paper.year === undefined ? 'date unknown' : String(paper.year)) : formatDate(paper.date);
  const read = el('input', { type: 'checkbox', id: `${id}-read` });
  read.checked = paper.read;
  read.addEventListener('change', () => store.change((list) => updatePaper(list, paper.slug, { read: read.checked })));
  const note = el('textarea', { id: `${id}-note`, rows: '3' });
  note.value = paper.note;
  // Kept as you type: every keystroke is stored, so a reload or a closed tab loses nothing.
  note.addEventListener('input', () => store.change((list) => updatePaper(list, paper.slug, { note: note.value })));
  const tags = el('input', { type: 'text', id: `${id}-tags`, autocomplete: 'off', 'aria-describedby': `${id}-tags-hint` });
  tags.value = paper.tags.join(', ');
  tags.addEventListener('change', () => store.change((list) => updatePaper(list, paper.slug, { tags: textToTags(tags.value) })));
  const remove = el('button', { type: 'button' }, 'Remove');
  remove.addEventListener('click', () => {
    store.change((list) => removePaper(list, paper.slug));
    onRemove();
  });
  return el(
    'li',
    { 'data-slug': paper.slug },
    el(
      'article',
      { 'aria-labelledby': `${id}-title` },
      el('h2', { class: 'paper-title', id: `${id}-title` }, title),
      el('p', { class: 'meta' }, el('span', {}, when), el('span', {}, `saved ${formatDate(paper.savedAt.slice(0, 10))}`)),
      el(
        'div',
        { class: 'fields' },
        el('label', { for: read.id }, read, ' Read'),
        el('label', { for: note.id }, 'Note'),
        note,
        el('label', { for: tags.id }, 'Tags'),
        tags,
        el('small', { id: `${id}-tags-hint`, class: 'muted' }, 'Separated by commas.'),
      ),
      remove,
    ),
  );
}

/** The view the controls choose. */
function viewOf(controls: HTMLElement): ListView {
  const value = (name: string): string => {
    return controls.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? '';
  };
  const order = value('order');
  const tag = value('tag');
  const read = value('read');
  return {
    order: order === 'title' || order === 'date' ? (order satisfies ListOrder) : 'saved',
    tag: tag === '' ? undefined : tag,
    read: read === '' ? undefined : read === 'read',
  };
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

/**
 * The reading list page: the saved papers of this browser, sorted and
 * filtered by the controls, each with its read state, note and tags;
 * exports of what is shown; import of a JSON export; and papers a rebuild
 * removed from the shelf marked as such, never dropped.
 */
export function initReadingListPage(): void {
  const form = document.querySelector<HTMLElement>('[data-list-controls]');
  const listEl = document.querySelector<HTMLOListElement>('[data-saved-list]');
  const summary = document.querySelector<HTMLElement>('[data-list-summary]');
  const io = document.querySelector<HTMLElement>('[data-list-io]');
  const importStatus = document.querySelector<HTMLElement>('[data-import-status]');
  const store = browserStore();
  if (form === null || listEl === null || summary === null || io === null || importStatus === null) return;
  if (store === undefined) {
    summary.textContent = 'This browser does not let the shelf keep a reading list (its storage is blocked).';
    return;
  }
  form.hidden = false;
  io.hidden = false;
  const tagSelect = form.querySelector<HTMLSelectElement>('select[name="tag"]');

  const forYou = initForYou(store, () => {
    render();
  });
  const render = (list: ReadingList = store.read()): void => {
    void forYou(list);
    if (tagSelect !== null) {
      const chosen = tagSelect.value;
      tagSelect.replaceChildren(el('option', { value: '' }, 'All tags'), ...listTags(list).map((t) => el('option', { value: t }, t)));
      tagSelect.value = listTags(list).includes(chosen) ? chosen : '';
    }
    const shown = viewPapers(list, viewOf(form));
    listEl.replaceChildren(
      ...shown.map((paper) =>
        savedItem(paper, store, () => {
          render();
        }),
      ),
    );
    summary.textContent =
      list.papers.length === 0
        ? 'Nothing saved yet. Use "Save" on any paper to keep it here.'
        : shown.length === list.papers.length
          ? `${plural(list.papers.length, 'saved paper')}.`
          : `${String(shown.length)} of ${plural(list.papers.length, 'saved paper')} shown.`;
  };
  form.addEventListener('change', () => {
    render();
  });
  store.watch(render);
  render();

  const root = new URL('../', document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href).href;
  for (const button of io.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    button.addEventListener('click', () => {
      void (async () => {
        const papers = viewPapers(store.read(), viewOf(form));
        const kind = button.dataset['export'];
        const exports = await import('../lib/reading-list/list-to-exports.ts');
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
        render(
          store.change((list) => {
            const { list: merged, ...rest } = mergeLists(list, parsed.list);
            counts = rest;
            return merged;
          }),
        );
        importStatus.textContent = `Imported ${file.name}: ${plural(counts.added, 'paper')} added, ${String(counts.merged)} already here (merged).`;
      }
      input.value = '';
    });
  });

  void markGone(store, render);
}

/** Where the For-you data is served, and the papers it shows. */
const FOR_YOU_URL = withBase(import.meta.env.BASE_URL, '/reading-list/for-you.json');
const FOR_YOU_COUNT = 10;

/**
 * The "For you" section: the unsaved papers closest to the saved ones,
 * each with the terms it shares with them and a Save button. The data is
 * fetched once, when there is a saved paper to start from (the service
 * worker keeps it for offline use).
 */
function initForYou(store: ReadingListStore, onSave: () => void): (list: ReadingList) => Promise<void> {
  const section = document.querySelector<HTMLElement>('[data-for-you]');
  const listEl = section?.querySelector<HTMLOListElement>('[data-for-you-list]');
  let data: Promise<ForYouData | undefined> | undefined;
  return async (list) => {
    if (section === null || listEl === null || listEl === undefined) return;
    if (list.papers.length === 0) {
      section.hidden = true;
      return;
    }
    data ??= fetch(FOR_YOU_URL).then(
      async (response) => (response.ok ? ((await response.json()) as ForYouData) : undefined),
      () => undefined,
    );
    const loaded = await data;
    const suggestions = loaded === undefined ? [] : recommend(loaded, new Set(list.papers.map((p) => p.slug)), FOR_YOU_COUNT);
    listEl.replaceChildren(
      ...suggestions.map((s) => {
        const save = el(
          'button',
          { type: 'button', class: 'save-button', 'aria-pressed': 'false', 'aria-label': `Save to reading list: ${s.title}` },
          'Save',
        );
        save.addEventListener('click', () => {
          store.change((current) => savePaper(current, { slug: s.slug, title: s.title }, new Date().toISOString()));
          onSave();
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

/** Looks each saved paper's page up (online only) and marks those the shelf no longer has, or has again. */
async function markGone(store: ReadingListStore, render: () => void): Promise<void> {
  const queue = [...store.read().papers];
  const changed = new Set<string>();
  const worker = async (): Promise<void> => {
    for (let paper = queue.shift(); paper !== undefined; paper = queue.shift()) {
      const { slug } = paper;
      try {
        const response = await fetch(paperPath(slug), { method: 'HEAD', cache: 'no-store' });
        const gone = response.status === 404 ? true : response.ok ? false : undefined;
        if (gone === undefined || gone === (paper.gone === true)) continue;
        store.change((list) => updatePaper(list, slug, { gone }));
        changed.add(slug);
      } catch {
        // Offline: what the list last knew stands.
      }
    }
  };
  await Promise.all(Array.from({ length: CHECKS_AT_ONCE }, worker));
  if (changed.size > 0) render();
}
