import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DumpFile } from './types.ts';

/**
 * Every `*.txt` dump in a folder with its optional `<name>.yaml` sidecar,
 * sorted by file name (code-point order) so later stages see a stable order.
 */
export async function readDumps(dir: string): Promise<DumpFile[]> {
  const names = (await readdir(dir)).sort();
  const dumps: DumpFile[] = [];
  for (const name of names.filter((n) => n.toLowerCase().endsWith('.txt'))) {
    const base = name.slice(0, -'.txt'.length);
    const sidecarName = names.find((n) => n === `${base}.yaml` || n === `${base}.yml`);
    const bytes = new Uint8Array(await readFile(join(dir, name)));
    const dump: DumpFile = { name, bytes };
    if (sidecarName !== undefined) dump.sidecar = { name: sidecarName, text: await readFile(join(dir, sidecarName), 'utf8') };
    dumps.push(dump);
  }
  return dumps;
}
