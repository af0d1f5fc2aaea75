import {
  FILTER_GROUPS,
  SORTS,
  isActiveSearch,
  oldestFirst,
  paramsToSearchState,
  searchStateToPagefindFilters,
  searchStateToParams,
  type FilterKey,
  type SearchState,
} from '../../lib/search/search-state.ts';
import { normaliseQuery } from '../../lib/search/normalise-query.ts';
import { mergeAnyWord, queryToWords } from '../../lib/search/any-word.ts';
import { queryToFindLinks } from '../../lib/site/title-to-find-links.ts';
import { findLinkItem } from '../site/find-links.ts';
import { forgivingSearch, type ForgivingSearch } from './forgiving-search.ts';
import { loadPagefind, type Pagefind, type PagefindResult, type PagefindSearch } from './pagefind.ts';
import { initSaveButtons } from '../reading-list/save-buttons.ts';
import { renderResult } from './render-result.ts';

/** Results shown at first and at each "Show more": each costs its record's download. */
const PAGE = 10;

/**
 * The full search page: the query, filters and order live in the URL (so a
 * search can be shared, and back and forward restore it); filter panes show
 * how many papers each value would give; a filter alone browses without a
 * query.
 */
export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const sort = form?.querySelector<HTMLSelectElement>('select[name="sort"]');
  const list = document.querySelector<HTMLOListElement>('[data-search-list]');
  const summary = document.querySelector<HTMLElement>('[data-search-summary]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const clear = document.querySelector<HTMLButtonElement>('[data-clear-filters]');
  const didYouMean = document.querySelector<HTMLElement>('main [data-did-you-mean]');
  const details = document.querySelector<HTMLDetailsElement>('[data-filters-details]');
  const applied = document.querySelector<HTMLElement>('[data-applied-filters]');
  const empty = document.querySelector<HTMLElement>('[data-no-results]');
  if (!form || !input || !sort || !list || !summary || !more || !clear || !didYouMean || !details || !applied || !empty) return;

  let state = paramsToSearchState(new URLSearchParams(location.search));
  let results: PagefindResult[] = [];
  let shown = 0;
  let ticket = 0;

  const commit = (next: SearchState, mode: 'push' | 'replace'): void => {
    state = next;
    const query = searchStateToParams(state).toString();
    const url = `${location.pathname}${query === '' ? '' : `?${query}`}`;
    if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void run();
  };

  /** Renders the next page of results; a newer search in the meantime wins. */
  const showMore = async (mine = ticket): Promise<void> => {
    more.disabled = true;
    const batch = results.slice(shown, shown + PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== ticket) return;
    const items = data.map((d) => renderResult(d, { excerpt: state.q !== '', save: true }));
    if (shown === 0) list.replaceChildren(...items);
    else list.append(...items);
    initSaveButtons();
    shown += batch.length;
    more.hidden = shown >= results.length;
    more.disabled = false;
  };

  const run = async (): Promise<void> => {
    const mine = ++ticket;
    // While the reader types, the box is theirs: never rewrite it under the cursor.
    if (document.activeElement !== input) input.value = state.q;
    sort.value = state.sort;
    clear.hidden = !FILTER_GROUPS.some(({ key }) => state.filters[key].length > 0);
    renderApplied(applied, state, (key, value) => {
      commit({ ...state, filters: { ...state.filters, [key]: state.filters[key].filter((v) => v !== value) } }, 'push');
    });
    document.title = state.q === '' ? 'Search · Papershelf' : `${state.q} · Search · Papershelf`;
    const active = isActiveSearch(state);
    list.setAttribute('aria-busy', 'true');
    if (active && results.length === 0) summary.textContent = 'Searching…';
    const pagefind = await loadPagefind();
    // The filters' index (every value of every group, 71 KB at 10,000 papers)
    // is loaded when the filter pane is open, or oldest first needs the year
    // counts. Loading it first also makes Pagefind count the filters in each
    // search (it only counts filters whose index chunks are loaded).
    const all = details.open || state.sort === 'oldest' ? await pagefind.filters() : undefined;
    const pagefindSort = SORTS.find((s) => s.key === state.sort)?.pagefind;
    const options = { filters: searchStateToPagefindFilters(state), ...(pagefindSort === undefined ? {} : { sort: pagefindSort }) };
    const found: ForgivingSearch | null =
      state.q === ''
        ? await pagefind.search(null, options).then((search) => (search === null ? null : { search, results: search.results, query: '' }))
        : await forgivingSearch(pagefind, state.q, options, state.verbatim === true);
    if (mine !== ticket || found === null) return;
    const { search } = found;
    // Counts follow the query whose results are shown (a correction, when it stands in for the reader's).
    if (all !== undefined && details.open) {
      const counts = active ? await facetCounts(pagefind, { ...state, q: found.query }, search) : all;
      if (mine !== ticket) return;
      renderFilters(state, all, counts, (key, values) => {
        commit({ ...state, filters: { ...state.filters, [key]: values } }, 'push');
      });
    }
    // Each dated paper has one year: the year counts of the results add up to the dated ones.
    const dated = Object.entries(search.filters['year'] ?? {}).reduce((n, [year, c]) => (year === UNDATED ? n : n + c), 0);
    results = !active ? [] : state.sort === 'oldest' ? oldestFirst(found.results, dated) : found.results;
    renderCorrection(didYouMean, state, found.correction, (next) => {
      commit(next, 'push');
    });
    shown = 0;
    await showMore(mine);
    if (mine !== ticket) return;
    list.setAttribute('aria-busy', 'false');
    const n = results.length;
    summary.textContent = !active
      ? 'Type to search, or pick a filter to browse.'
      : `${n === 0 ? 'No papers' : n === 1 ? '1 paper' : `${n} papers`}${state.q === '' ? '' : ` for “${shownQuery(state.q, found)}”`}${describeFilters(state)}.`;
    if (n === 0 && active) await renderNoResults(empty, pagefind, state, options, () => mine !== ticket);
    else empty.hidden = true;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit({ ...state, q: input.value.trim() }, 'push');
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      commit({ ...state, q: input.value.trim() }, 'replace');
    }, 200);
  });
  sort.addEventListener('change', () => {
    commit({ ...state, sort: paramsToSearchState(new URLSearchParams({ sort: sort.value })).sort }, 'push');
  });
  clear.addEventListener('click', () => {
    commit({ ...state, filters: { topic: [], year: [], collection: [] } }, 'push');
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    state = paramsToSearchState(new URLSearchParams(location.search));
    void run();
  });
  // The filters start folded, so results come first and their index is
  // fetched only for a reader who opens them, unless the URL chose some.
  details.open = FILTER_GROUPS.some(({ key }) => state.filters[key].length > 0);
  details.addEventListener('toggle', () => {
    if (details.open) void run();
  });
  void run();
  if (state.q === '') input.focus();
}

