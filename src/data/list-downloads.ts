import { papersToCsv } from '../lib/cite/papers-to-csv.ts';
import { paperToBibtex } from '../lib/cite/paper-to-bibtex.ts';
import type { ShelfPaper } from '../lib/site/build-shelf.ts';
import { getShelf } from './shelf.ts';
import { absoluteUrl } from './urls.ts';

/** A topic's or collection's whole list as a BibTeX or CSV download, in the list's order. */
export async function listDownload(papers: readonly ShelfPaper[], format: 'bib' | 'csv', site: URL | undefined): Promise<Response> {
  const shelf = await getShelf();
  const urlOf = (slug: string): string => absoluteUrl(`/papers/${slug}/`, site);
  const body =
    format === 'bib'
      ? papers.map((p) => paperToBibtex({ slug: p.slug, title: p.plainTitle, year: p.year, url: urlOf(p.slug) })).join('\n')
      : papersToCsv(
          papers.map((p) => ({
            title: p.plainTitle,
            date: p.date,
            year: p.year,
            url: urlOf(p.slug),
            topics: p.topics.map((slug) => shelf.topic(slug).label),
            upvotes: p.upvotes,
            authorCount: p.authorCount,
          })),
        );
  return new Response(body, {
    headers: { 'Content-Type': format === 'bib' ? 'application/x-bibtex; charset=utf-8' : 'text/csv; charset=utf-8' },
  });
}
