import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { markdownFiles } from '../../../../src/lib/content/markdown-files-loader.ts';

interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string | number;
  rendered?: { html: string };
}

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'loader-'));
  await mkdir(join(root, 'papers'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Just enough of Astro's loader context: a map for the store, a digest, and a count of validations. */
function fakeContext() {
  const entries = new Map<string, Entry>();
  const parsed: string[] = [];
  const context = {
    collection: 'papers',
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => {
        entries.set(entry.id, entry);
        return true;
      },
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    parseData: ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return Promise.resolve(data);
    },
    generateDigest: (text: string) => `${String(text.length)}:${text.slice(-16)}`,
    logger: { warn: () => undefined },
    config: { root: pathToFileURL(`${root}/`) },
  };
  return { context: context as unknown as LoaderContext, entries, parsed };
}

async function paper(name: string, text: string): Promise<void> {
  await writeFile(join(root, 'papers', name), text);
}

test('renders each file by its name: frontmatter as data, the body as safe HTML', async () => {
  await paper(
    'attention.md',
    '---\ntitle: "# Attention <script>"\nslug: attention\n---\n\nWe use \\<script>alert(1)\\</script> and <https://example.org/x?a=1&b=2>. [bad](javascript:alert\\(1\\))\n',
  );
  const { context, entries } = fakeContext();
  await markdownFiles({ base: 'papers' }).load(context);
  const entry = entries.get('attention');
  expect(entry?.data).toEqual({ title: '# Attention <script>', slug: 'attention' });
  const html = entry?.rendered?.html ?? '';
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('<a href="https://example.org/x?a=1&amp;b=2">https://example.org/x?a=1&amp;b=2</a>');
  expect(html).not.toContain('<script');
  // The javascript: link is refused: at most its source shows as text, never as a link.
  expect(html).not.toMatch(/href="javascript:/i);
  expect(html.match(/<a /g)).toHaveLength(1);
});

test('skips a file whose contents did not change, and drops the entry of a removed file', async () => {
  await paper('a.md', '---\nslug: a\n---\n\nAlpha.\n');
  await paper('b.md', '---\nslug: b\n---\n\nBeta.\n');
  const { context, entries, parsed } = fakeContext();
  await markdownFiles({ base: 'papers' }).load(context);
  expect(parsed).toEqual(['a', 'b']);

  await paper('b.md', '---\nslug: b\n---\n\nBeta, revised.\n');
  await rm(join(root, 'papers', 'a.md'));
  await markdownFiles({ base: 'papers' }).load(context);
  expect(parsed).toEqual(['a', 'b', 'b']);
  expect([...entries.keys()]).toEqual(['b']);
  expect(entries.get('b')?.rendered?.html).toBe('<p>Beta, revised.</p>\n');
});

test('a broken frontmatter names the file and its line', async () => {
  await paper('broken.md', '---\nslug: broken\ntitle: [unclosed\n---\n\nText.\n');
  const { context } = fakeContext();
  await expect(markdownFiles({ base: 'papers' }).load(context)).rejects.toThrow(/broken\.md:4: the frontmatter is not valid YAML/);
});