/** The query the summary names: the correction when its results stand in for the reader's, saying so. */
function shownQuery(q: string, found: ForgivingSearch): string {
  return found.correction?.shown === true ? `${found.correction.query}” instead of “${q}` : q;
}

/**
 * The line under the summary: "Showing results for X; search instead for
 * Y" when a correction's results stand in for the reader's (theirs found
 * nothing), "Did you mean X?" when it only finds more. Both are links that
 * run that search (the reader's own with verbatim, never corrected again).
 */
function renderCorrection(
  line: HTMLElement,
  state: SearchState,
  correction: { query: string; shown: boolean } | undefined,
  go: (next: SearchState) => void,
): void {
  line.hidden = correction === undefined;
  if (correction === undefined) {
    line.replaceChildren();
    return;
  }
  const link = (text: string, next: SearchState): HTMLAnchorElement => {
    const a = document.createElement('a');
    a.href = `?${searchStateToParams(next).toString()}`;
    a.textContent = text;
    a.addEventListener('click', (event) => {
      event.preventDefault();
      go(next);
    });
    return a;
  };
  const corrected = { ...state, q: correction.query, verbatim: false };
  if (correction.shown) {
    const strong = document.createElement('strong');
    strong.textContent = correction.query;
    line.replaceChildren('Showing results for ', strong, '; search instead for ', link(state.q, { ...state, verbatim: true }), '.');
  } else {
    line.replaceChildren('Did you mean ', link(correction.query, corrected), '?');
  }
}

