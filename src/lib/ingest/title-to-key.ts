/**
 * The identity of a paper: its title under Unicode NFKC, lower-cased, with
 * whitespace, punctuation and TeX `$` markers dropped, so that
 * "…with $f$-Divergence…" and "…with f-Divergence…" are one paper.
 */
export function titleToKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}
