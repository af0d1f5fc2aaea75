/**
 * Marks each name part in the paper's indexed text ("⁂graph ⁂qformer"):
 * Pagefind indexes the word without the mark, while excerpts and the
 * offline copies, which show the indexed text, drop every marked word.
 */
export const NAME_PART_MARK = '\u2042';

/** The indexed text of a paper's name parts: each part marked (see NAME_PART_MARK). */
export function namePartsToText(parts: readonly string[]): string {
  return parts.map((part) => `${NAME_PART_MARK}${part}`).join(' ');
}

/** Indexed text without its name parts, for a reader's eyes. */
export function withoutNameParts(text: string): string {
  return text.replace(/\s*\u2042\S*/gu, '');
}

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
  // Most words are neither compound nor camel-case: a scan for the marks of
  // one (a hyphen or slash, a capital after a letter or digit) finds the few
  // tokens, each taken whole between spaces, before the exact split.
  let done = -1;
  for (const mark of text.matchAll(/[-‐‑/]|[a-z0-9\u00df-\u00ff][A-Z\u00c0-\u00de]|[A-Z][A-Z][a-z]/g)) {
    if (mark.index < done) continue;
    const start = Math.max(text.lastIndexOf(' ', mark.index), text.lastIndexOf('\n', mark.index)) + 1;
    SPACE.lastIndex = mark.index;
    done = SPACE.exec(text)?.index ?? text.length;
    const token = text.slice(start, done);
    // Without a capital or a digit, a token is a lower-case compound, which gives nothing.
    if (!/[A-Z0-9\p{Lu}]/u.test(token)) continue;
    for (const [name] of token.matchAll(/[\p{L}\p{N}]+(?:[-‐‑/][\p{L}\p{N}]+)*/gu)) {
      // A name longer than any word the text model keeps (a pasted hash, a 200,000-letter run) gives no parts.
      if (name.length > MAX_NAME_LENGTH || !/[-‐‑/]|.\p{Lu}/u.test(name)) continue;
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
 * The longest name split into parts, in UTF-16 code units: the text model's
 * MAX_WORD_LENGTH (not imported, so the browser's search code stays free of
 * the stemmer).
 */
const MAX_NAME_LENGTH = 64;

/** The next white space. */
const SPACE = /\s/g;

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
