import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** What a build is made from: the generated content, the sources, the configuration and the locked dependencies. */
export function buildInputs(content: string): string[] {
  return [
    `${content}/papers`,
    `${content}/topics.json`,
    `${content}/collections.json`,
    `${content}/notes`,
    `${content}/for-you.json`,
    'src',
    'public',
    'astro.config.mjs',
    'package-lock.json',
  ];
}

/**
 * An identifier of what a build is made from: a hash of the given files and
 * of every file under the given folders (the generated content and the
 * source). Pages pass it to Pagefind as `metaCacheTag`, so a redeploy never
 * pairs new pages with a search index an HTTP cache kept from the last one.
 */
export async function pathsToBuildId(paths: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info === undefined) continue;
    const files = info.isDirectory()
      ? (await readdir(path, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name))
          .sort()
      : [path];
    for (const file of files)
      hash
        .update(file)
        .update('\u0000')
        .update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 12);
}
