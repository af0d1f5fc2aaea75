import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDumps } from '../../../../src/lib/ingest/read-dumps.ts';

const run = promisify(execFile);
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'papershelf-read-dumps-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readDumps', () => {
  test('refuses a folder and a named pipe called *.txt without opening them, and reads the dump beside them', async () => {
    const folder = join(dir, 'odd');
    await mkdir(join(folder, 'a-folder.txt'), { recursive: true });
    await run('mkfifo', [join(folder, 'b-pipe.txt')]);
    await writeFile(join(folder, 'c-dump.txt'), 'text\n');
    await mkdir(join(folder, 'c-dump.yaml'));
    const dumps = await readDumps(folder);
    expect(dumps.map(({ name, refused }) => [name, refused])).toEqual([
      ['a-folder.txt', 'not a regular file (a folder); skipped'],
      ['b-pipe.txt', 'not a regular file (a named pipe); skipped'],
      ['c-dump.txt', undefined],
    ]);
    expect(new TextDecoder().decode(dumps[2]?.bytes)).toBe('text\n');
    expect(dumps[2]?.sidecar).toEqual({ name: 'c-dump.yaml', text: '', refused: 'not a regular file (a folder); skipped' });
  });

  test('refuses a dump over the size limit by its size alone, without reading it', async () => {
    const folder = join(dir, 'large');
    await mkdir(folder);
    const path = join(folder, 'huge.txt');
    // A sparse file: 512 MiB long, no block of it on disk.
    await writeFile(path, '');
    await truncate(path, 512 * 1024 * 1024);
    expect((await stat(path)).blocks).toBeLessThanOrEqual(8);
    const [dump] = await readDumps(folder);
    expect(dump?.refused).toBe('too large: 512 MiB, the limit is 256 MiB; split the dump into smaller files');
    expect(dump?.bytes).toHaveLength(0);
  });

  test('reads a dump of exactly the limit given', async () => {
    const folder = join(dir, 'limit');
    await mkdir(folder);
    await writeFile(join(folder, 'a.txt'), 'x'.repeat(100));
    await writeFile(join(folder, 'b.txt'), 'x'.repeat(101));
    expect((await readDumps(folder, 100)).map((d) => d.refused)).toEqual([
      undefined,
      'too large: 101 bytes, the limit is 100 bytes; split the dump into smaller files',
    ]);
  });
});
