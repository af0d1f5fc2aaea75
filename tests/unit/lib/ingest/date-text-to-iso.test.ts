import { describe, expect, test } from 'vitest';
import { recordsToCaptureYear } from '../../../../src/lib/ingest/capture-year.ts';
import { dateTextToIso } from '../../../../src/lib/ingest/date-text-to-iso.ts';
import type { RawRecord } from '../../../../src/lib/ingest/types.ts';

describe('dateTextToIso', () => {
  test.each([
    ['Sep 29, 2023', 2025, { date: '2023-09-29', year: 2023, explicitYear: true }],
    ['Oct 7', 2025, { date: '2025-10-07', year: 2025, explicitYear: false }],
    ['Feb 29, 2024', undefined, { date: '2024-02-29', year: 2024, explicitYear: true }],
    ['September 3, 2022', undefined, { date: '2022-09-03', year: 2022, explicitYear: true }],
    ['Sept 3', 2025, { date: '2025-09-03', year: 2025, explicitYear: false }],
  ])('reads %j (capture year %s)', (text, year, expected) => {
    expect(dateTextToIso(text, year)).toEqual(expected);
  });

  test.each([
    ['a year-less date with no capture year', 'Oct 7', undefined],
    ['a day the month does not have', 'Feb 30, 2023', 2024],
    ['text that is no date', 'yesterday', 2024],
    ['a word that only starts like a month', 'Mayday 3', 2024],
  ])('gives no date for %s', (_name, text, year) => {
    expect(dateTextToIso(text, year)).toBeUndefined();
  });
});

describe('recordsToCaptureYear', () => {
  const record = (dateText?: string): RawRecord => ({
    dump: 'd.txt',
    line: 1,
    title: 't',
    abstract: 'a',
    ...(dateText === undefined ? {} : { dateText }),
  });

  test('infers the year after the largest explicit year', () => {
    expect(recordsToCaptureYear([record('Sep 29, 2023'), record('Oct 7'), record('Aug 22, 2024')], undefined)).toBe(2025);
  });

  test('prefers the sidecar capture date', () => {
    expect(recordsToCaptureYear([record('Sep 29, 2023')], '2026-01-05')).toBe(2026);
  });

  test('knows no year when the dump prints none', () => {
    expect(recordsToCaptureYear([record('Oct 7'), record()], undefined)).toBeUndefined();
  });
});
