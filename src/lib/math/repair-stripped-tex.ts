import { inMathWord, STANDALONE, symbolAt } from './stripped-symbol.ts';
import { runToTex } from './stripped-tex-names.ts';
import { texToKatex } from './tex-to-katex.ts';
import { mergeText, type Segment } from './segment.ts';

/**
 * Words that only TeX uses, and that mark a run of text as stripped TeX:
 * `mathcal{`, `mathcal O`, `sqrt`, `varepsilon`, a `left(` or `right)` glued
 * to what precedes it ("Oleft(", "maxleft("), and `tilde O(` or `tilde O (`.
 */
const TRIGGER =
  /(?<!\\)(?:math(?:cal|bb|rm|bf|sf)(?:\{| [A-Z](?![a-z]))|frac\{|sqrt|varepsilon|widetilde|widehat|(?<=[A-Za-z0-9])(?:left|right)[([{|]|(?:^|(?<=\s))tilde ?[A-Z][a-z]* ?\()/u;

/** A TeX name standing where a word boundary is: the symbols that may start a run or stand alone. */
// The character before is matched, not looked behind: twice as fast, on every abstract.
const NAME = new RegExp(`(?:^|[^A-Za-z\\\\])(${[...STANDALONE].sort((a, b) => b.length - a.length).join('|')})(?![a-z])`, 'g');

/** Commands whose operand follows after a space ("sqrt T", "tilde O(…)", "mathcal O"): the run goes on over that space. */
const OPERAND_FOLLOWS = /(?:^|[^a-z])(?:sqrt|(?:wide)?tilde|widehat|math(?:cal|bb|rm|bf|sf))$/u;

/** Font switches that lost their meaning as text: `{\it fixed-budget}` reads "fixed-budget". */
const FONT_SWITCH = /\{\\(?:it|bf|em|sl|rm|tt|sc)\s+([^{}]*)\}|\\(?:textit|textbf|emph|texttt|textrm)\{([^{}]*)\}/gu;

/**
 * Plain text with TeX that lost its backslashes, as segments: each
 * unambiguous run ("mathcal{O}(sqrt T)", "Oleft(d^{1/3}right)", "rho^2dto0",
 * "Theta(1/k^2)") becomes math with its backslashes put back, if KaTeX then
 * reads it; a run it cannot read stays as the text it was. A Greek letter,
 * relation or arrow standing alone becomes its symbol where symbolAt says
 * the words around it read so ("a leq 2% degradation", "an unknown
 * permutation sigma over"), the same way for every use of that name in the
 * text (`known`: the names the text uses as math, by default found in
 * `text` itself). Font switches become their text. Everything else is left
 * exactly as it was.
 */
export function repairStrippedTex(text: string, known: ReadonlySet<string> = namesUsedAsMath(text)): Segment[] {
  const plain = text.replace(FONT_SWITCH, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '');
  const segments: Segment[] = [];
  let done = 0;
  for (let found = nextRepair(plain, 0, known); found !== undefined; found = nextRepair(plain, found.end, known)) {
    segments.push({ kind: 'text', value: plain.slice(done, found.start) });
    segments.push(found.math);
    done = found.end;
  }
  segments.push({ kind: 'text', value: plain.slice(done) });
  return mergeText(joinMath(segments));
}

/** The names `text` uses as math: written `\name`, or glued to TeX syntax (`Y^sigma`, `Theta(1/k^2)`, `2/eta`). */
export function namesUsedAsMath(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/\\([A-Za-z]+)/gu)) if (match[1] !== undefined && STANDALONE.has(match[1])) names.add(match[1]);
  const alone: { name: string; at: number }[] = [];
  for (const { name, at } of namesFrom(text, 0)) {
    if (inMathWord(text, at, at + name.length)) names.add(name);
    else alone.push({ name, at });
  }
  // A name the words around it show as a symbol once is the symbol wherever it stands alone ("optimal eta scaling" after "rate eta and").
  const glued = new Set(names);
  for (const { name, at } of alone) if (symbolAt(text, at, at + name.length, glued)) names.add(name);
  return names;
}

/** The next repair at or after `from`: where it starts and ends in the text, and the math it becomes. */
function nextRepair(text: string, from: number, known: ReadonlySet<string>): { start: number; end: number; math: Segment } | undefined {
  const trigger = TRIGGER.exec(text.slice(from));
  const limit = trigger === null ? text.length : from + trigger.index;
  // Only a name in `known` can be repaired (namesUsedAsMath holds every name that inMathWord or symbolAt takes): most texts have none.
  for (const { name, at } of known.size === 0 ? [] : namesFrom(text, from, known)) {
    if (at >= limit) break;
    if (inMathWord(text, at, at + name.length)) {
      const run = typeset(text, at, from);
      if (run !== undefined) return run;
    } else if (symbolAt(text, at, at + name.length, known)) {
      return { start: at, end: at + name.length, math: { kind: 'math', tex: `\\${name}`, display: false } };
    }
  }
  if (trigger === null) return undefined;
  return typeset(text, limit, from) ?? nextRepair(text, limit + trigger[0].length, known);
}

/** Each name (of `names`, else of all) standing at a word boundary at or after `from`, and where it starts. */
function* namesFrom(text: string, from: number, names?: ReadonlySet<string>): Generator<{ name: string; at: number }> {
  const pattern = names === undefined ? NAME : namePattern(names);
  pattern.lastIndex = Math.max(0, from - 1);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const name = match[1] ?? '';
    const at = match.index + match[0].length - name.length;
    if (at >= from) yield { name, at };
    pattern.lastIndex = at + name.length;
  }
}

/** NAME for only these names (compiled once per set of names). */
function namePattern(names: ReadonlySet<string>): RegExp {
  const alternatives = [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
  const pattern = PATTERNS.get(alternatives) ?? new RegExp(`(?:^|[^A-Za-z\\\\])(${alternatives})(?![a-z])`, 'g');
  if (PATTERNS.size < 1000) PATTERNS.set(alternatives, pattern);
  return pattern;
}
const PATTERNS = new Map<string, RegExp>();

/** The run of stripped TeX around `at`, from `floor` on, as math, if KaTeX reads it with its backslashes put back. */
function typeset(text: string, at: number, floor: number): { start: number; end: number; math: Segment } | undefined {
  let { start, end } = runAround(text, at);
  // A run that closes a bracket opened before it ("log psi})") starts where that bracket opens, if near.
  const opener = openerBefore(text, start, end);
  if (opener !== undefined && opener >= floor) ({ start, end } = runAround(text, opener));
  start = Math.max(start, floor);
  // Brackets around the whole run stay text: "(epsilon=8/255)".
  while (text[start] === '(' && text[end - 1] === ')' && balance(text.slice(start + 1, end - 1)) === 0 && closes(text.slice(start, end))) {
    start++;
    end--;
  }
  // A word hyphenated to the run stays text: "SequenceMatch-chi^2", "ell_1-regularized".
  for (let prefix = /^[A-Za-z]{2,}-/u.exec(text.slice(start, at)); prefix !== null; prefix = /^[A-Za-z]{2,}-/u.exec(text.slice(start, at)))
    start += prefix[0].length;
  const suffix = /-[A-Za-z]{2,}$/u.exec(text.slice(at, end));
  if (suffix !== null) end -= suffix[0].length;
  const tex = runToTex(text.slice(start, end));
  return end > start && katexReads(tex) ? { start, end, math: { kind: 'math', tex, display: false } } : undefined;
}

/** Where the bracket opens that the run closes without opening, within 60 characters before it. */
function openerBefore(text: string, start: number, end: number): number | undefined {
  if (!')]}'.includes(text[end] ?? '')) return undefined;
  let depth = 0;
  for (let i = start - 1; i >= Math.max(0, start - 60); i--) {
    const c = text[i] ?? '';
    if (')]}'.includes(c)) depth++;
    else if ('([{'.includes(c)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
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
    } else if (/\s/u.test(c) && depth === 0 && !(end >= at && operandFollows(text, start, end))) break;
    if (end - at > 80) break;
  }
  while (end > at && /[.,;:]/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Whether the run goes on over the space at `end`: after "sqrt", "mathcal", or "tilde O" before its bracket. */
function operandFollows(text: string, start: number, end: number): boolean {
  const run = text.slice(start, end);
  return OPERAND_FOLLOWS.test(run) || (/(?:^|[^a-z])(?:wide)?tilde ?[A-Z][a-z]*$/u.test(run) && text[end + 1] === '(');
}

/** Whether the bracket that opens the text closes only at its end. */
function closes(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    depth += '([{'.includes(c) ? 1 : ')]}'.includes(c) ? -1 : 0;
    if (depth === 0 && i < text.length - 1) return false;
  }
  return true;
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

/** Repaired math with only spaces between read as one formula: "|x|_infty leq 1/lambda", "rho approx 0.9". */
function joinMath(segments: Segment[]): Segment[] {
  const joined: Segment[] = [];
  for (const segment of segments) {
    const space = joined[joined.length - 1];
    const math = joined[joined.length - 2];
    if (segment.kind === 'math' && space?.kind === 'text' && /^ +$/u.test(space.value) && math?.kind === 'math') {
      const tex = `${math.tex} ${segment.tex}`;
      if (katexReads(tex)) {
        joined.splice(-2, 2, { kind: 'math', tex, display: false });
        continue;
      }
    }
    joined.push(segment);
  }
  return joined;
}
