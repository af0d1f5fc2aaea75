import { cleanText } from './clean-text.ts';
import { dateTextToIso } from './date-text-to-iso.ts';
import { textToCodeLinks } from './text-to-code-links.ts';
import { titleToKey } from './title-to-key.ts';
import type { Diagnostic, PaperRecord, RawRecord, Rejection } from './types.ts';

/** A cleaned record, or why the record cannot be a paper. */
export type RecordOutcome = { ok: true; paper: PaperRecord; warnings: Diagnostic[] } | { ok: false; rejection: Rejection };

/**
 * Cleans one raw record into a paper occurrence: whitespace-normalised title
 * and abstract, the title key, the resolved date and the code links.
 */
export function recordToPaper(raw: RawRecord, captureYear: number | undefined): RecordOutcome {
  const title = cleanText(raw.title);
  const abstract = cleanText(raw.abstract);
  const key = titleToKey(title);
  if (key === '') {
    return { ok: false, rejection: { file: raw.dump, line: raw.line, reason: 'title has no letters or digits' } };
  }
  const warnings: Diagnostic[] = [];
  const paper: PaperRecord = {
    key,
    source: { dump: raw.dump, line: raw.line },
    title,
    abstract,
    codeLinks: textToCodeLinks(abstract),
  };
  if (raw.dateText !== undefined) {
    const resolved = dateTextToIso(raw.dateText, captureYear);
    if (resolved === undefined) {
      const why =
        captureYear === undefined
          ? 'has no year and the capture year is unknown (add `captured: YYYY-MM-DD` to the dump sidecar)'
          : 'is not a calendar date';
      warnings.push({ file: raw.dump, line: raw.line, severity: 'warning', message: `date "${raw.dateText}" ${why}; left undated` });
    } else {
      paper.date = resolved.date;
      paper.dateHasYear = resolved.explicitYear;
    }
  }
  if (raw.authorCount !== undefined) paper.authorCount = raw.authorCount;
  if (raw.upvotes !== undefined) paper.upvotes = raw.upvotes;
  return { ok: true, paper, warnings };
}
