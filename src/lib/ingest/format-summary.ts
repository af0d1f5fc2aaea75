import { join } from 'node:path';
import type { IngestReport } from './build-report.ts';

/**
 * The console summary of an ingest: one line per dump with its accounting,
 * then each diagnostic as `path:line: severity: message`, then the totals.
 */
export function formatSummary(report: IngestReport, dumpsDir: string): string[] {
  const width = Math.max(...report.dumps.map((d) => d.file.length), 4);
  const lines = report.dumps.map((d) => {
    const name = d.file.padEnd(width);
    if (d.error !== null) return `${name}  refused: ${d.error}`;
    const reasons = [
      ...new Set(d.diagnostics.filter((x) => x.severity === 'error').map((x) => x.message.replace(/^record rejected: /, ''))),
    ];
    const rejected = d.rejected === 0 ? '0 rejected' : `${d.rejected} rejected (${reasons.join('; ')})`;
    return `${name}  ${d.layout ?? '?'}  ${d.recordsRead} records: ${d.papers} papers, ${d.merged} merged, ${rejected}`;
  });
  for (const d of report.dumps) {
    // Line 0 is the file as a whole (a folder named x.txt, a file too large): `path: severity: message`.
    for (const x of d.diagnostics) lines.push(`${join(dumpsDir, x.file)}${x.line === 0 ? '' : `:${x.line}`}: ${x.severity}: ${x.message}`);
  }
  const t = report.totals;
  lines.push(
    `total  ${t.dumps} dumps, ${t.recordsRead} records: ${t.papers} papers, ${t.merged} merged, ${t.rejected} rejected; ` +
      `${report.coverage.inRealTopic}/${t.papers} papers in a real topic (${(report.coverage.share * 100).toFixed(1)}%)`,
  );
  return lines;
}
