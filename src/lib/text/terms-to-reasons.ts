import { wordToTerm } from './text-to-tokens.ts';

/**
 * The first `count` terms (ids into `surfaces`, weightiest first) that each
 * say something new, as readers write them. A term that shares a word with
 * one already chosen is left out ("mutual" after "mutual information",
 * "maximize mutual" too, "mixture" after "mixture-of-experts"), unless it
 * holds every chosen term it shares words with: then it takes the first one's
 * place ("black holes" replaces "black"). An acronym of a chosen term, or a
 * term a chosen acronym stands for, is left out ("FL" and "federated
 * learning"). Words are compared as the text model counts them (stemmed).
 */
export function termsToReasons(surfaces: readonly string[], ids: readonly number[], count: number): string[] {
  const chosen: { surface: string; stems: Set<string> }[] = [];
  for (const id of ids) {
    const surface = surfaces[id] ?? '';
    const stems = new Set(wordsOf(surface).flatMap((w) => wordToTerm(w) ?? []));
    if (stems.size === 0 || chosen.some((c) => standsFor(surface, c.surface) || standsFor(c.surface, surface))) continue;
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

/** True when `short` is an acronym ("FL", "GNNs", "MoE") of the words of `long` ("federated learning"). */
function standsFor(short: string, long: string): boolean {
  if (!/^\p{L}+$/u.test(short) || !/\p{Lu}.*\p{Lu}/u.test(short)) return false;
  const letters = short.replace(/(?<=\p{Lu})s$/u, '').toLowerCase();
  const words = wordsOf(long);
  return words.length === letters.length && words.every((w, i) => w.charAt(0).toLowerCase() === letters.charAt(i));
}
