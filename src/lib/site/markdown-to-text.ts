import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

/** The plain text of a markdown body (a paper's abstract), paragraphs joined by blank lines. */
export function markdownToText(markdown: string): string {
  return parser
    .parse(markdown)
    .children.map((node) => toString(node))
    .join('\n\n');
}
