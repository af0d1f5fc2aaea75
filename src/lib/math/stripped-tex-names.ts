/** Greek letters, as TeX names them. */
export const GREEK = [
  ...['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'vartheta', 'iota', 'kappa'],
  ...['lambda', 'mu', 'nu', 'xi', 'pi', 'varpi', 'rho', 'varrho', 'sigma', 'varsigma', 'tau', 'upsilon', 'phi', 'varphi'],
  ...['chi', 'psi', 'omega', 'Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Upsilon', 'Phi', 'Psi', 'Omega'],
];

/** Relations, arrows and operators that are no English word: standalone, each is the symbol ("a leq 2% degradation"). */
export const ALWAYS_SYMBOL = [
  ...['leq', 'geq', 'neq', 'lesssim', 'gtrsim', 'll', 'gg', 'propto', 'cdot', 'infty', 'nabla', 'forall', 'otimes', 'oplus'],
  ...['rightarrow', 'leftarrow', 'Rightarrow', 'Leftarrow', 'leftrightarrow', 'longrightarrow', 'mapsto'],
  ...['epsilon', 'varepsilon', 'vartheta', 'varphi', 'varrho', 'varsigma', 'varpi', 'ldots', 'cdots'],
];

/** Every name the repair puts a backslash before inside a run of stripped TeX. */
const NAMES = new Set([
  ...GREEK,
  ...ALWAYS_SYMBOL,
  ...['le', 'ge', 'approx', 'sim', 'simeq', 'pm', 'mp', 'times', 'to', 'in', 'ell', 'partial', 'circ', 'sum', 'prod'],
  ...['sqrt', 'frac', 'tilde', 'widetilde', 'widehat', 'hat', 'bar', 'left', 'right', 'log', 'exp', 'max', 'min'],
  ...['mathcal', 'mathbb', 'mathrm', 'mathbf', 'mathsf', 'star'],
]);

/** Names longest first, so that "varepsilon" wins over "epsilon" and "leq" over "le". */
const BY_LENGTH = [...NAMES].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/**
 * A run of stripped TeX with its backslashes put back. Each run of letters
 * is a name ("sigma" → `\sigma`), or names glued to one letter or to each
 * other ("dtoinfty" → `d\to\infty`, "nvarepsilon" → `n\varepsilon`,
 * "Oleft(" → `O\left(`); letters that do not split so ("input", "meta",
 * "total") stay as they are. A space follows a command where a letter does.
 * `%`, `#` and `&` are escaped, and `~` reads as `\sim`.
 */
export function runToTex(run: string): string {
  // Characters TeX reads otherwise: % opens a comment, # and & are syntax, ~ a space ("(61.4+-4.5)%", "T ~ exp").
  const escaped = run.replace(/(?<!\\)[%#&]/gu, (c) => `\\${c}`).replace(/(?<!\\)~/gu, '\\sim ');
  return escaped.replace(/(?<![\\A-Za-z])[A-Za-z]+/gu, (letters: string, offset: number) => {
    const next = escaped[offset + letters.length] ?? '';
    // "in" and "to" as a subscript or superscript are words: d_{in}, x^{to}.
    if ((letters === 'in' || letters === 'to') && /[_^]\{?$/u.test(escaped.slice(0, offset))) return letters;
    const parts = lettersToNames(letters, next);
    if (parts === undefined) return letters;
    return parts.map((part, i) => (NAMES.has(part) ? `\\${part}${/[A-Za-z]/u.test(parts[i + 1] ?? next) ? ' ' : ''}` : part)).join('');
  });
}

/** The letters as names, perhaps after one letter, covering all of them; undefined if they do not split so. */
function lettersToNames(letters: string, next: string): string[] | undefined {
  if (NAMES.has(letters)) return [letters];
  const parts: string[] = [];
  let rest = letters;
  // One letter may lead: "dto0", "kgeq", "mepsilon".
  if (rest.length > 1 && !BY_LENGTH.some((n) => rest.startsWith(n))) {
    parts.push(rest.slice(0, 1));
    rest = rest.slice(1);
  }
  while (rest !== '') {
    const name = BY_LENGTH.find((n) => rest.startsWith(n));
    if (name === undefined) return undefined;
    parts.push(name);
    rest = rest.slice(name.length);
  }
  return parts.every((part, i) => gluable(part, i, parts, next)) ? parts : undefined;
}

/** Whether one part may stand glued in a run of letters: nowhere English would read ("meta", "blog", "input", "bright"). */
function gluable(part: string, i: number, parts: readonly string[], next: string): boolean {
  const before = parts[i - 1];
  const after = parts[i + 1];
  if (!NAMES.has(part)) return i === 0 && part.length === 1;
  if (part === 'to') return after === undefined ? /[0-9]/u.test(next) : NAMES.has(after);
  if (part === 'left' || part === 'right') return after === undefined && /[([{|.]/u.test(next);
  if (part.length === 2 || ['eta', 'hat', 'bar', 'log'].includes(part)) return before !== undefined && NAMES.has(before);
  return true;
}
