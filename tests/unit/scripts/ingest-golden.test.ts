import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ingest } from '../../../scripts/ingest.ts';

// Golden fixtures: tests/fixtures/dumps/<behaviour>/input holds the dumps,
// expected/ the whole output. `UPDATE_GOLDEN=1 npm run test:unit` rewrites it.
const FIXTURES = 'tests/fixtures/dumps';
const TOPICS = 'tests/fixtures/topics.yaml';
const update = process.env['UPDATE_GOLDEN'] === '1';
const scratch = await mkdtemp(join(tmpdir(), 'papershelf-golden-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const behaviours = (await readdir(FIXTURES)).sort();

/** Every file under a folder as relative path → text. */
async function readTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || relative(dir, entry.parentPath).startsWith('.')) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), await readFile(path, 'utf8'));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe.each(behaviours)('the %s fixture', (behaviour) => {
  test('ingests to exactly the expected papers, report and summary', async () => {
    const out = join(scratch, behaviour);
    const lines: string[] = [];
    const code = await ingest({ dumps: join(FIXTURES, behaviour, 'input'), out, topics: TOPICS, strict: false }, (l) => lines.push(l));
    for (const [i, l] of lines.entries()) lines[i] = l.replaceAll(relative(process.cwd(), out), '<out>');
    let actual = code === 0 ? await readTree(out) : new Map<string, string>();
    // papers/ is a link to the current .papers-<hash> folder: list it under its public name.
    if (code === 0) for (const [name, text] of await readTree(join(out, 'papers'))) actual.set(`papers/${name}`, text);
    for (const name of [...actual.keys()]) if (name.startsWith('.')) actual.delete(name);
    actual.set('summary.txt', `exit ${code}\n${lines.join('\n')}\n`);
    actual = new Map([...actual].sort(([a], [b]) => (a < b ? -1 : 1)));
    const expectedDir = join(FIXTURES, behaviour, 'expected');
    if (update) {
      await rm(expectedDir, { recursive: true, force: true });
      for (const [name, text] of actual) {
        await mkdir(join(expectedDir, name, '..'), { recursive: true });
        await writeFile(join(expectedDir, name), text);
      }
    }
    const expected = await readTree(expectedDir);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [name, text] of expected) expect(actual.get(name), name).toBe(text);
  });
});
