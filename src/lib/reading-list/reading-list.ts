/**
 * The reading list: the papers a reader saved, with their own read state,
 * note and tags. Pure functions over a plain value, so the browser module
 * that stores it (local-store.ts) stays small and everything here is
 * tested without a browser.
 */

/** A saved paper. Its title and date are kept so it stays readable if it leaves the shelf. */
export interface SavedPaper {
  slug: string;
  title: string;
  /** The paper's date (YYYY-MM-DD) or year, when known. */
  date?: string | undefined;
  year?: number | undefined;
  /** When it was saved, as an ISO timestamp. */
  savedAt: string;
  read: boolean;
  note: string;
  tags: string[];
  /** Set when a rebuilt shelf no longer has the paper: it stays on the list, marked. */
  gone?: boolean | undefined;
}

/** The stored list; `version` lets a later format read this one. */
export interface ReadingList {
  version: 1;
  papers: SavedPaper[];
}

export const EMPTY: ReadingList = { version: 1, papers: [] };

/** The list with the paper saved (unread, no note) unless it already is. */
export function savePaper(list: ReadingList, paper: Pick<SavedPaper, 'slug' | 'title' | 'date' | 'year'>, now: string): ReadingList {
  if (list.papers.some((p) => p.slug === paper.slug)) return list;
  const saved: SavedPaper = { slug: paper.slug, title: paper.title, savedAt: now, read: false, note: '', tags: [] };
  if (paper.date !== undefined) saved.date = paper.date;
  if (paper.year !== undefined) saved.year = paper.year;
  return { ...list, papers: [...list.papers, saved] };
}

/** The list without the paper. */
export function removePaper(list: ReadingList, slug: string): ReadingList {
  return { ...list, papers: list.papers.filter((p) => p.slug !== slug) };
}

/**
 * The list with a removed paper put back as it was (read state, note, tags
 * and save date) at `index`, where it stood before: Undo after Remove. A
 * paper saved again meanwhile is not doubled.
 */
export function restorePaper(list: ReadingList, paper: SavedPaper, index: number): ReadingList {
  if (list.papers.some((p) => p.slug === paper.slug)) return list;
  const papers = [...list.papers];
  papers.splice(Math.max(0, Math.min(index, papers.length)), 0, paper);
  return { ...list, papers };
}

/**
 * The list with every paper marked gone or not by whether the shelf's slugs
 * hold it, in one pass (a Set lookup a paper), or the same list when
 * nothing changed. An empty shelf says nothing (its slug list was not
 * loaded) and changes nothing.
 */
export function markGone(list: ReadingList, shelf: ReadonlySet<string>): ReadingList {
  if (shelf.size === 0) return list;
  const papers = list.papers.map((p) => {
    const gone = !shelf.has(p.slug);
    if (gone === (p.gone === true)) return p;
    const next = { ...p };
    if (gone) next.gone = true;
    else delete next.gone;
    return next;
  });
  return papers.some((p, i) => p !== list.papers[i]) ? { ...list, papers } : list;
}

/** A note's first line that has text, trimmed: what a compact row shows of it. */
export function noteFirstLine(note: string): string {
  for (const line of note.split('\n')) if (line.trim() !== '') return line.trim();
  return '';
}

/** The list with one saved paper's read state, note, tags or shelf state changed. */
export function updatePaper(
  list: ReadingList,
  slug: string,
  change: Partial<Pick<SavedPaper, 'read' | 'note' | 'tags' | 'gone'>>,
): ReadingList {
  return {
    ...list,
    papers: list.papers.map((p) => {
      if (p.slug !== slug) return p;
      const next = { ...p, ...change };
      if (change.tags !== undefined) next.tags = normaliseTags(change.tags);
      if (next.gone !== true) delete next.gone;
      return next;
    }),
  };
}

/** Tags as a reader types them ("ml, to-read,,  RL "): trimmed, lower-cased, no empties or repeats, in order. */
export function textToTags(text: string): string[] {
  return normaliseTags(text.split(','));
}

function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().replace(/\s+/gu, ' ').toLowerCase()).filter((t) => t !== ''))];
}

/**
 * Another list merged into this one, never duplicating a paper: papers new
 * here are added; for a paper on both, it is read if either says so, the
 * notes are both kept (a note already held is not repeated), the tags joined, and the earlier save
 * date kept. The result does not depend on which list was loaded first
 * except for order: this list's papers, then the new ones.
 */
export function mergeLists(list: ReadingList, other: ReadingList): { list: ReadingList; added: number; merged: number } {
  const incoming = new Map(other.papers.map((p) => [p.slug, p]));
  let merged = 0;
  const papers = list.papers.map((mine) => {
    const theirs = incoming.get(mine.slug);
    if (theirs === undefined) return mine;
    incoming.delete(mine.slug);
    merged++;
    // Their note is added unless this one already holds it (as after importing the same file twice).
    const theirNote = theirs.note.trim();
    const notes = [mine.note.trim(), mine.note.includes(theirNote) ? '' : theirNote].filter((n) => n !== '');
    const joined: SavedPaper = {
      ...mine,
      read: mine.read || theirs.read,
      note: notes.join('\n\n'),
      tags: normaliseTags([...mine.tags, ...theirs.tags]),
      savedAt: theirs.savedAt < mine.savedAt ? theirs.savedAt : mine.savedAt,
    };
    return joined;
  });
  return { list: { version: 1, papers: [...papers, ...incoming.values()] }, added: incoming.size, merged };
}

/** The orders the list page offers. */
export type ListOrder = 'saved' | 'title' | 'date';

/** What the list page shows: one tag and one read state, or all. */
export interface ListView {
  order: ListOrder;
  tag?: string | undefined;
  read?: boolean | undefined;
}

/** The papers a view shows, in its order: newest saved first, A–Z, or newest paper first (undated last). */
export function viewPapers(list: ReadingList, view: ListView): SavedPaper[] {
  const shown = list.papers.filter(
    (p) => (view.tag === undefined || p.tags.includes(view.tag)) && (view.read === undefined || p.read === view.read),
  );
  const when = (p: SavedPaper): string => p.date ?? (p.year === undefined ? '' : String(p.year));
  const compare: Record<ListOrder, (a: SavedPaper, b: SavedPaper) => number> = {
    saved: (a, b) => (a.savedAt === b.savedAt ? 0 : a.savedAt < b.savedAt ? 1 : -1),
    title: (a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }),
    date: (a, b) => (when(a) === when(b) ? 0 : when(a) < when(b) ? 1 : -1),
  };
  return shown.sort((a, b) => compare[view.order](a, b) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Every tag on the list, A–Z. */
export function listTags(list: ReadingList): string[] {
  return [...new Set(list.papers.flatMap((p) => p.tags))].sort();
}
