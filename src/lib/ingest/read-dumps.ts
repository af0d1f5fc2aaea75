import type { Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_DUMP_BYTES, tooLarge } from './bytes-to-lines.ts';
import type { DumpFile } from './types.ts';

/**
 * Every `*.txt` dump in a folder with its optional `<name>.yaml` sidecar,
 * sorted by file name (code-point order) so later stages see a stable order.
 * An entry that cannot be a dump (a folder or a named pipe called `x.txt`, a
 * file over `maxBytes`, a file the system will not read) is returned with
 * `refused` saying why, never opened: reading a named pipe would wait for a
 * writer forever, and one odd entry must not cost the other dumps.
 */
export async function readDumps(dir: string, maxBytes = MAX_DUMP_BYTES): Promise<DumpFile[]> {
  const names = (await readdir(dir)).sort();
  const dumps: DumpFile[] = [];
  for (const name of names.filter((n) => n.toLowerCase().endsWith('.txt'))) {
    const base = name.slice(0, -'.txt'.length);
    const sidecarName = names.find((n) => n === `${base}.yaml` || n === `${base}.yml`);
    const read = await readRegularFile(join(dir, name), maxBytes);
    const dump: DumpFile = 'refused' in read ? { name, bytes: new Uint8Array(), refused: read.refused } : { name, bytes: read.bytes };
    if (sidecarName !== undefined) {
      const sidecar = await readRegularFile(join(dir, sidecarName), maxBytes);
      dump.sidecar =
        'refused' in sidecar
          ? { name: sidecarName, text: '', refused: sidecar.refused }
          : { name: sidecarName, text: new TextDecoder().decode(sidecar.bytes) };
    }
    dumps.push(dump);
  }
  return dumps;
}

/** A regular file's bytes (following symbolic links), or why it is not read. */
async function readRegularFile(path: string, maxBytes: number): Promise<{ bytes: Uint8Array } | { refused: string }> {
  try {
    // stat first: opening a named pipe blocks, and a huge file need not be read to be refused.
    const info = await stat(path);
    if (!info.isFile()) return { refused: `not a regular file (${kindOf(info)}); skipped` };
    if (info.size > maxBytes) return { refused: tooLarge(info.size, maxBytes) };
    return { bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    return { refused: `cannot read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a file';
}
