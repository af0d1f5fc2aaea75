/** LaTeX commands for the characters BibTeX and LaTeX read as syntax. */
const SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In LaTeX's default (OT1) text fonts these two print ¡ and ¿.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  // A bare double quote ends a quoted field and is an active character under babel's German.
  '"': '{"}',
};

/** Combining accents, as the LaTeX accent command that draws them on the letter before. */
const ACCENT: Readonly<Record<string, string>> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '=',
  '\u0306': 'u',
  '\u0307': '.',
  '\u0308': '"',
  '\u030a': 'r',
  '\u030b': 'H',
  '\u030c': 'v',
  '\u0327': 'c',
  '\u0328': 'k',
};

/** Letters with no decomposition that LaTeX spells as a command. */
const LETTER: Readonly<Record<string, string>> = {
  ß: '\\ss',
  æ: '\\ae',
  Æ: '\\AE',
  œ: '\\oe',
  Œ: '\\OE',
  ø: '\\o',
  Ø: '\\O',
  å: '\\aa',
  Å: '\\AA',
  ł: '\\l',
  Ł: '\\L',
};

/** Pairs TeX fonts join into one glyph (`--` is a dash, `''` a closing quote, `!`` is ¡): an empty group after the first keeps them apart. */
const LIGATURE = /^(?:--|''|``|,,|!`|\?`)$/u;

/**
 * Plain text as the value of a brace-delimited BibTeX field that plain
 * BibTeX and LaTeX both read back as the same text: syntax characters
 * escaped, accented Latin letters spelt with accent commands in braces
 * (`é` as `{\'e}`), ligatures broken (`-{}-`), whitespace runs as one space. Other characters (Greek,
 * CJK, symbols) stay as UTF-8, which biber and every current LaTeX read.
 */
export function textToBibtex(text: string): string {
  let out = '';
  // Code points, not graphemes: each combining accent is looked at on its own.
  const chars = Array.from(text.normalize('NFD').replace(/\s+/gu, ' ').trim());
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    const accents: string[] = [];
    while (ACCENT[chars[i + 1] ?? ''] !== undefined) accents.push(ACCENT[chars[++i] ?? ''] ?? '');
    const letter = SPECIAL[char] ?? LETTER[char] ?? char;
    if (accents.length === 0) {
      out += letter.startsWith('\\') && letter !== SPECIAL[char] ? `{${letter}}` : letter;
      if (LIGATURE.test(char + (chars[i + 1] ?? ''))) out += '{}';
      continue;
    }
    // Each accent wraps the letter, innermost first: ǘ is {\'{\"u}}.
    out += accents.reduce((inner, accent) => `{\\${accent}${/^[A-Za-z]/u.test(accent) ? ' ' : ''}${inner}}`, letter);
  }
  return out.normalize('NFC');
}
