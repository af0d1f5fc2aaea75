import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import MarkdownIt from 'markdown-it';
import { markdownItMath } from '../math/markdown-it-math.ts';

/**
 * A content loader for the markdown files the ingest writes: one
 * `<id>.md` per entry in `base`, YAML frontmatter and a CommonMark body.
 *
 * It does what Astro's `glob()` loader does for these files (frontmatter
 * validated by the collection's schema, an unchanged file skipped by its
 * digest, a removed file dropped), but renders the body with markdown-it alone
 * instead of the full remark/rehype pipeline: the bodies are plain paragraphs
 * and links, and at 50,000 papers the full pipeline is most of the build.
 * markdown-it, with raw HTML off, renders CommonMark seven times faster than
 * micromark here, with the same HTML for every body of a 10,000-paper corpus;
 * raw HTML is shown as text and `javascript:` links are dropped.
 */
export function markdownFiles({ base, optional = false }: { base: string; optional?: boolean }): Loader {
  return {
    name: 'papershelf:markdown-files',
    load: async (context) => {
      await syncFolder(context, base, optional);
      // `astro dev`: a new ingest rewrites the folder; sync again (unchanged files are skipped).
      const folder = rootOf(context, base);
      context.watcher?.add(folder);
      context.watcher?.on('all', (_event, path) => {
        if (path.endsWith('.md') && !relative(folder, path).startsWith('..')) void syncFolder(context, base, optional);
      });
    },
  };
}

async function syncFolder(context: LoaderContext, base: string, optional: boolean): Promise<void> {
  const { store, logger } = context;
  const folder = rootOf(context, base);
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.md')).sort();
  if (names.length === 0 && !optional) logger.warn(`no markdown files in ${relative(process.cwd(), folder) || '.'}`);
  const seen = new Set<string>();
  // The next batch of files is read while this one is parsed: reading one file at a time leaves the CPU waiting on the disk.
  const read = (from: number): Promise<string[]> =>
    Promise.all(names.slice(from, from + READ_AHEAD).map((name) => readFile(join(folder, name), 'utf8')));
  let next = read(0);
  for (let from = 0; from < names.length; from += READ_AHEAD) {
    const batch = await next;
    next = read(from + READ_AHEAD);
    for (const [offset, contents] of batch.entries()) await syncFile(context, folder, names[from + offset] ?? '', contents, seen);
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}

/** Files read at once. */
const READ_AHEAD = 64;

/** CommonMark, raw HTML off (titles and abstracts are untrusted), and `$…$` math typeset by KaTeX. */
const markdown = new MarkdownIt('commonmark', { html: false });
/** The file being rendered, for the warning about a formula KaTeX cannot read. */
let rendering: { file: string; warn: (message: string) => void } = { file: '', warn: () => undefined };
markdown.use(markdownItMath, (tex: string, reason: string) => {
  rendering.warn(`${rendering.file}: KaTeX cannot read $${tex}$, shown as its source (${reason})`);
});

/** One file into the store, unless the store holds it unchanged. */
async function syncFile(context: LoaderContext, folder: string, name: string, contents: string, seen: Set<string>): Promise<void> {
  const { store } = context;
  const id = name.slice(0, -'.md'.length);
  seen.add(id);
  const filePath = join(folder, name);
  const digest = context.generateDigest(contents);
  if (store.get(id)?.digest === digest) return;
  const { frontmatter, content } = parseOrExplain(contents, filePath);
  const data = await context.parseData({ id, data: frontmatter, filePath });
  store.set({
    id,
    data,
    filePath: relative(fileURLToPath(context.config.root), filePath).replaceAll('\\', '/'),
    digest,
    rendered: { html: renderBody(content, filePath, context), metadata: { headings: [], imagePaths: [] } },
  });
}

function renderBody(content: string, filePath: string, context: LoaderContext): string {
  rendering = { file: relative(process.cwd(), filePath), warn: (message) => {
      context.logger.warn(message);
    },
  };
  return markdown.render(content);
}

function rootOf(context: LoaderContext, base: string): string {
  return fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, context.config.root));
}

/** The frontmatter and body, or an error naming the file and the line YAML stopped at. */
function parseOrExplain(contents: string, filePath: string): { frontmatter: Record<string, unknown>; content: string } {
  try {
    return parseFrontmatter(contents, { frontmatter: 'remove' });
  } catch (error) {
    // The frontmatter's first line is the one after the opening `---`, and js-yaml counts from 0.
    const line = hasYamlMark(error) ? `:${String(error.mark.line + 1)}` : '';
    throw new Error(`${filePath}${line}: the frontmatter is not valid YAML: ${String(error)}`, { cause: error });
  }
}

function hasYamlMark(error: unknown): error is { mark: { line: number } } {
  if (typeof error !== 'object' || error === null || !('mark' in error)) return false;
  const { mark } = error;
  return typeof mark === 'object' && mark !== null && 'line' in mark && typeof mark.line === 'number';
}
