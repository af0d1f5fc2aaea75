import { titleToFindLinks } from '../../lib/site/title-to-find-links.ts';
import { pageTitle } from './page-paper.ts';

/**
 * Fills each "Find this paper" section from the page's plain title: the four
 * search links are made here rather than written into every paper page,
 * where they were about 0.8 KB a page (40 MB at 50,000 papers). The section
 * stays hidden without JavaScript.
 */
export function initFindLinks(): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-find-links]')) {
    const list = section.querySelector('ul');
    if (list === null || list.childElementCount > 0) continue;
    list.append(...titleToFindLinks(pageTitle()).map(findLinkItem));
    section.hidden = false;
  }
}

/** A list item linking to another site's search (opened without referrer): one for the paper page and the search page. */
export function findLinkItem(link: { name: string; url: string }): HTMLLIElement {
  const anchor = document.createElement('a');
  anchor.href = link.url;
  anchor.rel = 'noopener noreferrer';
  anchor.textContent = link.name;
  const item = document.createElement('li');
  item.append(anchor);
  return item;
}
