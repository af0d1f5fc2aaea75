import { pairRecords, type NumberedLine } from './pair-records.ts';
import type { ParsedDump } from './types.ts';

const HEADER = new Set(['Get trending papers in your email inbox once a day!', 'Get trending papers in your email inbox!']);

/**
 * Parses the listing layout: two subscription header lines, then title and
 * abstract lines alternating. The page's "Subscribe" button text is glued to
 * the first title ("SubscribeEvaluation of…") and is cut off here.
 */
export function parseListingLayout(file: string, lines: readonly string[]): ParsedDump {
  const body = numberLines(lines);
  while (body[0] !== undefined && HEADER.has(body[0].text)) body.shift();
  const first = body[0];
  if (first?.text.startsWith('Subscribe')) {
    const rest = first.text.slice('Subscribe'.length).trim();
    if (rest === '') body.shift();
    else body[0] = { ...first, text: rest };
  }
  return pairRecords(file, body);
}

/** The trimmed non-blank lines with their 1-based numbers. */
export function numberLines(lines: readonly string[]): NumberedLine[] {
  const out: NumberedLine[] = [];
  lines.forEach((raw, index) => {
    const text = raw.trim();
    if (text !== '') out.push({ text, line: index + 1 });
  });
  return out;
}
