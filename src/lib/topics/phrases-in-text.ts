import { STOP_WORDS } from '../text/stop-words.ts';

/** A phrase is grown by a word that follows (or precedes) it in at least this share of its occurrences. */
const ALWAYS = 0.7;
/** Words a name may grow to. */
const MAX_WORDS = 4;
/** A phrase followed by another content word this often modifies a subject rather than naming one ("zero-shot", "high-fidelity"). */
const MODIFIER = 0.75;
/** Occurrences looked at, at most, per phrase. */
const SAMPLE = 2000;

/** A text as runs of words between punctuation, so a phrase is only found inside one run: lower-case, and as written. */
export type Runs = readonly { lower: readonly string[]; written: readonly string[] }[];

/** A text cut into runs of words: punctuation ends a run, hyphens and spaces separate words within one. */
export function textToRuns(text: string): Runs {
  return text
    .split(/[^\p{L}\p{N}\s'’-]+/u)
    .map((run) => run.split(/[\s-]+/u).filter((w) => w.length > 0))
    .filter((run) => run.length > 0)
    .map((written) => ({ lower: written.map((w) => w.toLowerCase()), written }));
}

interface Neighbours {
  count: number;
  before: Map<string, number>;
  after: Map<string, number>;
  /** How a word around the phrase is written: in lower case if it ever is, else as first seen. */
  spelling: Map<string, string>;
  /** Occurrences followed by a content word in the same run. */
  modified: number;
  /** The words that follow, as spelled (singular or plural). */
  plural: Map<string, number>;
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Where a phrase (its words, lower-case) occurs in some texts, and the words around it. */
function neighboursOf(words: readonly string[], texts: readonly Runs[]): Neighbours {
  const found: Neighbours = { count: 0, before: new Map(), after: new Map(), spelling: new Map(), modified: 0, plural: new Map() };
  for (const runs of texts) {
    for (const { lower: run, written } of runs) {
      for (let i = 0; i + words.length <= run.length && found.count < SAMPLE; i++) {
        if (!words.every((w, j) => run[i + j] === w)) continue;
        found.count++;
        const before = run[i - 1];
        const after = run[i + words.length];
        // A word written in lower case anywhere is a common word in title case elsewhere ("Language Models").
        for (const [at, word] of [[i - 1, before] as const, [i + words.length, after] as const]) {
          if (word === undefined) continue;
          const spelled = written[at] ?? word;
          if (!found.spelling.has(word) || spelled === word) found.spelling.set(word, spelled);
        }
        if (before !== undefined) found.before.set(before, (found.before.get(before) ?? 0) + 1);
        // "model" and "models" are one word that follows: the phrase grows by the spelling seen more often.
        if (after !== undefined) found.after.set(singular(after), (found.after.get(singular(after)) ?? 0) + 1);
        if (after !== undefined) found.plural.set(after, (found.plural.get(after) ?? 0) + 1);
        if (after !== undefined && !STOP_WORDS.has(after)) found.modified++;
      }
    }
  }
  return found;
}

function mostCommon(counts: ReadonlyMap<string, number>): [string, number] | undefined {
  let best: [string, number] | undefined;
  for (const entry of counts) if (best === undefined || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  return best;
}

/**
 * A label phrase as the papers write it: grown by the word that nearly
 * always follows or precedes it ("multimodal large" → "multimodal large
 * language models", "Carlo simulations" → "Monte Carlo simulations"), up to
 * MAX_WORDS words, in the spelling of the label where the words overlap.
 * A phrase found nowhere, or never so followed, comes back as it was.
 */
export function completePhrase(phrase: string, texts: readonly Runs[]): string {
  const spelled = phrase.split(/[\s-]+/u).filter((w) => w.length > 0);
  if (spelled.length < 2) return phrase;
  let words = spelled.map((w) => w.toLowerCase());
  let before: string[] = [];
  let after: string[] = [];
  while (words.length < MAX_WORDS) {
    const around = neighboursOf(words, texts);
    if (around.count < 2) break;
    const next = mostCommon(around.after);
    const previous = mostCommon(around.before);
    if (next !== undefined && next[1] >= ALWAYS * around.count && !STOP_WORDS.has(next[0])) {
      const forms = [next[0], `${next[0]}s`].filter((f) => around.plural.has(f));
      const form = forms.sort((a, b) => (around.plural.get(b) ?? 0) - (around.plural.get(a) ?? 0))[0] ?? next[0];
      words = [...words, form];
      after = [...after, around.spelling.get(form) ?? form];
    } else if (previous !== undefined && previous[1] >= ALWAYS * around.count && !STOP_WORDS.has(previous[0])) {
      words = [previous[0], ...words];
      before = [around.spelling.get(previous[0]) ?? previous[0], ...before];
    } else break;
  }
  if (before.length === 0 && after.length === 0) return phrase;
  return [...before, phrase, ...after].join(' ');
}

/**
 * Whether a phrase mostly modifies the word after it in these texts
 * ("zero-shot classification", "high-fidelity rendering", "test-time
 * scaling") rather than naming a subject of its own: learnt from how the
 * corpus writes it, not from a list.
 */
export function isModifier(phrase: string, texts: readonly Runs[]): boolean {
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter((w) => w.length > 0);
  const around = neighboursOf(words, texts);
  return around.count > 0 && around.modified >= MODIFIER * around.count;
}
