import { createHash } from 'node:crypto';
import { MAX_SLUG_LENGTH, titleToSlug } from './title-to-slug.ts';

const HASH_LENGTH = 6;

/**
 * The slug of every paper, keyed by title key, decided from each paper's own
 * title alone so that adding, removing or reordering dumps never moves a
 * paper. A title whose slug spells out its whole key (plain ASCII, not cut
 * at 80 characters) gets that slug; any other title could share its slug
 * with a different paper some day, so it always carries a short hash of its
 * title key ("cafe-society-76508e").
 */
export function assignSlugs(papers: readonly { key: string; title: string }[]): Map<string, string> {
  const slugs = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const paper of papers) {
    const base = titleToSlug(paper.title);
    const slug = base !== '' && base.replaceAll('-', '') === paper.key ? base : hashedSlug(paper);
    const owner = owners.get(slug);
    if (owner !== undefined) throw new Error(`two papers share the slug "${slug}": "${owner}" and "${paper.title}"`);
    owners.set(slug, paper.title);
    slugs.set(paper.key, slug);
  }
  return slugs;
}

function hashedSlug(paper: { key: string; title: string }): string {
  const hash = createHash('sha256').update(paper.key).digest('hex').slice(0, HASH_LENGTH);
  const base = titleToSlug(paper.title, MAX_SLUG_LENGTH - HASH_LENGTH - 1);
  return base === '' ? `paper-${hash}` : `${base}-${hash}`;
}
