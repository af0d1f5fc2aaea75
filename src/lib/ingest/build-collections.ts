import type { PaperFrontmatter } from '../paper-schema.ts';
import type { DumpResult } from './dump-to-records.ts';

/** A dump as the site shows it: a saved listing, in its original order. */
export interface CollectionEntry {
  id: string;
  file: string;
  title: string;
  layout: string | null;
  captured: string | null;
  /** Slugs of the papers in the order the dump lists them, each once. */
  papers: string[];
}

/**
 * One collection per readable dump, titled by its sidecar `title` or its
 * file name, listing its papers in their original order.
 */
export function buildCollections(dumps: readonly DumpResult[], papers: readonly PaperFrontmatter[]): CollectionEntry[] {
  const slugBySource = new Map<string, string>();
  for (const paper of papers) for (const s of paper.sources) slugBySource.set(`${s.dump}\u0000${s.line}`, paper.slug);
  return dumps
    .filter((dump) => dump.error === undefined)
    .map((dump) => {
      const id = dump.file.replace(/\.txt$/i, '');
      const ordered = dump.records
        .slice()
        .sort((a, b) => a.source.line - b.source.line)
        .map((r) => slugBySource.get(`${r.source.dump}\u0000${r.source.line}`))
        .filter((slug): slug is string => slug !== undefined);
      return {
        id,
        file: dump.file,
        title: dump.sidecar.title ?? id,
        layout: dump.layout ?? null,
        captured: dump.captured ?? null,
        papers: [...new Set(ordered)],
      };
    });
}
