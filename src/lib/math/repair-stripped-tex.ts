import { texToKatex } from './tex-to-katex.ts';
import type { Segment } from './text-to-segments.ts';

/** TeX commands that dumps copied without their backslash, longest first so "varepsilon" wins over "epsilon". */
const COMMANDS = [
  'varepsilon',
  'widetilde',
  'mathcal',
  'mathbb',
  'mathrm',
  'mathbf',
  'mathsf',
  'widehat',
  'epsilon',
  'lambda',
  'approx',
  'Lambda',
  'Delta',
  'Omega',
  'Theta',
  'Gamma',
  'Sigma',
  'alpha',
  'gamma',
  'delta',
  'sigma',
  'omega',
  'infty',
  'tilde',
  'right',
  'times',
  'sqrt',
  'frac',
  'left',
  'beta',
  'cdot',
  'Phi',
  'Psi',
  'phi',
  'psi',
  'tau',
  'eta',
  'leq',
  'geq',
  'log',
  'exp',
  'max',
  'min',
  'ell',
  'mu',
  'pi',
  'nu',
  'le',
  'ge',
] as const;
const COMMAND = new RegExp(`(?<!\\\\)(${COMMANDS.join('|')})(?![a-z])`, 'gu');

/**
 * Words that only TeX uses, and that mark a run of text as stripped TeX:
 * `mathcal{`, `sqrt`, `varepsilon`, a `left(` or `right)` glued to what
 * precedes it ("Oleft(", "maxleft("), and `tilde O(`.
 */
const TRIGGER =
  /(?<!\\)(?:math(?:cal|bb|rm|bf|sf)\{|frac\{|sqrt|varepsilon|widetilde|widehat|(?<=[A-Za-z0-9])(?:left|right)[([{|]|(?:^|(?<=\s))tilde ?[A-Z][a-z]*\()/u;

/** Commands whose operand follows after a space ("sqrt T", "tilde O(…)"): the run goes on over that space. */
const OPERAND_FOLLOWS = /(?:^|[^a-z])(?:sqrt|(?:wide)?tilde|widehat)$/u;

/** Font switches that lost their meaning as text: `{\it fixed-budget}` reads "fixed-budget". */
const FONT_SWITCH = /\{\\(?:it|bf|em|sl|rm|tt|sc)\s+([^{}]*)\}|\\(?:textit|textbf|emph|texttt|textrm)\{([^{}]*)\}/gu;

/**
 * Plain text with TeX that lost its backslashes, as segments: each
 * unambiguous run ("mathcal{O}(sqrt T)", "Oleft(d^{1/3}right)") becomes
 * math with its backslashes put back, if KaTeX then reads it; a run it
 * cannot read stays as the text it was. Font switches become their text.
 * Everything else is left exactly as it was.
 */
export function repairStrippedTex(text: string): Segment[] {
  const plain = text.replace(FONT_SWITCH, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '');
  const segments: Segment[] = [];
  let rest = plain;
  for (let match = TRIGGER.exec(rest); match !== null; match = TRIGGER.exec(rest)) {
    const { start, end } = runAround(rest, match.index);
    const run = rest.slice(start, end);
    // A space after a command only where a letter follows: "sqrtT" would read as one command.
    const tex = run.replace(
      COMMAND,
      (command: string, _name: string, offset: number) => `\\${command}${/[A-Za-z]/u.test(run[offset + command.length] ?? '') ? ' ' : ''}`,
    );
    if (start > 0) segments.push({ kind: 'text', value: rest.slice(0, start) });
    segments.push(katexReads(tex) ? { kind: 'math', tex, display: false } : { kind: 'text', value: run });
    rest = rest.slice(end);
  }
  if (rest !== '') segments.push({ kind: 'text', value: rest });
  return mergeText(segments);
}

/** The run of stripped TeX around `at`: the word it is in, grown over spaces until its brackets balance, without trailing punctuation. */
function runAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/\s/u.test(text[start - 1] ?? ' ')) start--;
  // A run starts at its first bracket-free character: "(see mathcal{O}" starts at "mathcal".
  while (start < at && '([{'.includes(text[start] ?? '') && balance(text.slice(start, at)) > 0) start++;
  let end = start;
  let depth = 0;
  for (; end < text.length; end++) {
    const c = text[end] ?? '';
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) break;
      depth--;
    } else if (/\s/u.test(c) && depth === 0 && !(end >= at && OPERAND_FOLLOWS.test(text.slice(start, end)))) break;
    if (end - at > 80) break;
  }
  while (end > at && /[.,;:]/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function balance(text: string): number {
  let depth = 0;
  for (const c of text) depth += '([{'.includes(c) ? 1 : ')]}'.includes(c) ? -1 : 0;
  return depth;
}

/** Whether KaTeX typesets the TeX without error. */
export function katexReads(tex: string): boolean {
  try {
    texToKatex(tex);
    return true;
  } catch {
    return false;
  }
}

function mergeText(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (segment.kind === 'text' && last?.kind === 'text') last.value += segment.value;
    else merged.push(segment);
  }
  return merged.filter((s) => s.kind === 'math' || s.value !== '');
}
