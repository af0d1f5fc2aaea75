import { DATE_LINE } from './classify-line.ts';
import type { RawRecord } from './types.ts';

/**
 * The year a dump was captured in. A daily page prints the year only for
 * dates outside its own year, so without a sidecar `captured` date the
 * capture year is the largest explicit year in the dump plus one.
 */
export function recordsToCaptureYear(records: readonly RawRecord[], captured: string | undefined): number | undefined {
  if (captured !== undefined) return Number(captured.slice(0, 4));
  let largest: number | undefined;
  for (const record of records) {
    const year = DATE_LINE.exec(record.dateText ?? '')?.[3];
    if (year !== undefined) largest = Math.max(largest ?? 0, Number(year));
  }
  return largest === undefined ? undefined : largest + 1;
}
