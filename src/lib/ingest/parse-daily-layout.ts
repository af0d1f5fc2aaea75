import { DATE_LINE } from './classify-line.ts';
import { pairRecords } from './pair-records.ts';
import { numberLines } from './parse-listing-layout.ts';
import type { ParsedDump } from './types.ts';

const HEADER = new Set([
  'new',
  'Get trending papers in your email inbox!',
  'Get trending papers in your email inbox once a day!',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
]);

/**
 * Parses the daily layout: page chrome ("new", "Subscribe", an optional
 * "Daily Papers", the "byAK…" byline and the page date such as "Nov 18"),
 * then blank-line separated blocks of title, abstract and optional metadata.
 */
export function parseDailyLayout(file: string, lines: readonly string[]): ParsedDump {
  const body = numberLines(lines);
  let pageDateText: string | undefined;
  for (;;) {
    const head = body[0];
    if (head === undefined) break;
    if (HEADER.has(head.text)) {
      body.shift();
    } else if (pageDateText === undefined && DATE_LINE.test(head.text)) {
      pageDateText = head.text;
      body.shift();
    } else {
      break;
    }
  }
  const parsed = pairRecords(file, body);
  return pageDateText === undefined ? parsed : { ...parsed, pageDateText };
}
