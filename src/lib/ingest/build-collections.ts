import type { PaperFrontmatter } from '../paper/paper-schema.ts';
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
 * One collection per readable dump, listing its papers in their original
 * order. Its title is the sidecar's `title`, else what the dump holds: "Daily
 * papers, 18 Nov 2025" from a daily page's date, "Listing: papers from
 * Mar–Jul 2025" from the dates of a listing's papers (wherever the shelf
 * learnt them), else a readable form of the file name. The id stays the file
 * name.
 */
export function buildCollections(dumps: readonly DumpResult[], papers: readonly PaperFrontmatter[]): CollectionEntry[] {
  const slugBySource = new Map<string, string>();
  const dateBySlug = new Map<string, string>();
  for (const paper of papers) {
    for (const s of paper.sources) slugBySource.set(`${s.dump}\u0000${s.line}`, paper.slug);
    if (paper.date !== undefined) dateBySlug.set(paper.slug, paper.date);
  }
  const readable = dumps.filter((dump) => dump.error === undefined);
  const collections = readable.map((dump) => {
    const id = dump.file.replace(/\.txt$/i, '');
    const ordered = dump.records
      .slice()
      .sort((a, b) => a.source.line - b.source.line)
      .map((r) => slugBySource.get(`${r.source.dump}\u0000${r.source.line}`))
      .filter((slug): slug is string => slug !== undefined);
    const slugs = [...new Set(ordered)];
    const dates = slugs.flatMap((slug) => dateBySlug.get(slug) ?? []);
    return {
      id,
      file: dump.file,
      title: dump.sidecar.title ?? dumpToTitle(dump, id, dates),
      layout: dump.layout ?? null,
      captured: dump.captured ?? null,
      papers: slugs,
    };
  });
  // Titles name collections in search filters: two dumps of one day (or two undated listings of one size) are told apart by file.
  const count = new Map<string, number>();
  for (const c of collections) count.set(c.title, (count.get(c.title) ?? 0) + 1);
  return collections.map((c, i) => {
    const derived = readable[i]?.sidecar.title === undefined;
    return derived && (count.get(c.title) ?? 0) > 1 ? { ...c, title: `${c.title} · ${c.file}` } : c;
  });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A dump's title from what it holds: its layout, then the page date of a
 * daily page (as captured, else as printed), else the month range of its
 * papers' dates, else the capture date; with no date at all, the file name
 * made readable.
 */
function dumpToTitle(dump: DumpResult, id: string, dates: readonly string[]): string {
  if (dump.layout === 'daily') {
    const page = dump.captured === undefined ? dump.pageDateText : isoToDay(dump.captured);
    if (page !== undefined) return `Daily papers, ${page}`;
  }
  const kind = dump.layout === 'daily' ? 'Daily papers' : 'Listing';
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  // The count is shown beside the title wherever it appears; the title says what the list holds.
  if (first !== undefined && last !== undefined) return `${kind}: papers from ${monthRange(first, last)}`;
  if (dump.captured !== undefined) return `${kind}, saved ${isoToDay(dump.captured)}`;
  const name = id.replace(/[-_\s]+/g, ' ').trim();
  return name.toLowerCase() === kind.toLowerCase() || name === '' ? kind : `${kind}: ${name}`;
}

/** "2025-11-18" → "18 Nov 2025". */
function isoToDay(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** The months two ISO dates span: "Mar 2025", "Mar–Jul 2025", "Dec 2024–Feb 2025". */
function monthRange(first: string, last: string): string {
  const month = (iso: string): string => MONTHS[Number(iso.slice(5, 7)) - 1] ?? iso.slice(5, 7);
  const [y1, y2] = [first.slice(0, 4), last.slice(0, 4)];
  if (y1 !== y2) return `${month(first)} ${y1}–${month(last)} ${y2}`;
  return month(first) === month(last) ? `${month(first)} ${y1}` : `${month(first)}–${month(last)} ${y1}`;
}
