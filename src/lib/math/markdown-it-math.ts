import type { MarkdownIt, StateInline, Token } from 'markdown-it';
import { texToHtml } from './tex-to-html.ts';

/**
 * A markdown-it plugin for the `$…$` and `$$…$$` math remark-math writes:
 * typeset by texToHtml at build time. `onError` hears of each formula
 * KaTeX cannot read (shown as its source instead).
 */
export function markdownItMath(md: MarkdownIt, onError: (tex: string, reason: string) => void): void {
  md.inline.ruler.after('escape', 'math', (state: StateInline, silent: boolean) => {
    const { src, pos } = state;
    if (src[pos] !== '$') return false;
    const fence = src.startsWith('$$', pos) ? '$$' : '$';
    const end = src.indexOf(fence, pos + fence.length);
    if (end <= pos + fence.length) return false;
    if (!silent) {
      const token = state.push('math', '', 0);
      token.content = src.slice(pos + fence.length, end);
      token.markup = fence;
    }
    state.pos = end + fence.length;
    return true;
  });
  md.renderer.rules['math'] = (tokens: Token[], index: number) => {
    const token = tokens[index];
    if (token === undefined) return '';
    const { html, error } = texToHtml(token.content, token.markup === '$$');
    if (error !== undefined) onError(token.content, error);
    return html;
  };
}
