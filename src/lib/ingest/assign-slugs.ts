import { createHash } from 'node:crypto';
import { MAX_SLUG_LENGTH, titleToSlug } from './title-to-slug.ts';

const HASH_LENGTH = 6;

/**
 * The slug of every paper, keyed by title key. A title whose slug spells out
 * its whole key (plain ASCII, not cut) always owns the plain slug; other
 * papers sharing that slug get a short hash of their own title key appended.
 * Nothing depends on input order, so a paper keeps its URL across runs.
 */
export function assignSlugs(papers: readonly { key: string; title: string }[]): Map<string, string> {
  const byBase = new Map<string, { key: string; title: string }[]>();
  for (const paper of papers) {
    const base = titleToSlug(paper.title);
    byBase.set(base, [...(byBase.get(base) ?? []), paper]);
  }
  const slugs = new Map<string, string>();
  for (const [base, group] of byBase) {
    for (const paper of group) {
      const unique = group.length === 1 || base.replaceAll('-', '') === paper.key;
      slugs.set(paper.key, unique && base !== '' ? base : hashedSlug(paper));
    }
  }
  return slugs;
}

function hashedSlug(paper: { key: string; title: string }): string {
  const hash = createHash('sha256').update(paper.key).digest('hex').slice(0, HASH_LENGTH);
  const base = titleToSlug(paper.title, MAX_SLUG_LENGTH - HASH_LENGTH - 1);
  return base === '' ? `paper-${hash}` : `${base}-${hash}`;
}
