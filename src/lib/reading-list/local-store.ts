import { EMPTY, type ReadingList } from './reading-list.ts';
import { textToReadingList } from './text-to-reading-list.ts';

/** Where the list lives in the browser's storage. */
export const STORAGE_KEY = 'papershelf-reading-list';

/** The reading list kept in a Storage (localStorage in the browser): read, changed and watched. */
export interface ReadingListStore {
  read: () => ReadingList;
  /** Applies a change to the stored list and stores the result. */
  change: (apply: (list: ReadingList) => ReadingList) => ReadingList;
  /** Calls back when another tab changes the list. */
  watch: (callback: (list: ReadingList) => void) => void;
}

/**
 * The store over `storage`. A stored value this shelf cannot read (written
 * by hand, or by a later version) is never overwritten: it is moved to
 * `<key>-unreadable` before the list starts again empty.
 */
export function localStore(storage: Pick<Storage, 'getItem' | 'setItem'>, events?: Pick<Window, 'addEventListener'>): ReadingListStore {
  const read = (): ReadingList => {
    const text = storage.getItem(STORAGE_KEY);
    if (text === null) return EMPTY;
    const parsed = textToReadingList(text);
    if (parsed.ok) return parsed.list;
    storage.setItem(`${STORAGE_KEY}-unreadable`, text);
    storage.setItem(STORAGE_KEY, JSON.stringify(EMPTY));
    return EMPTY;
  };
  return {
    read,
    change: (apply) => {
      const next = apply(read());
      storage.setItem(STORAGE_KEY, JSON.stringify(next));
      return next;
    },
    watch: (callback) => {
      events?.addEventListener('storage', (event) => {
        if (event.key === STORAGE_KEY) callback(read());
      });
    },
  };
}
