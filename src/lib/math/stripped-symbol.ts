import { ALWAYS_SYMBOL, GREEK } from './stripped-tex-names.ts';

/** The names that may stand alone as a symbol, or start a run of stripped TeX glued to TeX syntax. */
export const STANDALONE: ReadonlySet<string> = new Set([...GREEK, ...ALWAYS_SYMBOL, 'approx', 'sim', 'simeq', 'pm', 'mp', 'ell']);

/** Words after which a Greek name reads as a symbol: "sigma over the set", "eta and batch size", "lambda denotes". */
const FUNCTION_WORD =
  /^(?:to|on|in|as|is|are|was|were|be|by|over|with|for|that|which|where|when|while|than|less|greater|at|from|via|into|under|using|denotes?|represents?|controls?|can|must|should|will|has|have)\b/u;

/** Words that name a parameter, before the name that is its symbol: "learning rate eta and". */
const PARAMETER =
  /\b(?:rate|parameter|coefficient|constant|level|factors?|exponent|threshold|weight|temperature|scale|variance|bandwidths?|density|size|gap|step|noise|angle) $/u;

/**
 * Whether the name at [start, end) is glued to TeX syntax: a subscript,
 * superscript, brace, relation sign or slash in its word (`beta_m`,
 * `Y^sigma`, `zeta>0`), a slash between it and a digit, letter or bracket
 * (`2/eta`, `pi/4`), a bracket right after it (`Theta(1/k^2)`, `beta'`), a
 * digit right before it (`1sim 2`, `8.81pm0.10`), or a bracket between it
 * and a letter before it (`TD(lambda)`, `R(pi/4)`); never in a web address.
 */
export function inMathWord(text: string, start: number, end: number): boolean {
  const wordStart = text.slice(0, start).search(/\S*$/u);
  const wordEnd = end + (text.slice(end).match(/^\S*/u)?.[0].length ?? 0);
  const word = text.slice(wordStart, wordEnd);
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (isAddress(word)) return false;
  return (
    /[_^{}=<>]/u.test(word) ||
    /[(']/u.test(after) ||
    /^\/(?:[0-9A-Za-z](?![A-Za-z])|\()/u.test(text.slice(end)) ||
    /[0-9]/u.test(before) ||
    /(?:^|[^A-Za-z])[0-9A-Za-z)]\/$/u.test(text.slice(Math.max(0, start - 3), start)) ||
    (before === '(' && /[A-Za-z]/u.test(text[start - 2] ?? ''))
  );
}

/** Whether a word is a web address or a path, where names are letters: "github.com/ThetaOne-AI/HiKE". */
function isAddress(word: string): boolean {
  return /:\/\/|^\(?(?:www\.|https?:)|\.(?:com|org|io|ai|net)\b|[A-Za-z]{2}\/[A-Za-z]{2}/u.test(word);
}

/**
 * Whether a name standing alone at [start, end) is the symbol that lost its
 * backslash. Relations and arrows always are ("leq", "rightarrow"); "approx"
 * unless an abbreviation ("approx. 35K"); "sim" and "pm" beside a digit
 * ("sim8%", "{ pm 1}"), never in "sim-to-real". A Greek name is a symbol
 * where the text uses it as math elsewhere (`known`), else where the words
 * around it read so: before punctuation, a function word or math ("rate eta
 * and", "gap Delta.", "rho approx 0.9"), or glued to an acronym ("muP",
 * "omegaGCN"). It stays a word before another word ("delta tuning", "gamma
 * priors", "alpha blending"), in a name ("Deep Delta Learning", "Raspberry
 * Pi 5", "Phi-4", "PiSSA", "nuScenes"), and in a hyphenated word unless
 * known ("sim-to-real", "amyloid-beta").
 */
export function symbolAt(text: string, start: number, end: number, known: ReadonlySet<string>): boolean {
  const name = text.slice(start, end);
  const before = text.slice(0, start);
  const after = text.slice(end);
  const next = after.replace(/^ /u, '');
  if (isAddress(text.slice(before.search(/\S*$/u), end + (after.match(/^\S*/u)?.[0].length ?? 0)))) return false;
  if (name === 'sim' || name === 'pm' || name === 'mp') return !after.startsWith('-') && (/[0-9]$/u.test(before) || /^[0-9]/u.test(next));
  // Glued to a hyphen, a plus or a digit, a name may be part of a name: "Phi-4", "amyloid-beta", "pi0-FAST", "CuO4+delta".
  const glued = /[-+]$/u.test(before) || /^[-0-9]/u.test(after);
  if (/^[A-Z]/u.test(after)) return /^[a-z]/u.test(name) && name !== 'pi' && /^[A-Z]{1,5}s?(?![A-Za-z])/u.test(after);
  if (glued) return known.has(name) || ALWAYS_SYMBOL.includes(name);
  if (ALWAYS_SYMBOL.includes(name)) return true;
  if (name === 'approx') return !after.startsWith('.');
  if (!GREEK.includes(name)) return false;
  const capital = /^[A-Z]/u.test(name);
  // A name of a product or a place: "Raspberry Pi 5", "Deep Delta Learning", "AWS Lambda cluster".
  if (capital && (/^[A-Z0-9]/u.test(next) || /[A-Za-z]*[A-Z][A-Za-z]+ $/u.test(before.slice(-30)))) return false;
  // A roman numeral in a list: "(x) ... (xi) threshold".
  if (name === 'xi' && before.endsWith('(') && after.startsWith(')')) return false;
  if (known.has(name)) return true;
  const mathNext = /^(?:[0-9=<>~+\-−|]|(?:[A-Za-z]|approx|leq|geq|neq|sim)(?![A-Za-z]))/u.test(next) && !/^[aAI] /u.test(next);
  // A statistic named after its author reads as a word, unless math follows: "Cohen's kappa of", "Spearman's rho approx 0.9".
  if (/'s $/u.test(before)) return mathNext;
  if (after === '' || /^[.,;:)\]]/u.test(after) || mathNext) return true;
  // "toxic tau and amyloid-beta" is a list of words; "learning rate eta and batch size B", "eta and B" are not.
  if (/^(?:and|or) /u.test(next)) return PARAMETER.test(before) || /^(?:and|or) [A-Za-z0-9](?![A-Za-z])/u.test(next);
  return FUNCTION_WORD.test(next);
}
