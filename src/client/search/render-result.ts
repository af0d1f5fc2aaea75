import { excerptToSegments } from '../../lib/search/excerpt-to-segments.ts';
import { HIGHLIGHT_PARAM, type PagefindResultData } from './pagefind.ts';
import { saveButton } from '../reading-list/save-buttons.ts';

/**
 * One search result as DOM: title link, date and topics, and the excerpt
 * with matched terms in <mark>. Everything is built from text nodes, so no
 * title or abstract is ever parsed as HTML.
 */
export function renderResult(data: PagefindResultData, options: { excerpt: boolean; save?: boolean }): HTMLLIElement {
  const item = document.createElement('li');
  const title = document.createElement('p');
  title.className = 'result-title';
  const link = document.createElement('a');
  link.href = withoutEmptyHighlight(data.url);
  link.textContent = data.meta['title'] ?? data.url;
  title.append(link);
  item.append(title);
  const details = [data.meta['date'] === undefined ? 'date unknown' : formatDate(data.meta['date']), data.meta['topics']].filter(
    (d): d is string => d !== undefined && d !== '',
  );
  const meta = document.createElement('p');
  meta.className = 'meta';
  for (const detail of details) {
    const span = document.createElement('span');
    span.textContent = detail;
    meta.append(span);
  }
  item.append(meta);
  if (options.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    for (const segment of excerptToSegments(data.excerpt)) {
      if (segment.mark) {
        const mark = document.createElement('mark');
        mark.textContent = segment.text;
        excerpt.append(mark);
      } else {
        excerpt.append(document.createTextNode(segment.text));
      }
    }
    item.append(excerpt);
  }
  const slug = /\/papers\/([a-z0-9-]+)\/$/u.exec(new URL(data.url, location.origin).pathname)?.[1];
  if (options.save === true && slug !== undefined) {
    // The same toggle as on the shelf's pages (SaveButton.astro), made to work by initSaveButtons.
    const save = saveButton(slug, data.meta['date']);
    item.append(save);
  }
  return item;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day ?? ''} ${MONTHS[(month ?? 1) - 1] ?? ''} ${year ?? ''}`;
}

/** Pagefind adds `?highlight=` even for a filter-only search; an empty one is noise. */
function withoutEmptyHighlight(url: string): string {
  const parsed = new URL(url, location.origin);
  if (parsed.searchParams.getAll(HIGHLIGHT_PARAM).every((v) => v === '')) parsed.searchParams.delete(HIGHLIGHT_PARAM);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
