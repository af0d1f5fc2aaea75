import { getEntry } from 'astro:content';
import { FEED_ENTRIES, papersToAtom } from '../lib/feed/papers-to-atom.ts';
import { htmlToText } from '../lib/feed/html-to-text.ts';
import type { ShelfPaper } from '../lib/site/build-shelf.ts';
import { orderPapers } from '../lib/site/paper-order.ts';
import { getShelf } from './shelf.ts';
import { absoluteUrl, url } from './urls.ts';

/** A feed's address, the page it follows, what it is called, and its papers in any order. */
export interface FeedSource {
  path: string;
  pagePath: string;
  title: string;
  subtitle: string;
  papers: readonly ShelfPaper[];
}

/** The abstract of each paper as text, read once however many feeds carry it. */
const texts = new Map<string, Promise<string>>();
function abstractText(slug: string): Promise<string> {
  let text = texts.get(slug);
  if (text === undefined) {
    text = (async () => htmlToText(renderedHtml(await getEntry('papers', slug))))();
    texts.set(slug, text);
  }
  return text;
}

/** A paper's rendered abstract (the loader renders every body). */
function renderedHtml(entry: { rendered?: { html: string } | undefined } | undefined): string {
  return entry?.rendered?.html ?? '';
}

/** The Atom feed of a list of papers: its newest FEED_ENTRIES. */
export async function feedResponse(source: FeedSource, site: URL | undefined): Promise<Response> {
  const shelf = await getShelf();
  const newest = orderPapers(source.papers, 'newest').slice(0, FEED_ENTRIES);
  const entries = await Promise.all(
    newest.map(async (paper) => ({
      url: absoluteUrl(`/papers/${paper.slug}/`, site),
      title: paper.plainTitle,
      text: await abstractText(paper.slug),
      date: paper.date,
      topics: paper.topics.map((slug) => ({ slug, name: shelf.topic(slug).label })),
    })),
  );
  const xml = papersToAtom({
    url: absoluteUrl(source.path, site),
    pageUrl: absoluteUrl(source.pagePath, site),
    title: source.title,
    subtitle: source.subtitle,
    contentDate: shelf.dateRange?.last ?? CONTENT_DATE_UNKNOWN,
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

/** The content date of a shelf with no dated paper at all: a fixed day, so that builds stay identical. */
const CONTENT_DATE_UNKNOWN = '1970-01-01';

/** The address of the whole shelf's feed, and a link to it, for <link rel="alternate">. */
export const siteFeed = { href: url('/feed.xml'), title: 'Papershelf: newest papers' };
