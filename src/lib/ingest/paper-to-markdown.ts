import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify } from 'yaml';
import type { PaperFrontmatter } from '../paper-schema.ts';

const processor = unified().use(remarkFrontmatter, ['yaml']).use(remarkStringify);

/**
 * The markdown file of one paper: YAML frontmatter written by the yaml
 * library, and the abstract as a text node of an mdast tree serialised by
 * remark-stringify, which escapes whatever markdown would otherwise read as
 * syntax (`# x`, `<script>`, `[a](javascript:…)`, `*`, `_`).
 */
export function paperToMarkdown(frontmatter: PaperFrontmatter, abstract: string): string {
  // The YAML 1.1 schema quotes strings such as "2023-09-29" or "yes" that
  // Astro's YAML 1.1 reader (js-yaml) would otherwise turn into dates and booleans.
  const yaml = stringify(frontmatter, { schema: 'yaml-1.1', lineWidth: 0 }).trimEnd();
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'yaml', value: yaml },
      { type: 'paragraph', children: [{ type: 'text', value: abstract }] },
    ],
  };
  return processor.stringify(tree);
}
