import { EMPTY, type ReadingList } from './reading-list.ts';
import { textToReadingList } from './text-to-reading-list.ts';

/** Where the list lives in the browser's storage. */
export const STORAGE_KEY = 'papershelf-reading-list';

/** Where an unreadable stored list is set aside: this key, then `-2`, `-3`… so no copy overwrites another. */
export const SET_ASIDE_KEY = `${STORAGE_KEY}-unreadable`;

/** The storage calls the store makes: localStorage's, or a test's map. */
export type ListStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Why a change was not stored: the storage is full, or holds an unreadable list there was no room to set aside. */
export type StoreProblem = 'full' | 'unreadable' | 'failed';

/** A change stored (`list` is the new list), or not (`list` is the stored one, unchanged). */
export type ChangeResult = { saved: true; list: ReadingList } | { saved: false; list: ReadingList; problem: StoreProblem };

/** An unreadable list set aside: its key and what it held. */
export interface SetAside {
  key: string;
  text: string;
}

/** The reading list kept in a Storage (localStorage in the browser): read, changed and watched. */
export interface ReadingListStore {
  read: () => ReadingList;
  /** Applies a change to the stored list and stores the result, or says why it could not (never throws for a full storage). */
  change: (apply: (list: ReadingList) => ReadingList) => ChangeResult;
  /** Calls back when another tab changes the list. */
  watch: (callback: (list: ReadingList) => void) => void;
  /** Every unreadable list set aside in this storage, oldest first. */
  setAside: () => SetAside[];
  /** Deletes one set-aside copy (the reader's choice, after downloading it). */
  discard: (key: string) => void;
}

/**
 * The store over `storage`. A stored value this shelf cannot read (written
 * by hand, cut short, or by a later version) is never overwritten: it is
 * copied to a key of its own (`…-unreadable`, `…-unreadable-2`…, the same
 * text only once) before the list starts again empty; when there is no
 * room for the copy, the value stays where it is and changes are refused.
 * A full storage makes `change` report `full` rather than throw, so the
 * page can say so and keep what the reader typed.
 */
export function localStore(storage: ListStorage, events?: Pick<Window, 'addEventListener'>): ReadingListStore {
  // The last text read and its list: typing a note reads the list at every keystroke, and a long list parses slowly.
  let cache: { text: string; list: ReadingList } | undefined;
  const load = (): { list: ReadingList; writable: boolean } => {
    const text = storage.getItem(STORAGE_KEY);
    if (text === null) return { list: EMPTY, writable: true };
    if (cache?.text === text) return { list: cache.list, writable: true };
    const parsed = textToReadingList(text);
    if (parsed.ok) {
      cache = { text, list: parsed.list };
      return { list: parsed.list, writable: true };
    }
    if (!keepCopy(storage, text)) return { list: EMPTY, writable: false };
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(EMPTY));
    } catch {
      // The copy is kept; the unreadable value is replaced by the next change that fits.
    }
    return { list: EMPTY, writable: true };
  };
  return {
    read: () => load().list,
    change: (apply) => {
      const { list, writable } = load();
      if (!writable) return { saved: false, list, problem: 'unreadable' };
      const next = apply(list);
      if (next === list) return { saved: true, list };
      const text = JSON.stringify(next);
      try {
        storage.setItem(STORAGE_KEY, text);
      } catch (error) {
        return { saved: false, list, problem: isQuotaError(error) ? 'full' : 'failed' };
      }
      cache = { text, list: next };
      return { saved: true, list: next };
    },
    watch: (callback) => {
      events?.addEventListener('storage', (event) => {
        if (event.key === STORAGE_KEY) callback(load().list);
      });
    },
    setAside: () =>
      setAsideKeys(storage).flatMap((key) => {
        const text = storage.getItem(key);
        return text === null ? [] : [{ key, text }];
      }),
    discard: (key) => {
      if (key.startsWith(SET_ASIDE_KEY)) storage.removeItem(key);
    },
  };
}

/** What a reader is told when a change was not stored, and that what they typed is kept on the page. */
export function problemToMessage(problem: StoreProblem): string {
  if (problem === 'full')
    return "Not saved: this browser's storage is full. What you typed stays here and is saved with your next change once there is room (export the list, or clear other sites' data).";
  if (problem === 'unreadable')
    return 'Not saved: the reading list stored in this browser cannot be read, and there is no room to set a copy of it aside, so it was left untouched. Free some space, then reload.';
  return 'Not saved: this browser refused to store the reading list. What you changed stays on this page until you leave it.';
}

/** Whether an error is the storage's "quota exceeded" (named differently by some browsers). */
function isQuotaError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/iu.test(error.message))
  );
}

/** The set-aside keys in use, in the order they were taken. */
function setAsideKeys(storage: ListStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    const rest = key?.startsWith(SET_ASIDE_KEY) === true ? key.slice(SET_ASIDE_KEY.length) : undefined;
    if (key !== null && rest !== undefined && (rest === '' || /^-\d+$/u.test(rest))) keys.push(key);
  }
  const rank = (key: string): number => (key === SET_ASIDE_KEY ? 1 : Number(key.slice(SET_ASIDE_KEY.length + 1)));
  return keys.sort((a, b) => rank(a) - rank(b));
}

/** Copies an unreadable value to the first free set-aside key (unless a copy already holds it); false when there is no room. */
function keepCopy(storage: ListStorage, text: string): boolean {
  const keys = setAsideKeys(storage);
  if (keys.some((key) => storage.getItem(key) === text)) return true;
  const taken = new Set(keys);
  let n = 1;
  while (taken.has(n === 1 ? SET_ASIDE_KEY : `${SET_ASIDE_KEY}-${String(n)}`)) n++;
  try {
    storage.setItem(n === 1 ? SET_ASIDE_KEY : `${SET_ASIDE_KEY}-${String(n)}`, text);
    return true;
  } catch {
    return false;
  }
}
