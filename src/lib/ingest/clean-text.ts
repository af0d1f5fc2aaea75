/**
 * The text with control characters, zero-width marks and Unicode
 * noncharacters removed and every run of whitespace collapsed to one space:
 * what a reader sees of a line copied from a page.
 */
export function cleanText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- stripping control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\ufeff]/g, '')
      .replace(NONCHARACTER, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * The 66 Unicode noncharacters: U+FDD0–U+FDEF and the last two code points
 * of every plane (U+FFFE, U+FFFF, U+1FFFE … U+10FFFF). They are valid UTF-8
 * but never text, and XML 1.0 forbids U+FFFE and U+FFFF, so one of them in a
 * title would make the Atom feeds ill-formed.
 * https://www.unicode.org/faq/private_use.html#noncharacters
 */
const NONCHARACTER = /\p{Noncharacter_Code_Point}/gu;
