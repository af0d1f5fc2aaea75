import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Sizes of a built site. */
export interface DistSizes {
  bytes: number;
  files: number;
  /** A tar of the whole folder, as actions/upload-pages-artifact makes it. */
  artifactBytes: number;
  paperPage: { median: number; largest: number; count: number };
  listingPage: { median: number; largest: number; count: number };
  /** Bytes and files per top-level folder, for finding what weighs. */
  byPart: Record<string, { bytes: number; files: number }>;
}

/** Measures a built site: totals, the Pages artifact, paper and listing pages (topic and collection pages). */
export async function measureDist(dir: string): Promise<DistSizes> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const files = await Promise.all(
    entries.map(async (e) => {
      const full = join(e.parentPath, e.name);
      return { path: relative(dir, full), size: (await stat(full)).size };
    }),
  );
  const sizes = (test: (path: string) => boolean): number[] => files.filter((f) => test(f.path)).map((f) => f.size);
  const papers = sizes((p) => /^papers\/[^/]+\/index\.html$/.test(p));
  const listings = sizes((p) => /^(topics|collections)\/.+\/index\.html$/.test(p));
  const byPart: Record<string, { bytes: number; files: number }> = {};
  for (const f of files) {
    const part = f.path.includes('/') ? `${f.path.split('/')[0] ?? ''}/` : '(top level)';
    const entry = (byPart[part] ??= { bytes: 0, files: 0 });
    entry.bytes += f.size;
    entry.files++;
  }
  return {
    bytes: files.reduce((n, f) => n + f.size, 0),
    files: files.length,
    artifactBytes: await tarSize(dir),
    paperPage: summary(papers),
    listingPage: summary(listings),
    byPart,
  };
}

function summary(values: number[]): { median: number; largest: number; count: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, largest: sorted.at(-1) ?? 0, count: sorted.length };
}

/** The bytes of `tar -cf - -C dir .`, counted as they stream. */
async function tarSize(dir: string): Promise<number> {
  const tar = spawn('tar', ['-cf', '-', '-C', dir, '.'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let bytes = 0;
  tar.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
  await new Promise((resolve) => tar.on('close', resolve));
  return bytes;
}
