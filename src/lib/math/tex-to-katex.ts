import katex from 'katex';

/**
 * The longest formula typeset, in characters. KaTeX's time grows with the
 * length and it sets no bound of its own (39 s for 200,000 characters); the
 * longest formula in the seeds and the real corpora is under 500.
 */
export const MAX_TEX_LENGTH = 2000;

/**
 * KaTeX's bounds on what one formula may draw and expand: without `maxSize`
 * `\rule{300em}{300em}` draws a 6,500 px box over the page; `maxExpand`
 * stops a macro that expands itself (`\def\x{\x\x}\x`) early.
 */
const OPTIONS = { throwOnError: true, strict: 'ignore', output: 'html', maxSize: 5, maxExpand: 100 } as const;

/**
 * KaTeX's HTML for a formula, the one place KaTeX is called. Throws, with
 * the reason, for a formula KaTeX cannot read or one longer than
 * MAX_TEX_LENGTH (which is never handed to KaTeX).
 */
export function texToKatex(tex: string, display = false): string {
  if (tex.length > MAX_TEX_LENGTH) {
    throw new Error(`the formula has ${String(tex.length)} characters, more than the ${String(MAX_TEX_LENGTH)} typeset`);
  }
  return katex.renderToString(tex, { ...OPTIONS, displayMode: display });
}
