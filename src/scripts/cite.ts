import { paperToBibtex, type CitedPaper } from '../lib/cite/paper-to-bibtex.ts';

/** The fields a cite box carries, or undefined when they are not what CitePaper writes. */
function citedFields(json: string | undefined): Omit<CitedPaper, 'url'> | undefined {
  try {
    const value: unknown = JSON.parse(json ?? '');
    if (typeof value !== 'object' || value === null || !('slug' in value) || !('title' in value)) return undefined;
    const { slug, title } = value;
    const year = 'year' in value && typeof value.year === 'number' ? value.year : undefined;
    return typeof slug === 'string' && typeof title === 'string' ? { slug, title, year } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fills each "Cite" box with the paper's BibTeX entry, its address the
 * page's canonical one, and makes its button copy the entry. The box stays
 * hidden without JavaScript.
 */
export function initCite(): void {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  for (const box of document.querySelectorAll<HTMLElement>('[data-cite]')) {
    const fields = citedFields(box.dataset['cite']);
    const entry = box.querySelector('pre');
    if (fields === undefined || entry === null) continue;
    const bibtex = paperToBibtex({ ...fields, url: canonical });
    entry.textContent = bibtex;
    const status = box.querySelector('[role="status"]');
    box.querySelector('[data-copy-bibtex]')?.addEventListener('click', () => {
      navigator.clipboard.writeText(bibtex).then(
        () => {
          if (status !== null) status.textContent = 'Copied.';
        },
        () => {
          // No clipboard (an insecure origin, or refused): select the entry for the reader to copy.
          const range = document.createRange();
          range.selectNodeContents(entry);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
          if (status !== null) status.textContent = 'Selected: press Ctrl+C or ⌘C to copy.';
        },
      );
    });
    box.hidden = false;
  }
}
