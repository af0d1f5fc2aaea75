import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readAtom } from '../support/read-atom.ts';

/** Every feed file of a built site. */
async function feedsIn(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('feed.xml')).sort();
}

test('every feed of every built site is Atom with its required elements, at most 50 entries', async () => {
  // About a hundred feeds through a strict XML validator: CPU work, which a busy two-core machine stretches.
  test.setTimeout(240_000);
  for (const dir of ['dist', 'dist-hostile', 'dist-hf']) {
    const files = await feedsIn(dir);
    // The whole shelf, each topic, each collection.
    expect(files, dir).toContain('feed.xml');
    expect(files.filter((f) => /^topics\/[^/]+\/feed\.xml$/u.test(f)).length, dir).toBeGreaterThan(0);
    expect(files.filter((f) => /^collections\/[^/]+\/feed\.xml$/u.test(f)).length, dir).toBeGreaterThan(0);
    for (const file of files) {
      const where = `${dir}/${file}`;
      const feed = readAtom(await readFile(join(dir, file), 'utf8'));
      expect(feed.id, where).toMatch(/feed\.xml$/u);
      expect(feed.title['#text'], where).not.toBe('');
      expect(
        feed.link.some((l) => l['@rel'] === 'self'),
        where,
      ).toBe(true);
      const entries = feed.entry;
      expect(entries.length, where).toBeGreaterThan(0);
      expect(entries.length, where).toBeLessThanOrEqual(50);
      for (const entry of entries) {
        expect(entry.id, where).toMatch(/\/papers\/[a-z0-9-]+\/$/u);
        expect(entry.title['#text'], where).not.toBe('');
        expect(entry.link[0]?.['@href'], where).toBe(entry.id);
        expect(entry.summary['#text'].length, where).toBeGreaterThan(20);
        if (entry.published !== undefined) expect(entry.published, where).toBe(entry.updated);
      }
    }
  }
});

test('an undated paper gets the shelf’s newest date as its update, never a publication date', async () => {
  const feed = readAtom(await readFile('dist/feed.xml', 'utf8'));
  const dated = feed.entry.filter((e) => e.published !== undefined);
  expect(dated.length).toBeGreaterThan(0);
  // The shelf feed lists the newest papers first: its first entry carries the content date.
  expect(feed.updated).toBe(dated[0]?.updated);
  for (const collection of await feedsIn('dist/collections')) {
    const undated = readAtom(await readFile(join('dist/collections', collection), 'utf8')).entry.filter((e) => e.published === undefined);
    for (const entry of undated) expect(entry.updated).toBe(feed.updated);
  }
});

test('a topic page links its feed, which lists the topic’s newest papers with their abstracts as text', async ({ page, request }) => {
  await page.goto('/topics/federated-learning/');
  const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').first().getAttribute('href');
  expect(href).toBe('/topics/federated-learning/feed.xml');
  await expect(page.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', href ?? '');
  const response = await request.get(href ?? '');
  expect(response.headers()['content-type']).toMatch(/xml/u);
  const entries = readAtom(await response.text()).entry;
  const first = page.locator('[data-topic-papers] .paper-title a').first();
  expect(entries[0]?.title['#text']).toBe(await first.textContent());
  await page.goto(new URL(entries[0]?.id ?? '').pathname);
  expect(entries[0]?.summary['#text']).toBe((await page.locator('.abstract').innerText()).trim());
});

test('hostile titles and abstracts reach feeds as the same text the pages show', async ({ page }) => {
  const entries = readAtom(await readFile('dist-hostile/feed.xml', 'utf8')).entry;
  const scripted = entries.find((e) => e.title['#text'].includes('<script>'));
  expect(scripted).toBeDefined();
  // Its address carries the site's base path, /hostile/.
  await page.goto(new URL(scripted?.id ?? '').pathname);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(scripted?.title['#text'] ?? '');
});
