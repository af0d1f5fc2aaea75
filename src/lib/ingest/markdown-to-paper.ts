import type { Root } from 'mdast';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import { texToText } from '../math/tex-to-text.ts';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { load } from 'js-yaml';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMath);

/**
 * Reads a generated paper file back as a reader of it would: the frontmatter
 * through js-yaml (the YAML reader Astro uses) and the body as markdown
 * reduced to its plain text, math as its plain reading (texToText), as the
 * page shows it to search and screen readers.
 */
export function markdownToPaper(markdown: string): { frontmatter: unknown; text: string } {
  const tree: Root = parser.parse(markdown);
  const [head, ...body] = tree.children;
  const frontmatter = head?.type === 'yaml' ? load(head.value) : undefined;
  for (const node of body)
    visit(node, 'inlineMath', (math) => {
      math.value = texToText(math.value);
    });
  const text = body.map((node) => toString(node)).join('\n\n');
  return { frontmatter, text };
}
