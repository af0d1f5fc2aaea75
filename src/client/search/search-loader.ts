import { HIGHLIGHT_PARAM, basePath, loadPagefind } from './pagefind.ts';
import { renderResult } from './render-result.ts';
import { initSaveButtons } from '../reading-list/save-buttons.ts';

/**
 * Wires the site-wide search: the header box and the `/` and Ctrl/⌘-K
 * shortcuts open the search dialog (Escape closes it), results appear as the
 * reader types; paper pages reached from a result highlight the terms.
 */
export function initSearchLoader(): void {
  highlightTerms();
  const dialog = createDialog();
  const input = dialog?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!dialog || !input) return;
  const open = (initial = '', typing = false): void => {
    if (!dialog.open) dialog.showModal();
    if (initial !== '') input.value = initial;
    input.focus();
    // Typing goes on after what was typed; otherwise the old query is selected, to be replaced.
    if (typing) input.setSelectionRange(input.value.length, input.value.length);
    else input.select();
    void loadPagefind();
    if (input.value !== '') void runQuickSearch(dialog, input.value);
  };
  // The header box opens the dialog when clicked, tapped or typed in, never on
  // focus alone: Tab passes through it, and the dialog, once closed, stays
  // closed when the box gets focus back.
  const headerInput = document.querySelector<HTMLInputElement>('#site-search');
  headerInput?.addEventListener('click', () => {
    open(headerInput.value);
  });
  headerInput?.addEventListener('input', () => {
    open(headerInput.value, true);
    // The dialog holds the query from now on.
    headerInput.value = '';
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    // "/" is a character while typing in a text field, a shortcut elsewhere.
    const typing =
      (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)) ||
      target instanceof HTMLTextAreaElement ||
      (target instanceof HTMLElement && target.isContentEditable);
    if ((event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      open();
    } else if (event.key === '/' && !typing && !event.altKey && !event.metaKey && !event.ctrlKey) {
      event.preventDefault();
      // On the search page, "/" goes to its own search box.
      const pageInput = document.querySelector<HTMLInputElement>('[data-search-form] input[name="q"]');
      if (pageInput) {
        pageInput.focus();
        pageInput.select();
      } else {
        open();
      }
    }
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void runQuickSearch(dialog, input.value), 120);
  });
  // Escape closes the dialog even while the search box holds text (which
  // Chromium would otherwise only clear); the arrow keys move between the
  // search box and the results.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const stops = [input, ...dialog.querySelectorAll<HTMLAnchorElement>('.quick-results a')];
      const index = stops.indexOf(document.activeElement as HTMLInputElement);
      const next = stops[Math.min(stops.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))];
      if (index !== -1 && next !== undefined) {
        event.preventDefault();
        next.focus();
      }
    }
  });
  dialog.addEventListener('click', (event) => {
    // A click on the backdrop (outside the dialog box) closes it.
    if (event.target === dialog) dialog.close();
  });
  // Focus goes back where it was (the header box, say). Chromium restores it
  // without a caret when the dialog closes during a click: focus it afresh,
  // so typing there works.
  dialog.addEventListener('close', () => {
    const back = document.activeElement;
    if (back instanceof HTMLElement && back !== document.body) {
      back.blur();
      back.focus();
    }
  });
}

/** The dialog's markup: constant, no reader or paper text in it. */
const DIALOG = `<form method="dialog" class="search-dialog-close"><button type="submit" aria-label="Close search">Esc</button></form>
<h2 id="search-dialog-title" class="visually-hidden">Search papers</h2>
<form class="dialog-search-form" role="search" aria-label="Quick search" method="get"><label for="dialog-search" class="visually-hidden">Search papers</label><input id="dialog-search" type="search" name="q" placeholder="Search titles and abstracts" autocomplete="off"><button type="submit">Search</button></form>
<p class="search-status muted" role="status" aria-live="polite" data-search-status></p>
<p class="did-you-mean" data-did-you-mean hidden></p>
<ol class="quick-results" data-search-results></ol>
<p class="search-more"><a data-search-more>All results and filters →</a></p>`;

