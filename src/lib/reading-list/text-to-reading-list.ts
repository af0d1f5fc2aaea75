import type { ReadingList, SavedPaper } from './reading-list.ts';

/** A reading list read from text (an import, or what the browser stored), or why it is not one. */
export type ParsedList = { ok: true; list: ReadingList } | { ok: false; message: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * Reads a reading list exported as JSON. Anything else (not JSON, another
 * shape, a paper without slug or title) is refused with a message saying
 * what is wrong and where, and nothing is half-read.
 */
export function textToReadingList(text: string): ParsedList {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `This is not JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (!isRecord(value) || !Array.isArray(value['papers']))
    return { ok: false, message: 'This JSON is not a Papershelf reading list: it has no "papers" list.' };
  if (value['version'] !== 1)
    return { ok: false, message: `This reading list is version ${JSON.stringify(value['version'])}; this shelf reads version 1.` };
  const papers: SavedPaper[] = [];
  for (const [index, item] of (value['papers'] as unknown[]).entries()) {
    const paper = toSavedPaper(item);
    if (typeof paper === 'string') return { ok: false, message: `Paper ${String(index + 1)} of the list: ${paper}` };
    papers.push(paper);
  }
  return { ok: true, list: { version: 1, papers } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A saved paper, or what is wrong with it. */
function toSavedPaper(item: unknown): SavedPaper | string {
  if (!isRecord(item)) return 'it is not an object.';
  const { slug, title, date, year, savedAt, read, note, tags, gone } = item;
  if (typeof slug !== 'string' || !SLUG.test(slug)) return '"slug" must be a paper slug such as "attention-is-all-you-need".';
  if (typeof title !== 'string' || title.trim() === '') return '"title" must be a non-empty string.';
  if (date !== undefined && (typeof date !== 'string' || !DAY.test(date))) return '"date" must be a day such as "2024-05-01".';
  if (year !== undefined && (typeof year !== 'number' || !Number.isInteger(year))) return '"year" must be a whole number.';
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return '"savedAt" must be a date and time.';
  if (read !== undefined && typeof read !== 'boolean') return '"read" must be true or false.';
  if (note !== undefined && typeof note !== 'string') return '"note" must be text.';
  if (tags !== undefined && !(Array.isArray(tags) && tags.every((t) => typeof t === 'string'))) return '"tags" must be a list of text.';
  if (gone !== undefined && typeof gone !== 'boolean') return '"gone" must be true or false.';
  const paper: SavedPaper = { slug, title, savedAt, read: read ?? false, note: note ?? '', tags: tags ?? [] };
  if (date !== undefined) paper.date = date;
  if (year !== undefined) paper.year = year;
  if (gone === true) paper.gone = true;
  return paper;
}
