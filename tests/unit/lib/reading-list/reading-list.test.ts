import { parse } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { listToJson, papersToBibtex, papersToMarkdown } from '../../../../src/lib/reading-list/list-to-exports.ts';
import { localStore, STORAGE_KEY, type ListStorage } from '../../../../src/lib/reading-list/local-store.ts';
import { listViewToParams, paramsToListView } from '../../../../src/lib/reading-list/list-view-url.ts';
import {
  EMPTY,
  listTags,
  markGone,
  mergeLists,
  noteFirstLine,
  removePaper,
  restorePaper,
  savePaper,
  textToTags,
  updatePaper,
  viewPapers,
  type ReadingList,
} from '../../../../src/lib/reading-list/reading-list.ts';
import { textToReadingList } from '../../../../src/lib/reading-list/text-to-reading-list.ts';

const a = { slug: 'attention-is-all-you-need', title: 'Attention Is All You Need', date: '2017-06-12', year: 2017 };
const b = { slug: 'bert', title: 'BERT: Pre-training of Deep {Bidirectional} Transformers & 100% "more"', year: 2018 };
const c = { slug: 'undated-paper', title: 'Über alles: an undated paper' };

function sample(): ReadingList {
  let list = savePaper(EMPTY, a, '2026-01-01T10:00:00.000Z');
  list = savePaper(list, b, '2026-01-02T10:00:00.000Z');
  list = savePaper(list, c, '2026-01-03T10:00:00.000Z');
  list = updatePaper(list, a.slug, { read: true, note: 'Read §3.\n\nThe 50% part & {braces}.', tags: textToTags('Transformers, to cite') });
  return updatePaper(list, b.slug, { tags: ['transformers'] });
}

