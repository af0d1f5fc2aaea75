import { noteFirstLine, textToTags, type SavedPaper } from '../../lib/reading-list/reading-list.ts';
import { formatDate } from '../../lib/site/format.ts';
import { withBase } from '../../lib/site/with-base.ts';

/** An element with text content and attributes (never HTML: titles and notes are the reader's or the dumps' text). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A saved paper's page under the site's base path. */
export const paperPath = (slug: string): string => withBase(import.meta.env.BASE_URL, `/papers/${slug}/`);

/** The id of a saved paper's row: `/reading-list/#saved-<slug>` opens its note. */
export const rowId = (slug: string): string => `saved-${slug}`;

/** What a row asks of the page: store a change (true when stored), and remove the paper. */
export interface RowActions {
  change: (slug: string, change: Partial<Pick<SavedPaper, 'read' | 'note' | 'tags'>>) => boolean;
  remove: (paper: SavedPaper) => void;
  /** The tags changed: the tag filter offers the new ones. */
  tagsChanged: () => void;
}

/**
 * One saved paper as a compact row: its title (a link, or the kept title
 * marked "no longer on the shelf"), its date, tags and the first line of
 * its note, a Read checkbox (a read paper's row says "Read" and is dimmed),
 * "Note and tags" that opens the editors below it (built when first
 * opened: a list of 10,000 papers makes no text boxes), and Remove.
 * `note` is what the reader typed and could not be stored yet, kept over
 * the stored note.
 */
export function savedRow(paper: SavedPaper, actions: RowActions, note = paper.note): HTMLLIElement {
  const id = rowId(paper.slug);
  const title =
    paper.gone === true
      ? el('span', {}, paper.title, ' ', el('span', { class: 'badge' }, 'no longer on the shelf'))
      : el('a', { href: paperPath(paper.slug) }, paper.title);
  const when = paper.date === undefined ? (paper.year === undefined ? 'date unknown' : String(paper.year)) : formatDate(paper.date);
  const tagsShown = el('span', { class: 'saved-tags' });
  const showTags = (tags: readonly string[]): void => {
    tagsShown.textContent = tags.map((t) => `#${t}`).join(' ');
    tagsShown.hidden = tags.length === 0;
  };
  showTags(paper.tags);
  const readBadge = el('span', { class: 'badge badge-read' }, 'Read');
  const preview = el('p', { class: 'note-preview' });
  const showPreview = (text: string): void => {
    const line = noteFirstLine(text);
    preview.replaceChildren(el('span', { class: 'visually-hidden' }, 'Note: '), line);
    preview.hidden = line === '';
  };
  showPreview(note);

  const item = el('li', { id, 'data-slug': paper.slug, class: 'saved-item' });
  const showRead = (read: boolean): void => {
    item.classList.toggle('is-read', read);
    readBadge.hidden = !read;
  };
  showRead(paper.read);
  const read = el('input', { type: 'checkbox', id: `${id}-read` });
  read.checked = paper.read;
  read.addEventListener('change', () => {
    if (actions.change(paper.slug, { read: read.checked })) showRead(read.checked);
    else read.checked = !read.checked;
  });

  const panelId = `${id}-edit`;
  const toggle = el(
    'button',
    { type: 'button', class: 'edit-toggle', 'aria-expanded': 'false', 'aria-controls': panelId },
    'Note and tags',
    el('span', { class: 'visually-hidden' }, `: ${paper.title}`),
  );
  const panel = el('div', { id: panelId, class: 'fields', hidden: '' });
  let built = false;
  const build = (): void => {
    if (built) return;
    built = true;
    const noteBox = el('textarea', { id: `${id}-note`, rows: '3', 'aria-describedby': `${id}-note-state` });
    noteBox.value = note;
    const noteState = el('small', { id: `${id}-note-state`, class: 'note-state' }, note === paper.note ? '' : 'Not saved yet.');
    // Kept as you type: every keystroke is stored, so a reload or a closed tab loses nothing. When the
    // storage refuses, the text stays in the box and the next keystroke tries again.
    noteBox.addEventListener('input', () => {
      const saved = actions.change(paper.slug, { note: noteBox.value });
      noteState.textContent = saved ? '' : 'Not saved yet.';
      showPreview(noteBox.value);
    });
    const tags = el('input', { type: 'text', id: `${id}-tags`, autocomplete: 'off', 'aria-describedby': `${id}-tags-hint` });
    tags.value = paper.tags.join(', ');
    tags.addEventListener('change', () => {
      const next = textToTags(tags.value);
      if (!actions.change(paper.slug, { tags: next })) return;
      showTags(next);
      actions.tagsChanged();
    });
    panel.append(
      el('label', { for: noteBox.id }, 'Note'),
      noteBox,
      noteState,
      el('label', { for: tags.id }, 'Tags'),
      tags,
      el('small', { id: `${id}-tags-hint`, class: 'muted' }, 'Separated by commas.'),
    );
  };
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    if (open) build();
    toggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  });

  const remove = el('button', { type: 'button', class: 'remove' }, 'Remove', el('span', { class: 'visually-hidden' }, `: ${paper.title}`));
  remove.addEventListener('click', () => {
    actions.remove(paper);
  });
  item.append(
    el(
      'article',
      { 'aria-labelledby': `${id}-title` },
      el('h2', { class: 'paper-title', id: `${id}-title` }, title),
      el(
        'p',
        { class: 'meta' },
        // The badge comes last, so the separators fall between the others, and is shown first.
        el('span', {}, when),
        el('span', {}, `saved ${formatDate(paper.savedAt.slice(0, 10))}`),
        tagsShown,
        readBadge,
      ),
      preview,
      el('div', { class: 'row-actions' }, el('label', { for: read.id, class: 'read-toggle' }, read, ' Read'), toggle, remove),
      panel,
    ),
  );
  return item;
}

/** Opens a row's note and tags (as its "Note and tags" button does) and puts the cursor in the note. */
export function openNote(item: HTMLElement): void {
  const toggle = item.querySelector<HTMLButtonElement>('.edit-toggle');
  if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
  item.querySelector('textarea')?.focus();
}
