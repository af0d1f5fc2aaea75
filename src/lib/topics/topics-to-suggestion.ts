import { Document, isScalar, isSeq, visit } from 'yaml';
import type { Taxonomy } from './taxonomy-schema.ts';
import type { FittedTopics } from './fit-topics.ts';

const HEADER = `Suggested topics for this shelf, written by \`npm run topics\`.

The taxonomy's topics that still hold papers keep their phrases; topics and
subtopics found in the papers' own words follow, each with the words that
set it apart as phrases (a subtopic names its topic under \`parent\`). Edit
names, descriptions and phrases as you like, then adopt the file:

  cp content/topics.suggested.yaml content/topics.yaml && npm run ingest

The format and the matching rules are those of content/topics.yaml.`;

/**
 * A taxonomy in the format of topics.yaml: the catch-all, the taxonomy's
 * topics that still hold papers (in their order, with their phrases), then
 * the discovered topics and subtopics with their label words as phrases.
 */
export function topicsToSuggestion(fitted: FittedTopics, taxonomy: Taxonomy): string {
  const counts = new Map<string, number>();
  for (const slugs of fitted.assignments) for (const slug of slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const parents = new Set(fitted.topics.flatMap((t) => (t.parent === undefined ? [] : [t.parent])));
  const kept = fitted.topics.filter((t) => t.slug !== taxonomy.catchAll.slug && ((counts.get(t.slug) ?? 0) > 0 || parents.has(t.slug)));
  const doc = new Document({
    catchAll: taxonomy.catchAll,
    topics: kept.map(({ slug, name, description, phrases, parent }) => ({
      slug,
      name,
      description,
      ...(parent === undefined ? {} : { parent }),
      phrases,
    })),
  });
  doc.commentBefore = HEADER.split('\n')
    .map((line) => (line === '' ? '' : ` ${line}`))
    .join('\n');
  // Phrase lists on one line each, as in topics.yaml.
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'phrases' && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
