import { describe, expect, test } from 'vitest';
import { synthesizeDumps } from '../../../../src/lib/bench/synthesize-dumps.ts';
import { dumpToRecords } from '../../../../src/lib/ingest/dump-to-records.ts';
import { mergePapers } from '../../../../src/lib/ingest/merge-papers.ts';
import { readDumps } from '../../../../src/lib/ingest/read-dumps.ts';

const seeds = mergePapers((await readDumps('content/dumps')).map(dumpToRecords).flatMap((r) => r.records)).papers;

describe('synthesizeDumps', () => {
  const dumps = synthesizeDumps(seeds, 1200);
  const parsed = dumps.map((d) => dumpToRecords({ name: d.name, bytes: new TextEncoder().encode(d.text) }));

  test('writes dumps in both layouts that the ingest reads without a rejection', () => {
    expect(new Set(parsed.map((p) => p.layout))).toEqual(new Set(['listing', 'daily']));
    expect(parsed.flatMap((p) => p.diagnostics.filter((d) => d.severity === 'error'))).toEqual([]);
  });

  test('makes the asked number of distinct papers, a few of them repeated in a later dump', () => {
    const records = parsed.flatMap((p) => p.records);
    const { papers } = mergePapers(records);
    expect(papers).toHaveLength(1200);
    expect(records.length - papers.length).toBeGreaterThan(0);
    expect(records.length - papers.length).toBeLessThan(0.05 * papers.length);
  });

  test('gives daily papers an author count, a date and upvotes', () => {
    const daily = parsed.find((p) => p.layout === 'daily')?.records ?? [];
    expect(daily.length).toBeGreaterThan(0);
    for (const record of daily) {
      expect(record.authorCount).toBeGreaterThan(0);
      expect(record.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(record.upvotes).toBeGreaterThanOrEqual(0);
    }
  });

  test('gives the same dumps for the same seed', () => {
    expect(synthesizeDumps(seeds, 1200)).toEqual(dumps);
    expect(synthesizeDumps(seeds, 1200, 8)).not.toEqual(dumps);
  });
});
