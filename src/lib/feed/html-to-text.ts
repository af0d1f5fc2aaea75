import { decodeHTML } from 'entities';

/**
 * The text of the HTML the paper loader renders from an abstract (markdown
 * without raw HTML: paragraphs, links, escaped text), for feeds: tags
 * dropped, paragraphs joined by a blank line, character references decoded.
 * Not a general HTML parser: it reads only what markdown-it writes.
 */
export function htmlToText(html: string): string {
  return decodeHTML(
    html
      // Typeset math: its plain reading is kept, KaTeX's own HTML dropped.
      .replace(/<!--katex-->[\s\S]*?<!--\/katex-->/gu, '')
      .replace(/<\/p>\s*<p>/gu, '\n\n')
      .replace(/<br\s*\/?>/gu, '\n')
      .replace(/<[^>]*>/gu, ''),
  ).trim();
}
