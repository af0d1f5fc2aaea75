import type { PaperSource } from '../paper/paper-schema.ts';
import type { Conflict, MergedPaper, PaperRecord } from './types.ts';

/** The unique papers and the disagreements found while merging. */
export interface MergeResult {
  papers: MergedPaper[];
  conflicts: Conflict[];
}

/**
 * Merges every occurrence of one title key into one paper. Every choice
 * depends on the occurrences' content, never on which dump came first:
 * the fuller abstract, the longer title spelling, a dated occurrence whose
 * year was printed over an inferred one, the largest counts.
 */
export function mergePapers(records: readonly PaperRecord[]): MergeResult {
  const groups = new Map<string, PaperRecord[]>();
  for (const record of records) {
    const group = groups.get(record.key);
    if (group === undefined) groups.set(record.key, [record]);
    else group.push(record);
  }
  const papers: MergedPaper[] = [];
  const conflicts: Conflict[] = [];
  for (const key of [...groups.keys()].sort()) {
    const group = (groups.get(key) ?? []).slice().sort((a, b) => compareSources(a.source, b.source));
    papers.push(mergeGroup(key, group, conflicts));
  }
  return { papers, conflicts };
}

/** Orders sources by dump file name, then line. */
export function compareSources(a: PaperSource, b: PaperSource): number {
  return compareStrings(a.dump, b.dump) || a.line - b.line;
}

function mergeGroup(key: string, group: PaperRecord[], conflicts: Conflict[]): MergedPaper {
  const sources = group.map((r) => r.source);
  const byAbstract = pick(group, (a, b) => b.abstract.length - a.abstract.length || compareStrings(a.abstract, b.abstract));
  const byTitle = pick(group, (a, b) => b.title.length - a.title.length || compareStrings(a.title, b.title));
  const paper: MergedPaper = {
    key,
    title: byTitle.title,
    abstract: byAbstract.abstract,
    sources,
    codeLinks: mergeLinks(byAbstract, group),
  };
  noteConflict(conflicts, paper.title, 'abstract', byAbstract, group, (r) => r.abstract);

  const dated = group.filter((r) => r.date !== undefined);
  if (dated.length > 0) {
    const byDate = pick(dated, (a, b) => Number(b.dateHasYear) - Number(a.dateHasYear) || compareStrings(a.date ?? '', b.date ?? ''));
    if (byDate.date !== undefined) {
      paper.date = byDate.date;
      paper.year = Number(byDate.date.slice(0, 4));
    }
    noteConflict(conflicts, paper.title, 'date', byDate, dated, (r) => r.date);
  }
  for (const field of ['authorCount', 'upvotes'] as const) {
    const counted = group.filter((r) => r[field] !== undefined);
    if (counted.length === 0) continue;
    const best = pick(counted, (a, b) => (b[field] ?? 0) - (a[field] ?? 0));
    const value = best[field];
    if (value !== undefined) paper[field] = value;
    noteConflict(conflicts, paper.title, field, best, counted, (r) => r[field]);
  }
  return paper;
}

/** The first record under an ordering; ties go to the earliest source. */
function pick(group: readonly PaperRecord[], order: (a: PaperRecord, b: PaperRecord) => number): PaperRecord {
  const sorted = group.slice().sort((a, b) => order(a, b) || compareSources(a.source, b.source));
  const first = sorted[0];
  if (first === undefined) throw new Error('pick() needs at least one record');
  return first;
}

/** Links of the kept abstract in order, then any others the other occurrences add, sorted. */
function mergeLinks(kept: PaperRecord, group: readonly PaperRecord[]): string[] {
  const extra = new Set(group.flatMap((r) => r.codeLinks).filter((l) => !kept.codeLinks.includes(l)));
  return [...kept.codeLinks, ...[...extra].sort(compareStrings)];
}

function noteConflict(
  conflicts: Conflict[],
  title: string,
  field: Conflict['field'],
  kept: PaperRecord,
  group: readonly PaperRecord[],
  value: (r: PaperRecord) => unknown,
): void {
  const others = group.filter((r) => value(r) !== value(kept)).map((r) => r.source);
  if (others.length > 0) conflicts.push({ title, field, kept: kept.source, others });
}

/** Code-point order, independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
