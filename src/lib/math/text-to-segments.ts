import { namesUsedAsMath, repairStrippedTex } from './repair-stripped-tex.ts';
import { MAX_TEX_LENGTH } from './tex-to-katex.ts';
import { mergeText, type Segment } from './segment.ts';

/** A run of a title or abstract: plain text, or TeX to typeset. */

/**
 * Splits text into plain runs and TeX. TeX is what authors delimit:
 * `$…$`, `\(…\)`, `$$…$$` and `\[…\]`. A `$` opens math only when a
 * non-space follows it, and closes it only after a non-space and before no
 * digit (pandoc's rule), so "costs $5 and $10" stays text; `\$` is a dollar.
 * The plain runs then go through repairStrippedTex, which turns TeX that
 * lost its backslashes ("mathcal{O}(sqrt T)", "permutation sigma") back into
 * math where that is unambiguous, reading each name the same way in every
 * run of the text. A formula longer than MAX_TEX_LENGTH stays text, as written.
 */
export function textToSegments(text: string): Segment[] {
  // Every delimiter starts with $ or a backslash: most texts have neither, and skip the scan.
  if (!text.includes('$') && !text.includes('\\')) return text === '' ? [] : repairStrippedTex(text);
  const segments: Segment[] = [];
  // A name the authors wrote as TeX anywhere in the text is a symbol in every plain run.
  const known = namesUsedAsMath(text);
  let plain = '';
  const flush = (): void => {
    if (plain !== '') segments.push(...repairStrippedTex(plain, known));
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const found = mathAt(text, i);
    if (found === undefined) {
      // An escaped dollar is a dollar.
      if (text.startsWith('\\$', i)) {
        plain += '$';
        i += 2;
      } else {
        plain += text[i] ?? '';
        i++;
      }
      continue;
    }
    flush();
    // A formula too long to typeset is shown as written, delimiters and all, and not repaired.
    if (found.tex.length > MAX_TEX_LENGTH) segments.push({ kind: 'text', value: text.slice(i, found.end) });
    else segments.push({ kind: 'math', tex: found.tex, display: found.display });
    i = found.end;
  }
  flush();
  return mergeText(segments);
}

/** The math that starts at `i`, if any, and where it ends. */
function mathAt(text: string, i: number): { tex: string; display: boolean; end: number } | undefined {
  for (const [open, close, display] of DELIMITERS) {
    if (!text.startsWith(open, i)) continue;
    const from = i + open.length;
    if (open === '$') {
      if (text.startsWith('$$', i) || /\s/u.test(text[from] ?? ' ')) return undefined;
      for (let j = from + 1; j < text.length; j++) {
        if (text[j] === '\\') {
          j++;
          continue;
        }
        if (text[j] !== '$') continue;
        if (/\s/u.test(text[j - 1] ?? ' ') || /\d/u.test(text[j + 1] ?? '')) return undefined;
        return { tex: text.slice(from, j), display, end: j + 1 };
      }
      return undefined;
    }
    const end = text.indexOf(close, from);
    if (end <= from) return undefined;
    const tex = text.slice(from, end).trim();
    return tex === '' ? undefined : { tex, display, end: end + close.length };
  }
  return undefined;
}

/** Opening and closing delimiters, longest first. */
const DELIMITERS: readonly [string, string, boolean][] = [
  ['$$', '$$', true],
  ['\\[', '\\]', true],
  ['\\(', '\\)', false],
  ['$', '$', false],
];