/** A fake Storage: what localStorage keeps, in a map; `full` makes setItem throw as a full localStorage does. */
function memoryStorage(): ListStorage & { map: Map<string, string>; full: boolean } {
  const map = new Map<string, string>();
  const storage = {
    map,
    full: false,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (storage.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => {
      map.delete(k);
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
  return storage;
}

describe('the reading list', () => {
  test('saves a paper once, unread and without a note, and removes it', () => {
    const once = savePaper(EMPTY, a, '2026-01-01T00:00:00.000Z');
    expect(savePaper(once, a, '2026-02-01T00:00:00.000Z')).toBe(once);
    expect(once.papers).toEqual([{ ...a, savedAt: '2026-01-01T00:00:00.000Z', read: false, note: '', tags: [] }]);
    expect(removePaper(once, a.slug).papers).toEqual([]);
  });

  test('keeps tags trimmed, lower-case and unique', () => {
    expect(textToTags(' ML, to-read,,  Deep   RL , ml')).toEqual(['ml', 'to-read', 'deep rl']);
    expect(listTags(sample())).toEqual(['to cite', 'transformers']);
  });

  test('sorts by date saved, title or paper date, and filters by tag and read state', () => {
    const list = sample();
    expect(viewPapers(list, { order: 'saved' }).map((p) => p.slug)).toEqual([c.slug, b.slug, a.slug]);
    expect(viewPapers(list, { order: 'title' }).map((p) => p.slug)).toEqual([a.slug, b.slug, c.slug]);
    expect(viewPapers(list, { order: 'date' }).map((p) => p.slug)).toEqual([b.slug, a.slug, c.slug]);
    expect(viewPapers(list, { order: 'saved', tag: 'transformers' }).map((p) => p.slug)).toEqual([b.slug, a.slug]);
    expect(viewPapers(list, { order: 'saved', read: false }).map((p) => p.slug)).toEqual([c.slug, b.slug]);
    expect(viewPapers(list, { order: 'saved', read: true, tag: 'to cite' }).map((p) => p.slug)).toEqual([a.slug]);
  });

  test('marks a paper that left the shelf without dropping it, and unmarks it when it returns', () => {
    const gone = updatePaper(sample(), c.slug, { gone: true });
    expect(gone.papers.find((p) => p.slug === c.slug)).toMatchObject({ title: c.title, gone: true });
    expect(updatePaper(gone, c.slug, { gone: false }).papers.find((p) => p.slug === c.slug)?.gone).toBeUndefined();
  });
});

describe('importing a list', () => {
  test('reads back what it exported', () => {
    const list = updatePaper(sample(), c.slug, { gone: true });
    expect(textToReadingList(listToJson(list))).toEqual({ ok: true, list });
  });

  test('merges without duplicating: notes and tags joined, read if either was, the earlier save kept', () => {
    const mine = sample();
    let theirs = savePaper(EMPTY, a, '2025-12-01T00:00:00.000Z');
    theirs = savePaper(theirs, { slug: 'new-one', title: 'A New One' }, '2026-03-01T00:00:00.000Z');
    theirs = updatePaper(theirs, a.slug, { note: 'Their note.', tags: ['theirs'] });
    const { list, added, merged } = mergeLists(mine, theirs);
    expect({ added, merged }).toEqual({ added: 1, merged: 1 });
    expect(list.papers.map((p) => p.slug)).toEqual([a.slug, b.slug, c.slug, 'new-one']);
    expect(list.papers[0]).toMatchObject({
      read: true,
      note: 'Read §3.\n\nThe 50% part & {braces}.\n\nTheir note.',
      tags: ['transformers', 'to cite', 'theirs'],
      savedAt: '2025-12-01T00:00:00.000Z',
    });
    // Importing the same file twice changes nothing more.
    expect(mergeLists(list, theirs).list).toEqual(list);
  });

  test.each([
    ['not JSON', '{"papers": [', /not JSON/u],
    ['another shape', '{"items": []}', /no "papers" list/u],
    ['another version', '{"version": 2, "papers": []}', /version 2/u],
    ['a paper without a title', '{"version": 1, "papers": [{"slug": "a", "savedAt": "2026-01-01T00:00:00Z"}]}', /Paper 1 .*"title"/u],
    ['a bad slug', '{"version": 1, "papers": [{"slug": "../etc", "title": "x", "savedAt": "2026-01-01T00:00:00Z"}]}', /"slug"/u],
    [
      'tags that are not text',
      '{"version": 1, "papers": [{"slug": "a", "title": "x", "savedAt": "2026-01-01T00:00:00Z", "tags": [1]}]}',
      /"tags"/u,
    ],
  ])('refuses %s with a clear message', (_, text, message) => {
    const parsed = textToReadingList(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  test('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => typeof textToReadingList(text).ok === 'boolean'));
  });
});

describe('exports', () => {
  const root = 'https://shelf.example/papers-demo/';

  test('BibTeX: one @misc per paper with title, year, url and note, read back unchanged by a BibTeX parser', () => {
    const list = sample();
    const library = parse(papersToBibtex(list.papers, root), { sentenceCase: false, caseProtection: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((e) => e.key)).toEqual([a.slug, b.slug, c.slug]);
    const [first, second, third] = library.entries;
    expect(first?.type).toBe('misc');
    expect(first?.fields['note']).toBe('Read §3. The 50% part & {braces}.');
    expect(first?.fields['url']).toBe('https://shelf.example/papers-demo/papers/attention-is-all-you-need/');
    expect(second?.fields['title']).toBe(b.title);
    expect(second?.fields['year']).toBe('2018');
    expect(third?.fields['title']?.normalize('NFC')).toBe(c.title);
    expect(third?.fields['year']).toBeUndefined();
    expect(first?.fields['keywords']).toEqual(['to cite', 'transformers']);
    expect(third?.fields['keywords']).toBeUndefined();
  });

  test('BibTeX keeps tags as keywords, escaped for LaTeX', () => {
    const list = updatePaper(sample(), c.slug, { tags: ['r&d', '50%'] });
    const library = parse(papersToBibtex(list.papers, root), { sentenceCase: false, caseProtection: false });
    expect(library.errors).toEqual([]);
    // The parser reads keywords as they are written (a list, sorted), LaTeX escapes kept.
    expect(library.entries.find((e) => e.key === c.slug)?.fields['keywords']).toEqual(['50\\%', 'r\\&d']);
  });

  test('Markdown: a list of linked titles with state, tags and notes, escaped', () => {
    const markdown = papersToMarkdown(sample().papers, root);
    expect(markdown).toContain('# Reading list');
    expect(markdown).toContain(
      '[Attention Is All You Need](https://shelf.example/papers-demo/papers/attention-is-all-you-need/) (2017-06-12, read, #transformers, #to cite)',
    );
    expect(markdown).toContain('Read §3.');
    expect(markdown).toContain('(2018, unread, #transformers)');
  });
});

describe('the browser store', () => {
  test('keeps the list across reads, as localStorage would across reloads', () => {
    const storage = memoryStorage();
    localStore(storage).change((list) => savePaper(list, a, '2026-01-01T00:00:00.000Z'));
    localStore(storage).change((list) => updatePaper(list, a.slug, { note: 'typed' }));
    expect(localStore(storage).read().papers[0]?.note).toBe('typed');
  });

  test('sets aside a stored value it cannot read instead of losing it', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, '{"not": "a list"}');
    expect(localStore(storage).read()).toEqual(EMPTY);
    expect(storage.map.get(`${STORAGE_KEY}-unreadable`)).toBe('{"not": "a list"}');
    expect(localStore(storage).setAside()).toEqual([{ key: `${STORAGE_KEY}-unreadable`, text: '{"not": "a list"}' }]);
  });

  test('keeps every unreadable value under its own key: a second one never overwrites the first, the same one is kept once', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, 'first broken');
    localStore(storage).read();
    storage.setItem(STORAGE_KEY, 'second broken');
    localStore(storage).read();
    storage.setItem(STORAGE_KEY, 'second broken');
    localStore(storage).read();
    expect(localStore(storage).setAside()).toEqual([
      { key: `${STORAGE_KEY}-unreadable`, text: 'first broken' },
      { key: `${STORAGE_KEY}-unreadable-2`, text: 'second broken' },
    ]);
    localStore(storage).discard(`${STORAGE_KEY}-unreadable`);
    localStore(storage).discard(STORAGE_KEY);
    expect(
      localStore(storage)
        .setAside()
        .map((c) => c.key),
    ).toEqual([`${STORAGE_KEY}-unreadable-2`]);
    expect(storage.map.has(STORAGE_KEY)).toBe(true);
  });

  test('a full storage refuses a change without throwing, keeps the stored list, and the next change that fits is stored', () => {
    const storage = memoryStorage();
    const store = localStore(storage);
    store.change((list) => savePaper(list, a, '2026-01-01T00:00:00.000Z'));
    storage.full = true;
    const refused = store.change((list) => updatePaper(list, a.slug, { note: 'typed while full' }));
    expect(refused).toMatchObject({ saved: false, problem: 'full' });
    expect(refused.list.papers[0]?.note).toBe('');
    expect(localStore(storage).read().papers[0]?.note).toBe('');
    storage.full = false;
    expect(store.change((list) => updatePaper(list, a.slug, { note: 'typed while full!' })).saved).toBe(true);
    expect(localStore(storage).read().papers[0]?.note).toBe('typed while full!');
  });

  test('an unreadable value there is no room to set aside is left where it is, and changes are refused', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, 'broken');
    storage.full = true;
    const store = localStore(storage);
    expect(store.read()).toEqual(EMPTY);
    expect(store.change((list) => savePaper(list, a, '2026-01-01T00:00:00.000Z'))).toMatchObject({ saved: false, problem: 'unreadable' });
    expect(storage.map.get(STORAGE_KEY)).toBe('broken');
  });
});

