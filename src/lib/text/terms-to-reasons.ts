import { wordToTerm } from './text-to-tokens.ts';

/**
 * The first `count` terms (ids into `surfaces`, weightiest first) that each
 * say something new, as readers write them. A term that shares a word with
 * one already chosen is left out ("mutual" after "mutual information",
 * "maximize mutual" too, "mixture" after "mixture-of-experts"), unless it
 * holds every chosen term it shares words with: then it takes the first one's
 * place ("black holes" replaces "black"). An acronym of a chosen term, or a
 * term a chosen acronym stands for, is left out, and its words count as the
 * chosen term's ("FL", then neither "federated learning" nor "federated").
 * Words are compared as the text model counts them (stemmed).
 */
export function termsToReasons(surfaces: readonly string[], ids: readonly number[], count: number): string[] {
  const chosen: { surface: string; stems: Set<string> }[] = [];
  for (const id of ids) {
    const surface = surfaces[id] ?? '';
    // A word as the model counts it, and as it would in lower case ("eXplainable" is kept as a name, "explainable" stemmed).
    const stems = new Set(wordsOf(surface).flatMap((w) => [wordToTerm(w) ?? [], wordToTerm(w.toLowerCase()) ?? []].flat()));
    if (stems.size === 0) continue;
    // An acronym and its words say one thing: the words of either then count as the chosen one's ("federated" after "FL").
    const same = chosen.find((c) => standsFor(surface, c.surface) || standsFor(c.surface, surface));
    if (same !== undefined) {
      for (const s of stems) same.stems.add(s);
      const inside = chosen.filter((c) => c !== same && [...c.stems].every((s) => stems.has(s)));
      for (const c of inside) chosen.splice(chosen.indexOf(c), 1);
      continue;
    }
    const entry = { surface, stems };
    const [first, ...others] = chosen.filter((c) => [...c.stems].some((s) => stems.has(s)));
    if (first === undefined) {
      if (chosen.length < count) chosen.push(entry);
      continue;
    }
    if (![first, ...others].every((c) => c.stems.size < stems.size && [...c.stems].every((s) => stems.has(s)))) continue;
    chosen[chosen.indexOf(first)] = entry;
    for (const c of others) chosen.splice(chosen.indexOf(c), 1);
  }
  return chosen.map((c) => c.surface);
}

function wordsOf(surface: string): string[] {
  return surface.split(/[ -]+/).filter((w) => w.length > 0);
}

/**
 * True when `short` is an acronym ("FL", "GNNs", "MoE") of the words of
 * `long` ("federated learning"), or of a run of them ("LLM" and "large
 * language", "SGD" and "gradient descent").
 */
function standsFor(short: string, long: string): boolean {
  if (!/^\p{L}+$/u.test(short) || !/\p{Lu}.*\p{Lu}/u.test(short)) return false;
  const letters = short.replace(/(?<=\p{Lu})s$/u, '').toLowerCase();
  const words = wordsOf(long);
  return words.length >= 2 && letters.includes(words.map((w) => w.charAt(0).toLowerCase()).join(''));
}
