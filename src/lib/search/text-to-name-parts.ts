/**
 * The parts of the compound names in a text, as extra words for the search
 * index. Pagefind indexes "Graph-QFormer" as one word ("graphqformer"), so a
 * reader's "qformer" or "graph qformer" would miss it, and "InstructG2I" only
 * by its start. Each hyphenated or camel-case name gives its parts and, for a
 * camel-case part, its own pieces: "Graph-QFormer" → graph qformer q former.
 * Parts shorter than two characters, and names already plain words, give
 * nothing. The result is sorted and without repeats, so a page's extra text
 * is the same whatever the order of its names.
 */
export function textToNameParts(text: string): string[] {
  const parts = new Set<string>();
  // Most words are neither compound nor camel-case: a cheap scan of the
  // space-separated tokens finds the few that may be, before the exact split.
  for (const token of text.split(/\s+/)) {
    if (!/[-‐‑/]|[^\s][A-Z\u00c0-\u00de\u0391-\u03a9]/.test(token)) continue;
    for (const [name] of token.matchAll(/[\p{L}\p{N}]+(?:[-‐‑/][\p{L}\p{N}]+)*/gu)) {
      if (!/[-‐‑/]|.\p{Lu}/u.test(name)) continue;
      const pieces = name.split(/[-‐‑/]/u);
      // Lower-case compounds ("self-supervised") Pagefind already finds by their parts.
      const compound = pieces.length > 1 && /[\p{Lu}\p{N}]/u.test(name);
      for (const piece of pieces) {
        const camel = camelPieces(piece);
        if (compound) parts.add(piece.toLowerCase());
        if (camel.length > 1) for (const c of camel) parts.add(c.toLowerCase());
      }
    }
  }
  return [...parts].filter((p) => p.length >= 2 && /\p{L}/u.test(p)).sort();
}

/**
 * A camel-case word's pieces, split only before a capitalised word of three
 * letters or more: "QFormer" → Q Former, "ControlNet" → Control Net,
 * "BERTScore" → BERT Score; "LLaMA", "MoE" and "InstructG2I" stay whole.
 */
function camelPieces(word: string): string[] {
  return word
    .replace(/([\p{Ll}\p{N}])(\p{Lu}\p{Ll}{2,})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll}{2,})/gu, '$1 $2')
    .split(' ');
}
