import type { PaperFrontmatter } from '../paper/paper-schema.ts';
import type { DumpResult } from './dump-to-records.ts';
import type { Conflict, Diagnostic } from './types.ts';

/** The accounting of one dump: records in = papers + merged + rejected. */
export interface DumpAccount {
  file: string;
  layout: string | null;
  captured: string | null;
  recordsRead: number;
  papers: number;
  merged: number;
  rejected: number;
  error: string | null;
  diagnostics: Diagnostic[];
}

/** The full ingest report written next to the content. */
export interface IngestReport {
  totals: { dumps: number; recordsRead: number; papers: number; merged: number; rejected: number; refusedDumps: number };
  topics: { slug: string; papers: number; primary: number }[];
  coverage: { inRealTopic: number; share: number };
  dumps: DumpAccount[];
  conflicts: Conflict[];
}

/**
 * The ingest report. A record counts as a paper in the dump holding its
 * first occurrence (by file name, then line) and as merged everywhere else;
 * records dropped by the schema count as rejected.
 */
export function buildReport(
  dumps: readonly DumpResult[],
  papers: readonly PaperFrontmatter[],
  schemaRejections: readonly { file: string; line: number; reason: string }[],
  conflicts: readonly Conflict[],
  topicOrder: readonly string[],
  catchAll: string,
): IngestReport {
  const firstSources = new Set(papers.map((p) => `${p.sources[0]?.dump}\u0000${p.sources[0]?.line}`));
  const accounts = dumps.map((dump): DumpAccount => {
    const dropped = schemaRejections.filter((r) => r.file === dump.file).length;
    const papersHere = dump.records.filter((r) => firstSources.has(`${r.source.dump}\u0000${r.source.line}`)).length;
    const rejected = dump.rejections.length + dropped;
    return {
      file: dump.file,
      layout: dump.layout ?? null,
      captured: dump.captured ?? null,
      recordsRead: dump.recordsRead,
      papers: papersHere,
      merged: dump.records.length - papersHere - dropped,
      rejected,
      error: dump.error?.message ?? null,
      diagnostics: dump.diagnostics,
    };
  });
  const sum = (pick: (a: DumpAccount) => number): number => accounts.reduce((n, a) => n + pick(a), 0);
  const inRealTopic = papers.filter((p) => !p.topics.includes(catchAll)).length;
  return {
    totals: {
      dumps: accounts.length,
      recordsRead: sum((a) => a.recordsRead),
      papers: sum((a) => a.papers),
      merged: sum((a) => a.merged),
      rejected: sum((a) => a.rejected),
      refusedDumps: accounts.filter((a) => a.error !== null).length,
    },
    topics: [...topicOrder, catchAll].map((slug) => ({
      slug,
      papers: papers.filter((p) => p.topics.includes(slug)).length,
      primary: papers.filter((p) => p.topics[0] === slug).length,
    })),
    coverage: { inRealTopic, share: papers.length === 0 ? 0 : Math.round((inRealTopic / papers.length) * 10000) / 10000 },
    dumps: accounts,
    conflicts: [...conflicts],
  };
}