/**
 * The quick-search dialog, made here rather than sent with every page (it
 * needs this script anyway); it searches where the header's search form does.
 */
function createDialog(): HTMLDialogElement | undefined {
  const headerForm = document.querySelector<HTMLFormElement>('form.search-form');
  if (!headerForm) return undefined;
  const dialog = document.createElement('dialog');
  dialog.className = 'search-dialog';
  dialog.setAttribute('aria-labelledby', 'search-dialog-title');
  dialog.dataset['searchDialog'] = '';
  dialog.innerHTML = DIALOG;
  const form = dialog.querySelector<HTMLFormElement>('form[role="search"]');
  const more = dialog.querySelector<HTMLAnchorElement>('[data-search-more]');
  if (form) form.action = headerForm.action;
  if (more) more.href = headerForm.action;
  document.body.append(dialog);
  return dialog;
}

let latest = 0;

async function runQuickSearch(dialog: HTMLDialogElement, query: string, verbatim = false): Promise<void> {
  const ticket = ++latest;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]');
  const more = dialog.querySelector<HTMLAnchorElement>('[data-search-more]');
  const line = dialog.querySelector<HTMLElement>('[data-did-you-mean]');
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  if (!status || !list || !more || !line || !input) return;
  const q = query.trim();
  more.href = `${basePath()}search/${q === '' ? '' : `?q=${encodeURIComponent(q)}${verbatim ? '&verbatim=1' : ''}`}`;
  if (q === '') {
    list.replaceChildren();
    status.textContent = '';
    line.hidden = true;
    return;
  }
  // Ranking and "Did you mean" load with the first search, not with every page.
  const [pagefind, { forgivingSearch }] = await Promise.all([loadPagefind(), import('./forgiving-search.ts')]);
  const found = await forgivingSearch(pagefind, q, {}, verbatim);
  if (ticket !== latest || found === null) return;
  const data = await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
  if (ticket !== latest) return;
  list.replaceChildren(...data.map((d) => renderResult(d, { excerpt: true, save: true })));
  initSaveButtons();
  const n = found.results.length;
  const shown = found.correction?.shown === true ? found.correction.query : q;
  status.textContent =
    (n === 0 ? `No papers match “${shown}”` : `${n} ${n === 1 ? 'paper matches' : 'papers match'} “${shown}”`) +
    (found.correction?.shown === true ? ` (instead of “${q}”).` : '.');
  // "Did you mean" and "search instead for" as buttons that run that search in the dialog.
  const button = (text: string, next: string, nextVerbatim: boolean): HTMLButtonElement => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'link-button';
    b.textContent = text;
    b.addEventListener('click', () => {
      input.value = next;
      input.focus();
      void runQuickSearch(dialog, next, nextVerbatim);
    });
    return b;
  };
  line.hidden = found.correction === undefined;
  if (found.correction === undefined) line.replaceChildren();
  else if (found.correction.shown) {
    const strong = document.createElement('strong');
    strong.textContent = found.correction.query;
    line.replaceChildren('Showing results for ', strong, '; search instead for ', button(q, q, true), '.');
  } else line.replaceChildren('Did you mean ', button(found.correction.query, found.correction.query, false), '?');
}

/** On a page opened from a search result, marks the searched terms (Pagefind's highlighter). */
function highlightTerms(): void {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  void (async () => {
    const module = (await import(/* @vite-ignore */ `${basePath()}pagefind/pagefind-highlight.js`)) as {
      default: new (options: Record<string, unknown>) => unknown;
    };
    // Styled by the site's own <mark> rule, readable in both themes.
    new module.default({
      highlightParam: HIGHLIGHT_PARAM,
      addStyles: false,
      markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
    });
  })();
}
