import { textToBibtex } from './text-to-bibtex.ts';

/** What a BibTeX entry of a paper says. */
export interface CitedPaper {
  /** The entry key: the paper's slug, unique on the shelf. */
  slug: string;
  title: string;
  year?: number | undefined;
  /** The paper's page, absolute. */
  url: string;
  /** A free-text note (the reader's, on the reading list). */
  note?: string | undefined;
  /** Keywords (the reader's tags, on the reading list). */
  keywords?: readonly string[] | undefined;
}

/**
 * A `@misc` BibTeX entry: the title in double braces so styles keep its
 * capitals, the year when known, the page's address, and a note when there
 * is one, and keywords (comma-separated, as biblatex and JabRef read them)
 * when there are any. Every value is escaped by textToBibtex.
 */
export function paperToBibtex(paper: CitedPaper): string {
  const fields: [string, string][] = [['title', `{${textToBibtex(paper.title)}}`]];
  if (paper.year !== undefined) fields.push(['year', String(paper.year)]);
  fields.push(['url', urlToBibtex(paper.url)]);
  const note = paper.note === undefined ? '' : textToBibtex(paper.note);
  if (note !== '') fields.push(['note', note]);
  const keywords = (paper.keywords ?? []).map(textToBibtex).filter((k) => k !== '');
  if (keywords.length > 0) fields.push(['keywords', keywords.join(', ')]);
  return `@misc{${paper.slug},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}\n`;
}

/** A URL for the url field, read verbatim by the url package: only what would unbalance the braces or start a comment is escaped. */
function urlToBibtex(url: string): string {
  return url.replace(/[{}%\\\s]/gu, (c) => encodeURIComponent(c));
}
