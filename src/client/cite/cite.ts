import { paperToBibtex } from '../../lib/cite/paper-to-bibtex.ts';
import { withBase } from '../../lib/site/with-base.ts';
import { pagePaperSlug, pageTitle } from '../site/page-paper.ts';

/**
 * Fills the paper page's "Cite" box with the paper's BibTeX entry and makes
 * its button copy the entry. The key is the slug, the address the paper's
 * page where the reader is (this origin and the site's base: the canonical
 * one names the build's default origin when the site is served elsewhere),
 * the title its og:title (plain text) and the year what the box carries.
 * The box stays hidden without JavaScript.
 */
export function initCite(): void {
  const slug = pagePaperSlug();
  for (const box of document.querySelectorAll<HTMLElement>('[data-cite]')) {
    const entry = box.querySelector('pre');
    if (slug === undefined || entry === null) continue;
    const year = Number.parseInt(box.dataset['cite'] ?? '', 10);
    const url = new URL(withBase(import.meta.env.BASE_URL, `/papers/${slug}/`), location.origin).href;
    const bibtex = paperToBibtex({ slug, title: pageTitle(), year: Number.isInteger(year) ? year : undefined, url });
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
