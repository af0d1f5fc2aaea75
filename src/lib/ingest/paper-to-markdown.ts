import type { PhrasingContent, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { dump } from 'js-yaml';
import type { PaperFrontmatter } from '../paper/paper-schema.ts';
import { textToSegments } from '../math/text-to-segments.ts';
import { URL_PATTERN, trimUrl } from './text-to-code-links.ts';

const processor = unified().use(remarkFrontmatter, ['yaml']).use(remarkMath).use(remarkStringify);

/**
 * The markdown file of one paper: YAML frontmatter written by js-yaml (the
 * reader Astro uses, and twice as fast as the yaml library here), and the abstract as a text node of an mdast tree serialised by
 * remark-stringify, which escapes whatever markdown would otherwise read as
 * syntax (`# x`, `<script>`, `[a](javascript:…)`, `*`, `_`). TeX becomes
 * inlineMath nodes, written `$…$` (remark-math), stripped TeX repaired first. Web addresses
 * become link nodes, so they are clickable without any markdown extension.
 */
export function paperToMarkdown(frontmatter: PaperFrontmatter, abstract: string): string {
  // js-yaml quotes the strings its own reader would take for something else
  // ("2023-09-29", "yes", "y"); no line folding, no anchors.
  const yaml = dump(frontmatter, { lineWidth: -1, noRefs: true }).trimEnd();
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'yaml', value: yaml },
      {
        type: 'paragraph',
        children: textToSegments(abstract).flatMap((s) =>
          s.kind === 'math' ? [{ type: 'inlineMath', value: s.tex } as const] : textToPhrasing(s.value),
        ),
      },
    ],
  };
  return processor.stringify(tree);
}

/** The abstract as text nodes, with each http(s) address as a link to itself. */
function textToPhrasing(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    if (!URL.canParse(url)) continue;
    if (match.index > last) nodes.push({ type: 'text', value: text.slice(last, match.index) });
    nodes.push({ type: 'link', url, children: [{ type: 'text', value: url }] });
    last = match.index + url.length;
  }
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last) });
  return nodes;
}