/**
 * How many papers each filter value would give: within a group the chosen
 * values are alternatives, so a group's counts come from the search with
 * every other group's filters applied but not its own.
 */
async function facetCounts(
  pagefind: Pagefind,
  state: SearchState,
  search: PagefindSearch,
): Promise<Record<string, Record<string, number>>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const { key } of FILTER_GROUPS) {
    if (state.filters[key].length === 0) {
      counts[key] = search.filters[key] ?? {};
      continue;
    }
    const others = searchStateToPagefindFilters({ ...state, filters: { ...state.filters, [key]: [] } });
    const without = await pagefind.search(state.q === '' ? null : normaliseQuery(state.q), { filters: others });
    counts[key] = without?.filters[key] ?? {};
  }
  return counts;
}

function describeFilters(state: SearchState): string {
  const parts = FILTER_GROUPS.filter(({ key }) => state.filters[key].length > 0).map(
    ({ key, label }) => `${label.toLowerCase()} ${state.filters[key].join(' or ')}`,
  );
  return parts.length === 0 ? '' : ` in ${parts.join(', ')}`;
}

/** Redraws each filter pane: every value with the count of papers it would give, chosen ones checked. */
function renderFilters(
  state: SearchState,
  all: Record<string, Record<string, number>>,
  counts: Record<string, Record<string, number>>,
  onChange: (key: FilterKey, values: string[]) => void,
): void {
  // Keep keyboard focus on the checkbox the reader just used.
  const focused =
    document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'checkbox' ? document.activeElement : undefined;
  const refocus = focused === undefined ? undefined : { name: focused.name, value: focused.value };
  for (const { key } of FILTER_GROUPS) {
    const fieldset = document.querySelector<HTMLFieldSetElement>(`[data-filter-group="${key}"]`);
    const legend = fieldset?.querySelector('legend');
    if (!fieldset || !legend) continue;
    const values = counts[key] ?? {};
    // Only values that give papers in this search (and the chosen ones): a pane of zeros says nothing.
    const names = Object.keys(all[key] ?? {})
      .filter((name) => (values[name] ?? 0) > 0 || state.filters[key].includes(name))
      .sort((a, b) => (key === 'year' ? compareYears(a, b) : a.localeCompare(b, 'en', { sensitivity: 'base' })));
    const labels = names.map((name) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = name;
      box.checked = state.filters[key].includes(name);
      box.addEventListener('change', () => {
        const chosen = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value);
        onChange(key, chosen);
      });
      const text = document.createElement('span');
      text.textContent = name;
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = String(values[name] ?? 0);
      count.dataset['filterCount'] = '';
      label.append(box, text, count);
      if ((values[name] ?? 0) === 0 && !box.checked) label.classList.add('empty');
      return label;
    });
    const none = document.createElement('p');
    none.className = 'muted';
    none.textContent = 'None in these results.';
    fieldset.replaceChildren(legend, ...(labels.length > 0 ? labels : [none]));
  }
  if (refocus !== undefined) {
    for (const box of document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${refocus.name}"]`)) {
      if (box.value === refocus.value) box.focus();
    }
  }
}

/** Years newest first, then papers without a date. */
function compareYears(a: string, b: string): number {
  return (a === UNDATED ? 1 : 0) - (b === UNDATED ? 1 : 0) || b.localeCompare(a);
}

/** The year filter's value for papers without a date (see PaperMeta.astro). */
const UNDATED = 'Undated';

