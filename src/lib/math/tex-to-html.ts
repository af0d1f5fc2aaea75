import { texToKatex } from './tex-to-katex.ts';
import { texToText } from './tex-to-text.ts';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/gu, (c) => `&#${String(c.charCodeAt(0))};`);

/**
 * TeX typeset by KaTeX at build time, as HTML that needs no script: the
 * formula's plain reading (texToText) for screen readers and the search
 * index, then KaTeX's HTML, hidden from both and set between comments so
 * text extraction can drop it. A formula KaTeX cannot read, or one too
 * long to typeset, comes back as its source, as text, with the reason.
 */
export function texToHtml(tex: string, display = false): { html: string; error?: string } {
  try {
    const typeset = texToKatex(tex, display);
    return {
      html: `<span class="math"><span class="visually-hidden">${escapeHtml(texToText(tex))}</span><!--katex--><span aria-hidden="true" data-pagefind-ignore>${typeset}</span><!--/katex--></span>`,
    };
  } catch (error) {
    return { html: escapeHtml(`$${tex}$`), error: error instanceof Error ? error.message : String(error) };
  }
}
