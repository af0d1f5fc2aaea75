import { AUTHORS_LINE, DATE_LINE, isAbstractLike, mayBeAbstract } from './classify-line.ts';
import type { ParsedDump, RawRecord } from './types.ts';

/** A trimmed, non-blank line of a dump with its 1-based line number. */
export interface NumberedLine {
  text: string;
  line: number;
}

interface Meta {
  authorCount?: number;
  dateText?: string;
  upvotes?: number;
}

type Item = (NumberedLine & { kind: 'text' }) | { kind: 'meta'; line: number; last: number; meta: Meta };

/**
 * Pairs the body lines of a dump into records: a title line, the abstract
 * line after it, and optionally the metadata lines of a daily listing
 * ("• 7 authors", "·", "Sep 29, 2023 2"). Every line of text ends up in a
 * record or a rejection with its line number: titles without an abstract
 * and abstract-like lines without a title are rejected; metadata without a
 * title is reported as stray.
 */
export function pairRecords(file: string, lines: readonly NumberedLine[]): ParsedDump {
  const items = linesToItems(lines);
  const result: ParsedDump = { records: [], rejections: [], warnings: [] };
  const warn = (line: number, message: string): void => {
    result.warnings.push({ file, line, severity: 'warning', message });
  };
  let i = 0;
  while (i < items.length) {
    const item = items[i];
    if (item === undefined) break;
    if (item.kind === 'meta') {
      warn(item.line, 'stray metadata line with no paper before it; ignored');
      i++;
      continue;
    }
    const next = items[i + 1];
    const after = items[i + 2];
    if (isAbstractLike(item.text) && !isLongTitle(item.text, next, after)) {
      // A line of text that is part of no paper still counts as a record read, so it is rejected, not lost.
      result.rejections.push({ file, line: item.line, reason: 'stray line: reads like an abstract but no title precedes it' });
      i++;
      continue;
    }
    if (next === undefined) {
      result.rejections.push({ file, line: item.line, reason: 'truncated last record: title with no abstract' });
      i++;
      continue;
    }
    if (next.kind === 'meta') {
      result.rejections.push({ file, line: item.line, reason: 'title with no abstract' });
      i += 2;
      continue;
    }
    if (!mayBeAbstract(next.text) && after !== undefined && after.kind === 'text') {
      // A title-like line after a title is the next record's title, never an
      // abstract to invent: only at the end of the file or before metadata
      // is a short line taken as a (possibly truncated) abstract.
      result.rejections.push({ file, line: item.line, reason: 'title with no abstract' });
      i++;
      continue;
    }
    const record: RawRecord = { dump: file, line: item.line, title: item.text, abstract: next.text };
    i += 2;
    const meta = items[i];
    if (meta?.kind === 'meta') {
      Object.assign(record, meta.meta);
      i++;
    }
    result.records.push(record);
  }
  return result;
}

/**
 * Whether an abstract-like line in a title's place is a long title after all
 * (real arXiv titles run past 220 characters: "On global classical and weak
 * solutions with arbitrarily large initial data to the multi-dimensional
 * viscous Saint-Venant system and compressible Navier-Stokes equations …").
 * The layouts tell: a title is followed by its abstract, and in a daily
 * block the abstract by its metadata; and a title does not end like a
 * sentence, while an abstract out of place (a stray) does.
 */
function isLongTitle(text: string, next: Item | undefined, after: Item | undefined): boolean {
  if (next?.kind !== 'text' || SENTENCE_END.test(text)) return false;
  return after?.kind === 'meta' || mayBeAbstract(next.text);
}

/** A full stop at the end, perhaps inside a closing quote or bracket. */
const SENTENCE_END = /\.["')\]]?$/;

/** Groups lines into text items and runs of adjacent metadata lines. */
function linesToItems(lines: readonly NumberedLine[]): Item[] {
  const items: Item[] = [];
  for (const entry of lines) {
    const meta = lineToMeta(entry.text);
    if (meta === undefined) {
      items.push({ kind: 'text', ...entry });
      continue;
    }
    const previous = items.at(-1);
    if (previous?.kind === 'meta' && previous.last === entry.line - 1) {
      Object.assign(previous.meta, meta);
      previous.last = entry.line;
    } else {
      items.push({ kind: 'meta', line: entry.line, last: entry.line, meta });
    }
  }
  return items;
}

/** The metadata a daily-listing line carries, or undefined for ordinary text. */
function lineToMeta(text: string): Meta | undefined {
  if (text === '·') return {};
  const authors = AUTHORS_LINE.exec(text);
  if (authors?.[1] !== undefined) return { authorCount: Number(authors[1]) };
  const date = DATE_LINE.exec(text);
  if (date !== null) {
    const upvotes = date[4];
    const dateText = upvotes === undefined ? text : text.slice(0, -upvotes.length).trimEnd();
    return upvotes === undefined ? { dateText } : { dateText, upvotes: Number(upvotes) };
  }
  return undefined;
}
