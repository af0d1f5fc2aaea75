import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes the generated content under `out`: every paper file into a staging
 * folder that replaces `<out>/papers` only once complete, so a run killed
 * midway leaves the previous content intact; the JSON files are written
 * beside and renamed into place.
 */
export async function writeContent(out: string, papers: ReadonlyMap<string, string>, jsonFiles: ReadonlyMap<string, unknown>): Promise<void> {
  await mkdir(out, { recursive: true });
  const staging = join(out, `.staging-papers-${process.pid}`);
  const previous = join(out, `.previous-papers-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  for (const [name, text] of papers) await writeFile(join(staging, name), text);
  const pending: [string, string][] = [];
  for (const [name, value] of jsonFiles) {
    const tmp = join(out, `.${name}.${process.pid}.tmp`);
    await writeFile(tmp, `${JSON.stringify(value, null, 2)}\n`);
    pending.push([tmp, join(out, name)]);
  }
  const target = join(out, 'papers');
  await rename(target, previous).catch((error: unknown) => {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
  });
  await rename(staging, target);
  for (const [tmp, final] of pending) await rename(tmp, final);
  await rm(previous, { recursive: true, force: true });
}
