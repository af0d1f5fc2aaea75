import type { ReadingList } from '../../lib/reading-list/reading-list.ts';
import { browserStore } from './save-buttons.ts';

/**
 * Fills the paper page's "Your note" box with the note the reader wrote on
 * their reading list (as text, its line breaks kept), and keeps it in step
 * with other tabs. The box stays hidden without a note, script or storage.
 */
export function initYourNote(): void {
  const box = document.querySelector<HTMLElement>('[data-your-note]');
  const text = box?.querySelector<HTMLElement>('[data-your-note-text]');
  if (box === null || text === null || text === undefined) return;
  const store = browserStore();
  if (store === undefined) return;
  const slug = box.dataset['yourNote'] ?? '';
  const show = (list: ReadingList): void => {
    const note = list.papers.find((p) => p.slug === slug)?.note.trim() ?? '';
    text.textContent = note;
    box.hidden = note === '';
  };
  show(store.read());
  store.watch(show);
}
