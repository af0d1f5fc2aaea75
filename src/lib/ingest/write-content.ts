import { createHash } from 'node:crypto';
import { link, lstat, mkdir, readdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes the generated content under `out` so that a run killed at any
 * moment leaves the previous content intact: the papers are written to a
 * staging folder renamed to `.papers-<content hash>` when complete, and
 * `<out>/papers` is a symbolic link switched to it by one atomic rename. The JSON
 * files are written beside and renamed into place afterwards. A paper whose
 * file is unchanged since the live version is hard-linked from it rather
 * than written again, so its file keeps its identity and time for the
 * site build's caches; files are written many at a time.
 */
export async function writeContent(
  out: string,
  papers: ReadonlyMap<string, string>,
  jsonFiles: ReadonlyMap<string, unknown>,
): Promise<void> {
  await mkdir(out, { recursive: true });
  const version = `.papers-${contentHash(papers)}`;
  const final = join(out, version);
  // A folder of that name holds exactly this content (its name is the hash
  // of it), unless an older run died while renaming it: write the papers to
  // a staging folder and rename it into place, never into the live folder.
  if (!(await isComplete(final, papers.size))) {
    const staging = join(out, `.staging-papers-${process.pid}`);
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging);
    const live = await readlink(join(out, 'papers')).then(
      (target) => join(out, target),
      () => undefined,
    );
    await inParallel([...papers], async ([name, text]) => {
      const before = live === undefined ? undefined : await readFile(join(live, name), 'utf8').catch(() => undefined);
      if (live !== undefined && before === text) await link(join(live, name), join(staging, name));
      else await writeFile(join(staging, name), text);
    });
    await rm(final, { recursive: true, force: true });
    await rename(staging, final);
  }
  const pending: [string, string][] = [];
  for (const [name, value] of jsonFiles) {
    const tmp = join(out, `.${name}.tmp`);
    await writeFile(tmp, `${JSON.stringify(value, null, 2)}\n`);
    pending.push([tmp, join(out, name)]);
  }
  await switchLink(out, version);
  for (const [tmp, final] of pending) await rename(tmp, final);
  // Only now is the previous version unused.
  for (const entry of await readdir(out)) {
    if ((entry.startsWith('.papers-') && entry !== version) || entry.startsWith('.staging-papers-')) {
      await rm(join(out, entry), { recursive: true, force: true });
    }
  }
}

/** Runs `task` on every item, 32 at a time: one file at a time leaves the disk and the thread pool idle. */
async function inParallel<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) await task(items[i] as T);
  };
  await Promise.all(Array.from({ length: 32 }, worker));
}

/** Points `<out>/papers` at the new version with a single rename. */
async function switchLink(out: string, version: string): Promise<void> {
  const target = join(out, 'papers');
  const existing = await lstat(target).catch(() => undefined);
  if (existing?.isDirectory() === true) {
    // A plain folder left by an older layout: move it aside once.
    await rename(target, join(out, '.papers-legacy'));
  }
  const link = join(out, '.papers-link.tmp');
  await rm(link, { force: true });
  await symlink(version, link, 'junction');
  await rename(link, target);
}

/** True when a version folder exists with all its files (it is renamed in whole, so a partial one cannot be live). */
async function isComplete(folder: string, count: number): Promise<boolean> {
  const entries = await readdir(folder).catch(() => undefined);
  return entries?.length === count;
}

function contentHash(papers: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const [name, text] of papers) hash.update(name).update('\u0000').update(text).update('\u0000');
  return hash.digest('hex').slice(0, 12);
}
