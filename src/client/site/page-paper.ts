/**
 * What a page says of itself in its head: its canonical address and its
 * title as plain text (og:title). Scripts read these rather than each page
 * writing the title and slug again into data attributes.
 */
export function pageCanonical(): string {
  return document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
}

/** The page's plain title, as written in its og:title. */
export function pageTitle(): string {
  return document.querySelector<HTMLMetaElement>('meta[property="og:title"]')?.content ?? document.title;
}

/** The slug of a paper page (`/papers/<slug>/`), or undefined elsewhere. */
export function pagePaperSlug(): string | undefined {
  return /\/papers\/([^/]+)\/$/u.exec(new URL(pageCanonical()).pathname)?.[1];
}
