import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ingest } from '../../../scripts/ingest.ts';
import { suggestTopics } from '../../../scripts/topics.ts';
import { textToTaxonomy } from '../../../src/lib/topics/text-to-taxonomy.ts';

const scratch = await mkdtemp(join(tmpdir(), 'papershelf-topics-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('npm run topics', () => {
  const out = join(scratch, 'suggested.yaml');
  const lines: string[] = [];
  const run = suggestTopics({ dumps: 'tests/corpora/other-field', out }, (l) => lines.push(l));

  test('writes a taxonomy in the format of topics.yaml, with the discovered topics and their phrases', async () => {
    expect(await run).toBe(0);
    const parsed = textToTaxonomy(out, await readFile(out, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.taxonomy.topics.length).toBeGreaterThanOrEqual(4);
    for (const topic of parsed.taxonomy.topics) expect(topic.phrases.length).toBeGreaterThan(0);
    expect(parsed.taxonomy.topics.map((t) => t.name).join(' ')).toMatch(/lattice|black hole|neutrino|dark matter/i);
  });

  test('prints the topics with their papers and the coverage', async () => {
    await run;
    expect(lines[0]).toMatch(/^topics: \d+ topics and \d+ subtopics \(\d+ discovered in the text\)$/);
    expect(lines.some((l) => /^\s+\d+ {2}.+ {2}\[[a-z0-9-]+\]/.test(l))).toBe(true);
    expect(lines.find((l) => l.startsWith('coverage:'))).toMatch(/^coverage: \d+\/560 papers in a real topic \(\d+\.\d%\)$/);
    expect(lines.at(-1)).toBe(`topics: wrote ${out}`);
  });

  test('gives a taxonomy that, adopted as topics.yaml, files the corpus under most of its topics again (at least 80%)', async () => {
    await run;
    const content = join(scratch, 'adopted');
    const code = await ingest({ dumps: 'tests/corpora/other-field', out: content, topics: out, strict: false }, () => undefined);
    expect(code).toBe(0);
    const report = JSON.parse(await readFile(join(content, 'ingest-report.json'), 'utf8')) as { coverage: { share: number } };
    expect(report.coverage.share).toBeGreaterThanOrEqual(0.97);
    const suggested = textToTaxonomy(out, await readFile(out, 'utf8'));
    if (!suggested.ok) throw new Error(suggested.message);
    const topics = JSON.parse(await readFile(join(content, 'topics.json'), 'utf8')) as { slug: string; discovered: boolean }[];
    const fromFile = new Set(topics.filter((t) => !t.discovered).map((t) => t.slug));
    const honoured = suggested.taxonomy.topics.filter((t) => fromFile.has(t.slug));
    expect(honoured.length / suggested.taxonomy.topics.length).toBeGreaterThanOrEqual(0.8);
  });

  test('says which file it cannot read', async () => {
    const said: string[] = [];
    expect(await suggestTopics({ dumps: 'no/such/folder', out: join(scratch, 'x.yaml') }, (l) => said.push(l))).toBe(1);
    expect(said).toEqual(['topics: cannot read no/such/folder: no such file or folder']);
  });
});
