/**
 * The text with control characters removed and every run of whitespace
 * collapsed to one space: what a reader sees of a line copied from a page.
 */
export function cleanText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- stripping control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\ufeff]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
