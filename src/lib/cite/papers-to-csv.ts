import { stringify } from 'csv-stringify/sync';

/** A paper as a row of a list's CSV download. */
export interface CsvPaper {
  title: string;
  date?: string | undefined;
  year?: number | undefined;
  url: string;
  topics: readonly string[];
  upvotes?: number | undefined;
  authorCount?: number | undefined;
}

/**
 * A list of papers as CSV (RFC 4180, by csv-stringify): a header row, then
 * one row per paper, quoted where needed. A cell that a spreadsheet would
 * run as a formula (starting with =, +, -, @) is prefixed with a quote.
 */
export function papersToCsv(papers: readonly CsvPaper[]): string {
  return stringify(
    papers.map((p) => [p.title, p.date ?? '', p.year ?? '', p.url, p.topics.join('; '), p.upvotes ?? '', p.authorCount ?? '']),
    {
      header: true,
      columns: ['title', 'date', 'year', 'url', 'topics', 'upvotes', 'authors'],
      escape_formulas: true,
      record_delimiter: 'unix',
    },
  );
}
