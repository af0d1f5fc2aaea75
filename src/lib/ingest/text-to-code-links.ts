/** An http(s) address in running text, possibly with trailing punctuation. */
export const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`{}|\\^]+/gi;
const TRAILING = /[.,;:!?'"*_]+$/;

/**
 * The URLs an abstract mentions, in order of appearance and without the
 * sentence punctuation that follows them ("…at https://github.com/a/b.").
 * A closing parenthesis is kept only when the URL opened one.
 */
export function textToCodeLinks(text: string): string[] {
  const links: string[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const link = trimUrl(match[0]);
    if (isValidUrl(link) && !links.includes(link)) links.push(link);
  }
  return links;
}

/** The address without the sentence punctuation that follows it. */
export function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const before = url;
    url = url.replace(TRAILING, '');
    const last = url.at(-1);
    if (last === ')' || last === ']') {
      const open = last === ')' ? '(' : '[';
      if (count(url, open) < count(url, last)) url = url.slice(0, -1);
    }
    if (url === before) return url;
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function isValidUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.hostname.includes('.');
  } catch {
    return false;
  }
}
