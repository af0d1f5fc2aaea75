import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dumpToRecords } from '../../../../src/lib/ingest/dump-to-records.ts';
import { mergePapers } from '../../../../src/lib/ingest/merge-papers.ts';
import { neighboursToRelated } from '../../../../src/lib/ingest/neighbours-to-related.ts';
import { papersToTopics } from '../../../../src/lib/topics/papers-to-topics.ts';
import { readDumps } from '../../../../src/lib/ingest/read-dumps.ts';
import { textToTaxonomy } from '../../../../src/lib/topics/text-to-taxonomy.ts';
import { neighboursToReasonTerms } from '../../../../src/lib/text/neighbours-to-reason-terms.ts';
import { TEX_NAMES } from '../../../../src/lib/text/stop-words.ts';
import { wordToTerm } from '../../../../src/lib/text/text-to-tokens.ts';

describe('neighboursToRelated', () => {
  const surfaces = ['networks', 'federated learning', 'FL', 'clients', 'privacy', 'argue'];
  const paper = (reasons: number[]) => ({
    topics: ['fl'],
    slugOf: (i: number) => `paper-${String(i)}`,
    topicsOf: () => ['fl'],
    reasonTerms: Uint8Array.from(surfaces, (_, id) => (reasons.includes(id) ? 1 : 0)),
  });

  test.each([
    ['the weightiest shared terms that may be reasons', [0, 1, 2, 3, 4, 5], [1, 3, 4], ['federated learning', 'clients', 'privacy']],
    ['no term twice in other words', [1, 2, 3], [1, 2, 3], ['federated learning', 'clients']],
    ['no reason when the two share only words common everywhere', [0, 5], [1, 3, 4], []],
  ])('gives %s', (_, shared, reasons, expected) => {
    const related = neighboursToRelated([{ index: 1, score: 0.5, terms: shared }], { surfaces }, paper(reasons));
    expect(related).toEqual([{ slug: 'paper-1', terms: expected }]);
  });
});

describe('reasons on the seeds', async () => {
  const parsed = textToTaxonomy('content/topics.yaml', readFileSync('content/topics.yaml', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  const { papers } = mergePapers((await readDumps('content/dumps')).map(dumpToRecords).flatMap((r) => r.records));
  const { model, neighbours, fitted } = papersToTopics(papers, parsed.taxonomy);
  const reasonTerms = neighboursToReasonTerms(model, neighbours);
  const topicsOf = (i: number): readonly string[] => fitted.assignments[i] ?? [];
  const related = papers.flatMap((_, i) =>
    neighboursToRelated(neighbours[i] ?? [], model, { topics: topicsOf(i), slugOf: String, topicsOf, reasonTerms }),
  );
  const idOf = new Map(model.surfaces.map((s, id) => [s, id]));
  const reasons = related.flatMap((r) => r.terms);

  test('are never a word more than half the papers hold', () => {
    expect(reasons.length).toBeGreaterThan(2 * related.length);
    for (const reason of new Set(reasons))
      expect(model.df[idOf.get(reason) ?? -1] ?? papers.length, reason).toBeLessThanOrEqual(papers.length / 2);
  });

  test('never use words any paper may use ("networks", "function", "argue") or TeX names', () => {
    const used = new Set(reasons.map((r) => r.toLowerCase()));
    for (const word of ['networks', 'function', 'argue', 'learning', 'models']) expect(used.has(word), word).toBe(false);
    for (const reason of used) for (const word of reason.split(/[ -]/)) expect(TEX_NAMES.commands.has(word), reason).toBe(false);
    for (const reason of used) expect(TEX_NAMES.greek.has(reason), reason).toBe(false);
  });

  test('never repeat a word within one related paper (a reason inside another, or the same word twice)', () => {
    for (const { terms } of related) {
      const stems = terms.flatMap((t) => [...new Set(t.split(/[ -]+/).flatMap((w) => wordToTerm(w) ?? []))]);
      expect(new Set(stems).size, terms.join(', ')).toBe(stems.length);
    }
  });

  test('are given for at least 99% of the related papers', () => {
    expect(related.filter((r) => r.terms.length > 0).length / related.length).toBeGreaterThanOrEqual(0.99);
  });
});