/** The chosen filters above the results, each a button that removes it. */
function renderApplied(section: HTMLElement, state: SearchState, remove: (key: FilterKey, value: string) => void): void {
  const list = section.querySelector('ul');
  if (!list) return;
  const items = FILTER_GROUPS.flatMap(({ key, label }) =>
    state.filters[key].map((value) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'chip';
      button.setAttribute('aria-label', `Remove filter ${label.toLowerCase()}: ${value}`);
      button.append(`${label}: ${value}`);
      const cross = document.createElement('span');
      cross.setAttribute('aria-hidden', 'true');
      cross.textContent = ' ×';
      button.append(cross);
      button.addEventListener('click', () => {
        remove(key, value);
      });
      const item = document.createElement('li');
      item.append(button);
      return item;
    }),
  );
  list.replaceChildren(...items);
  section.hidden = items.length === 0;
}

/**
 * What a search that found nothing offers instead: papers holding some of
 * its words, topics whose names share a word with it, and the same search
 * on the sites researchers look papers up on.
 */
async function renderNoResults(
  panel: HTMLElement,
  pagefind: Pagefind,
  state: SearchState,
  options: { filters: Record<string, { any: string[] }> },
  stale: () => boolean,
): Promise<void> {
  const anyWord = panel.querySelector<HTMLElement>('[data-any-word]');
  const topics = panel.querySelector<HTMLElement>('[data-topic-suggestions]');
  const elsewhere = panel.querySelector<HTMLElement>('[data-elsewhere]');
  const anyList = anyWord?.querySelector('ol');
  const topicList = topics?.querySelector('ul');
  const linkList = elsewhere?.querySelector('ul');
  if (!anyWord || !topics || !elsewhere || !anyList || !topicList || !linkList) return;
  const words = queryToWords(normaliseQuery(state.q));
  const perWord = await Promise.all(words.map(async (w) => (await pagefind.search(w, options))?.results ?? []));
  const merged = mergeAnyWord(perWord, words).slice(0, 10);
  // Pagefind can answer a word it does not hold with loose matches (a lone "z" for "zebrafish"): keep the results
  // whose excerpt marks one of the words (its first three letters at least).
  const data = (await Promise.all(merged.map(async (m) => m.result.data()))).filter((d) => marksAWord(d.excerpt, words)).slice(0, 5);
  const all = state.q === '' ? {} : ((await pagefind.filters())['topic'] ?? {});
  if (stale()) return;
  anyList.replaceChildren(...data.map((d) => renderResult(d, { excerpt: true, save: true })));
  anyWord.hidden = data.length === 0;
  initSaveButtons();
  // A topic shares a word with the query when one starts with the other's first letters ("graphs" and "Graph neural networks").
  const stems = [...new Set(state.q.toLowerCase().split(/[^\p{L}\p{N}]+/u))]
    .filter((w) => w.length >= 3)
    .slice(0, 6)
    .map((w) => w.slice(0, Math.max(3, w.length - 2)));
  const names = Object.keys(all).filter((name) =>
    stems.some((stem) =>
      name
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .some((w) => w.startsWith(stem)),
    ),
  );
  topicList.replaceChildren(
    ...names.slice(0, 8).map((name) => {
      const link = document.createElement('a');
      link.href = `?${searchStateToParams({ q: '', filters: { topic: [name], year: [], collection: [] }, sort: 'relevance' }).toString()}`;
      link.textContent = name;
      const item = document.createElement('li');
      item.append(link);
      return item;
    }),
  );
  topics.hidden = names.length === 0;
  linkList.replaceChildren(...queryToFindLinks(state.q === '' ? Object.values(state.filters).flat().join(' ') : state.q).map(findLinkItem));
  panel.hidden = false;
}

/** Whether an excerpt marks a word starting as one of the words does (first three letters, or the whole short word). */
function marksAWord(excerpt: string, words: readonly string[]): boolean {
  const marked = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => (m[1] ?? '').toLowerCase());
  return marked.some((m) =>
    words.some((w) => m.length >= Math.min(3, w.length) && (m.startsWith(w.slice(0, 3)) || w.startsWith(m.slice(0, 3)))),
  );
}
