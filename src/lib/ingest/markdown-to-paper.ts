import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { load } from 'js-yaml';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * Reads a generated paper file back as a reader of it would: the frontmatter
 * through js-yaml (the YAML reader Astro uses) and the body as markdown
 * reduced to its plain text.
 */
export function markdownToPaper(markdown: string): { frontmatter: unknown; text: string } {
  const tree: Root = parser.parse(markdown);
  const [head, ...body] = tree.children;
  const frontmatter = head?.type === 'yaml' ? load(head.value) : undefined;
  const text = body.map((node) => toString(node)).join('\n\n');
  return { frontmatter, text };
}
