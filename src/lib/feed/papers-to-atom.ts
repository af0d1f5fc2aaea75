import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';

/** One paper in a feed. */
export interface FeedEntry {
  url: string;
  title: string;
  /** The abstract as plain text. */
  text: string;
  /** YYYY-MM-DD, when the paper's date is known. */
  date?: string | undefined;
  /** Topic slugs and names, as Atom categories. */
  topics: readonly { slug: string; name: string }[];
}

/** A feed: its own address, the page it follows, and its newest entries. */
export interface Feed {
  url: string;
  pageUrl: string;
  title: string;
  subtitle: string;
  /**
   * The build's content date (YYYY-MM-DD): the newest paper date on the
   * shelf. Undated papers carry it as <updated>, never as <published>, and
   * the feed is as new as its newest entry.
   */
  contentDate: string;
  entries: readonly FeedEntry[];
}

/** The number of entries a feed keeps, newest first. */
export const FEED_ENTRIES = 50;

/**
 * An Atom 1.0 document (RFC 4287). Every title and abstract is a text
 * construct, escaped by xast-util-to-xml; dates are whole days in UTC. The
 * same feed always gives the same bytes.
 */
export function papersToAtom(feed: Feed): string {
  const stamp = (day: string): string => `${day}T00:00:00Z`;
  const updatedOf = (entry: FeedEntry): string => entry.date ?? feed.contentDate;
  const newest = feed.entries.map(updatedOf).reduce((a, b) => (b > a ? b : a), '');
  const tree = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
    x('feed', { xmlns: 'http://www.w3.org/2005/Atom' }, [
      x('id', feed.url),
      x('title', { type: 'text' }, feed.title),
      x('subtitle', { type: 'text' }, feed.subtitle),
      x('link', { rel: 'self', type: 'application/atom+xml', href: feed.url }),
      x('link', { rel: 'alternate', type: 'text/html', href: feed.pageUrl }),
      x('updated', stamp(newest === '' ? feed.contentDate : newest)),
      x('author', [x('name', 'Papershelf')]),
      x('generator', 'Papershelf'),
      ...feed.entries.map((entry) =>
        x('entry', [
          x('id', entry.url),
          x('title', { type: 'text' }, entry.title),
          x('link', { rel: 'alternate', type: 'text/html', href: entry.url }),
          ...(entry.date === undefined ? [] : [x('published', stamp(entry.date))]),
          x('updated', stamp(updatedOf(entry))),
          ...entry.topics.map((t) => x('category', { term: t.slug, label: t.name })),
          x('summary', { type: 'text' }, entry.text),
        ]),
      ),
    ]),
  ]);
  // xast-util-to-xml leaves `>` as is; `]]>` is the one place XML forbids it, in text (RFC 4287 readers use strict parsers).
  return `${toXml(tree, { closeEmptyElements: true }).replaceAll(']]>', ']]&#x3E;')}\n`;
}
