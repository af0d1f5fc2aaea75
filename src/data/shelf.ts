import { getCollection } from 'astro:content';
import { buildShelf, type Shelf } from '../lib/site/build-shelf.ts';

let shelf: Promise<Shelf> | undefined;

/** The site's model, built once per build from the content collections. */
export function getShelf(): Promise<Shelf> {
  shelf ??= (async () => {
    const [papers, topics, dumps] = await Promise.all([getCollection('papers'), getCollection('topics'), getCollection('dumps')]);
    return buildShelf({
      papers: papers.map((entry) => ({ data: entry.data })),
      topics: topics.map((entry) => entry.data).sort((a, b) => a.order - b.order),
      collections: dumps.map((entry) => entry.data),
    });
  })();
  return shelf;
}
