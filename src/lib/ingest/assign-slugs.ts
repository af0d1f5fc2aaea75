import { createHash } from 'node:crypto';
import { MAX_SLUG_LENGTH, titleToSlug } from '../paper/title-to-slug.ts';

const HASH_LENGTH = 6;
/** The hash a paper carries instead when its short slug is taken: wide enough that it never collides in practice. */
const WIDE_HASH_LENGTH = 12;

/** Papers whose short slug was the same: the first kept it, the others carry a wider hash. */
export interface SlugCollision {
  slug: string;
  kept: string;
  moved: { title: string; slug: string }[];
}

/**
 * The slug of every paper, keyed by title key, decided from each paper's own
 * title so that adding, removing or reordering dumps never moves a paper. A
 * title whose slug spells out its whole key (plain ASCII, not cut at 80
 * characters) gets that slug; any other title could share its slug with a
 * different paper some day, so it carries a short hash of its title key
 * ("cafe-society-76508e").
 *
 * Two different titles can still draw the same short slug (a long shared
 * beginning and the same 6-hex hash: about one chance in 16 million per
 * pair). Then the paper whose slug spells its title, else the one whose
 * title key sorts first, keeps the short slug, and every other one carries a
 * 12-hex hash of its key instead. So a paper's URL changes only if a paper
 * arriving later collides with it and sorts before it; never because of
 * the order of the dumps.
 */
export function assignSlugs(papers: readonly { key: string; title: string }[]): {
  slugs: Map<string, string>;
  collisions: SlugCollision[];
} {
  const bySlug = new Map<string, { key: string; title: string; spelled: boolean }[]>();
  for (const paper of papers) {
    const base = titleToSlug(paper.title);
    const spelled = base !== '' && base.replaceAll('-', '') === paper.key;
    const slug = spelled ? base : hashedSlug(paper, HASH_LENGTH);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), { ...paper, spelled }]);
  }
  const slugs = new Map<string, string>();
  const collisions: SlugCollision[] = [];
  const taken = new Set(bySlug.keys());
  for (const [slug, claimants] of [...bySlug].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [first, ...rest] = [...claimants].sort(
      (a, b) => Number(b.spelled) - Number(a.spelled) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    if (first === undefined) continue;
    slugs.set(first.key, slug);
    if (rest.length === 0) continue;
    const moved = rest.map((paper) => {
      let wide = hashedSlug(paper, WIDE_HASH_LENGTH);
      for (let k = 2; taken.has(wide); k++) wide = `${hashedSlug(paper, WIDE_HASH_LENGTH)}-${k}`;
      taken.add(wide);
      slugs.set(paper.key, wide);
      return { title: paper.title, slug: wide };
    });
    collisions.push({ slug, kept: first.title, moved });
  }
  return { slugs, collisions };
}

function hashedSlug(paper: { key: string; title: string }, length: number): string {
  const hash = createHash('sha256').update(paper.key).digest('hex').slice(0, length);
  const base = titleToSlug(paper.title, MAX_SLUG_LENGTH - length - 1);
  return base === '' ? `paper-${hash}` : `${base}-${hash}`;
}
