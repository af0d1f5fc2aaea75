import { bytesToLines } from './bytes-to-lines.ts';
import { recordsToCaptureYear } from './capture-year.ts';
import { dateTextToIso } from './date-text-to-iso.ts';
import { linesToLayout } from './detect-layout.ts';
import { parseDailyLayout } from './parse-daily-layout.ts';
import { parseListingLayout } from './parse-listing-layout.ts';
import { recordToPaper } from './record-to-paper.ts';
import { textToSidecar, type Sidecar } from './sidecar.ts';
import type { Diagnostic, DumpFile, Layout, PaperRecord, Rejection } from './types.ts';

/** Everything one dump contributes: its paper occurrences and what went wrong. */
export interface DumpResult {
  file: string;
  layout?: Layout;
  sidecar: Sidecar;
  /** The capture date: the sidecar's, or the page date completed with the capture year. */
  captured?: string;
  /** A daily page's date as printed ("Nov 18"). */
  pageDateText?: string;
  /** Title records found, whether they became papers or were rejected. */
  recordsRead: number;
  records: PaperRecord[];
  rejections: Rejection[];
  diagnostics: Diagnostic[];
  /** Why the whole file was refused (not a regular file, too large, empty, binary, not UTF-8, no known layout). */
  error?: Diagnostic;
}

/**
 * Turns one dump into cleaned paper occurrences: decode, detect the layout,
 * parse it, read the sidecar, resolve dates, clean each record. A dump that
 * cannot be read yields no records and one error naming the file and line.
 */
export function dumpToRecords(dump: DumpFile): DumpResult {
  const result: DumpResult = { file: dump.name, sidecar: {}, recordsRead: 0, records: [], rejections: [], diagnostics: [] };
  if (dump.refused !== undefined) return refuse(result, { file: dump.name, line: 0, severity: 'error', message: dump.refused });
  if (dump.sidecar?.refused !== undefined) {
    result.diagnostics.push({
      file: dump.sidecar.name,
      line: 0,
      severity: 'error',
      message: `${dump.sidecar.refused}; the dump is read without it`,
    });
  } else if (dump.sidecar !== undefined) {
    const sidecar = textToSidecar(dump.sidecar.name, dump.sidecar.text);
    if (sidecar.ok) result.sidecar = sidecar.sidecar;
    else result.diagnostics.push(sidecar.error);
  }
  const decoded = bytesToLines(dump.name, dump.bytes);
  if (!decoded.ok) return refuse(result, decoded.error);
  const layout = linesToLayout(decoded.lines);
  if (layout === undefined) {
    return refuse(result, {
      file: dump.name,
      line: 1,
      severity: 'error',
      message:
        'no known layout: expected a Hugging Face listing ("Get trending papers in your email inbox once a day!") or a daily page ("byAK and the research community")',
    });
  }
  result.layout = layout;
  const parsed = layout === 'listing' ? parseListingLayout(dump.name, decoded.lines) : parseDailyLayout(dump.name, decoded.lines);
  const captureYear = recordsToCaptureYear(parsed.records, result.sidecar.captured);
  const captured =
    result.sidecar.captured ?? (parsed.pageDateText === undefined ? undefined : dateTextToIso(parsed.pageDateText, captureYear)?.date);
  if (captured !== undefined) result.captured = captured;
  if (parsed.pageDateText !== undefined) result.pageDateText = parsed.pageDateText;
  result.recordsRead = parsed.records.length + parsed.rejections.length;
  result.rejections.push(...parsed.rejections);
  result.diagnostics.push(...parsed.warnings);
  for (const raw of parsed.records) {
    const outcome = recordToPaper(raw, captureYear);
    if (outcome.ok) {
      result.records.push(outcome.paper);
      result.diagnostics.push(...outcome.warnings);
    } else {
      result.rejections.push(outcome.rejection);
    }
  }
  result.rejections.sort((a, b) => a.line - b.line);
  result.diagnostics.push(
    ...result.rejections.map((r): Diagnostic => ({
      file: r.file,
      line: r.line,
      severity: 'error',
      message: `record rejected: ${r.reason}`,
    })),
  );
  result.diagnostics.sort((a, b) => a.line - b.line);
  return result;
}

function refuse(result: DumpResult, error: Diagnostic): DumpResult {
  result.error = error;
  result.diagnostics.push(error);
  return result;
}
