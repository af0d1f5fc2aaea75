import type { List, ListItem } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { paperToBibtex } from '../cite/paper-to-bibtex.ts';
import type { ReadingList, SavedPaper } from './reading-list.ts';

/**
 * The address of a saved paper's page, from the shelf's root address (with
 * its base path, ending in "/"). In the browser the root is the page's own
 * origin and the site's base, so exports name the address the reader uses.
 */
export const paperUrl = (root: string, slug: string): string => new URL(`papers/${slug}/`, root).href;

/** The papers as BibTeX @misc entries, each with its note and its tags as keywords. */
export function papersToBibtex(papers: readonly SavedPaper[], root: string): string {
  return papers
    .map((p) => paperToBibtex({ slug: p.slug, title: p.title, year: p.year, url: paperUrl(root, p.slug), note: p.note, keywords: p.tags }))
    .join('\n');
}

/** The papers as a Markdown list: a link per paper, its date, read state and tags, and its note below it. */
export function papersToMarkdown(papers: readonly SavedPaper[], root: string): string {
  const items = papers.map((p): ListItem => {
    const details = [
      p.date ?? (p.year === undefined ? undefined : String(p.year)),
      p.read ? 'read' : 'unread',
      ...p.tags.map((t) => `#${t}`),
    ];
    if (p.gone === true) details.push('no longer on the shelf');
    return {
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'link', url: paperUrl(root, p.slug), children: [{ type: 'text', value: p.title }] },
            { type: 'text', value: ` (${details.filter((d) => d !== undefined).join(', ')})` },
          ],
        },
        ...p.note
          .split(/\n\s*\n/u)
          .filter((para) => para.trim() !== '')
          .map((para) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value: para.trim() }] })),
      ],
    };
  });
  const list: List = { type: 'list', ordered: false, spread: false, children: items };
  return toMarkdown({ type: 'root', children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: 'Reading list' }] }, list] });
}

/** The list as JSON, as the import reads it back. */
export function listToJson(list: ReadingList): string {
  return `${JSON.stringify(list, null, 2)}\n`;
}
