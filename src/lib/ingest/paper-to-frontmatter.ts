import { paperSchema, type PaperFrontmatter, type RelatedPaper } from '../paper/paper-schema.ts';
import { textToExcerpt } from '../site/text-to-excerpt.ts';
import { segmentsToText } from '../math/tex-to-text.ts';
import { textToSegments } from '../math/text-to-segments.ts';
import { textToPlain } from '../math/text-to-plain.ts';
import type { MergedPaper } from './types.ts';

/**
 * The validated frontmatter of a merged paper, or the schema's complaint
 * naming the paper's first source and the offending field.
 */
export function paperToFrontmatter(
  paper: MergedPaper,
  slug: string,
  topics: readonly string[],
  related: readonly RelatedPaper[],
): { ok: true; frontmatter: PaperFrontmatter } | { ok: false; message: string } {
  const candidate = {
    title: paper.title,
    plainTitle: textToPlain(paper.title),
    slug,
    ...(paper.date === undefined ? {} : { date: paper.date }),
    ...(paper.year === undefined ? {} : { year: paper.year }),
    ...(paper.authorCount === undefined ? {} : { authorCount: paper.authorCount }),
    ...(paper.upvotes === undefined ? {} : { upvotes: paper.upvotes }),
    // Plain readable text: TeX read as text ("O(√T)"), never its source.
    excerpt: textToExcerpt(segmentsToText(textToSegments(paper.abstract)).replace(/\s+/g, ' ')),
    sources: paper.sources,
    codeLinks: paper.codeLinks,
    topics: [...topics],
    related: [...related],
  };
  const result = paperSchema.safeParse(candidate);
  if (result.success) return { ok: true, frontmatter: result.data };
  const first = paper.sources[0];
  const where = first === undefined ? paper.title : `${first.dump}:${first.line}`;
  const issues = result.error.issues.map((i) => `field "${i.path.join('.')}": ${i.message}`).join('; ');
  return { ok: false, message: `${where}: paper "${paper.title}" fails the schema: ${issues}` };
}