describe('undo, the shelf check and the row', () => {
  test('Undo puts a removed paper back where it was, with its note, tags and read state, and never twice', () => {
    const list = sample();
    const removed = list.papers[1];
    if (removed === undefined) throw new Error('sample has three papers');
    const after = removePaper(list, removed.slug);
    expect(restorePaper(after, removed, 1)).toEqual(list);
    expect(restorePaper(list, removed, 1)).toBe(list);
    expect(restorePaper(after, removed, 99).papers.at(-1)).toEqual(removed);
  });

  test("marks papers gone or back by the shelf's slugs in one pass, and leaves the list as it was when nothing changed", () => {
    const list = sample();
    const shelf = new Set([a.slug, c.slug]);
    const marked = markGone(list, shelf);
    expect(marked.papers.map((p) => p.gone === true)).toEqual([false, true, false]);
    expect(markGone(marked, shelf)).toBe(marked);
    expect(markGone(marked, new Set([a.slug, b.slug, c.slug])).papers.some((p) => p.gone === true)).toBe(false);
    expect(markGone(list, new Set())).toBe(list);
  });

  test('marks 100,000 saved papers against a 50,000-paper shelf with one lookup a paper, never a scan of the shelf', () => {
    const papers = Array.from({ length: 100_000 }, (_, i) => ({
      slug: `paper-${String(i)}`,
      title: `Paper ${String(i)}`,
      savedAt: '2026-01-01T00:00:00.000Z',
      read: false,
      note: '',
      tags: [],
    }));
    const slugs = new Set(Array.from({ length: 50_000 }, (_, i) => `paper-${String(i * 2)}`));
    let lookups = 0;
    /** The shelf, counting its lookups, refusing to be walked. */
    class CountingShelf extends Set<string> {
      override has(slug: string): boolean {
        lookups += 1;
        return super.has(slug);
      }
      override forEach(): never {
        throw new Error('markGone walked the whole shelf');
      }
      override values(): never {
        throw new Error('markGone walked the whole shelf');
      }
    }
    const shelf = new CountingShelf(slugs);
    const marked = markGone({ version: 1, papers }, shelf);
    expect(lookups).toBe(100_000);
    expect(marked.papers.filter((p) => p.gone === true)).toHaveLength(50_000);
  });

  test.each([
    ['', ''],
    ['One line', 'One line'],
    ['\n  \n  First with text  \nsecond', 'First with text'],
  ])('the row shows the first line of the note %j with text: %j', (note, line) => {
    expect(noteFirstLine(note)).toBe(line);
  });
});

describe('the view in the address', () => {
  test.each([
    ['', '', { order: 'saved', tag: undefined, read: undefined }],
    ['order=title&tag=to+cite&read=unread', 'order=title&tag=to+cite&read=unread', { order: 'title', tag: 'to cite', read: false }],
    ['read=read&order=date', 'order=date&read=read', { order: 'date', tag: undefined, read: true }],
    ['order=bogus&read=maybe&tag=', '', { order: 'saved', tag: undefined, read: undefined }],
    ['tag=%20Deep%20%20RL%20', 'tag=deep+rl', { order: 'saved', tag: 'deep rl', read: undefined }],
  ])('reads ?%s as the view it names, and writes that view as ?%s', (search, written, view) => {
    expect(paramsToListView(new URLSearchParams(search))).toEqual(view);
    expect(listViewToParams(paramsToListView(new URLSearchParams(search))).toString()).toBe(written);
  });
});
