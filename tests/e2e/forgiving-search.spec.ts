import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { markdownToPaper } from '../../src/lib/ingest/markdown-to-paper.ts';

interface ShelfText {
  slug: string;
  title: string;
  abstract: string;
}

/** The seed shelf's papers as the ingest wrote them: slug, title and abstract as plain text. */
async function shelfTexts(): Promise<ShelfText[]> {
  const dir = 'content/papers';
  const texts: ShelfText[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const { frontmatter, text } = markdownToPaper(await readFile(join(dir, name), 'utf8'));
    texts.push({ slug: name.replace(/\.md$/, ''), title: (frontmatter as { title: string }).title, abstract: text });
  }
  return texts;
}

/** Every `step`-th paper, from the first: a sample spread over the whole shelf, the same on every run. */
function spread<T>(items: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, i) => i % step === 0).slice(0, count);
}

/** The slugs of the results the search page shows, once it has finished searching for `q`. */
async function shownSlugs(page: Page): Promise<string[]> {
  await expect(page.locator('[data-search-list]')).toHaveAttribute('aria-busy', 'false');
  return page
    .locator('.search-results > li .result-title a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/^\/papers\/|\/$/g, '')));
}

/** Searches on the search page as a reader does (typing, then Enter), and returns the slugs shown. */
async function searchFor(page: Page, q: string): Promise<string[]> {
  const box = page.getByRole('searchbox', { name: 'Search titles and abstracts' });
  await box.fill(q);
  await box.press('Enter');
  await expect(page.locator('[data-search-summary]')).toContainText(q.length > 60 ? q.slice(0, 60) : q);
  return shownSlugs(page);
}

test('one-typo queries find their paper in the top five, directly or by following "Did you mean"', async ({ page }) => {
  test.setTimeout(120_000);
  // From titles: a run of up to four words around a long word, with one of its letters deleted.
  const cases = spread(await shelfTexts(), 20).flatMap(({ slug, title }, n) => {
    const words = title.split(/\s+/);
    const at = words.findIndex((w) => /^[A-Za-z]{8,}$/.test(w));
    const long = words[at];
    if (long === undefined) return [];
    const cut = (n * 3) % long.length;
    const typo = long.slice(0, cut) + long.slice(cut + 1);
    const from = Math.max(0, at - 1);
    const query = [...words.slice(from, at), typo, ...words.slice(at + 1, from + 4)].join(' ');
    return [{ slug, query }];
  });
  expect(cases.length).toBeGreaterThanOrEqual(15);
  const misses: string[] = [];
  for (const { slug, query } of cases) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    let slugs = await shownSlugs(page);
    const offer = page.locator('main [data-did-you-mean] a').first();
    if (!slugs.slice(0, 5).includes(slug) && (await page.locator('main [data-did-you-mean]').isVisible()) && (await offer.count()) > 0) {
      const text = (await offer.textContent()) ?? '';
      await offer.click();
      await expect(page.locator('[data-search-summary]')).toContainText(text);
      slugs = await shownSlugs(page);
    }
    if (!slugs.slice(0, 5).includes(slug)) misses.push(`${query} → ${slug}`);
  }
  test.info().annotations.push({ type: 'found', description: `${String(cases.length - misses.length)} of ${String(cases.length)}` });
  expect(misses.length / cases.length, misses.join('\n')).toBeLessThanOrEqual(0.1);
});

test('a query that finds nothing shows the corrected query’s results, and offers the query as typed', async ({ page }) => {
  await page.goto('/search/?q=convegence+rates+variational+inference');
  await expect(page.locator('main [data-did-you-mean]')).toContainText('Showing results for convergence rates variational inference');
  await expect(page.locator('[data-search-summary]')).toContainText('instead of “convegence rates variational inference”');
  expect((await shownSlugs(page)).length).toBeGreaterThan(0);
  await page.locator('main [data-did-you-mean]').getByRole('link', { name: 'convegence rates variational inference' }).click();
  await expect(page).toHaveURL(/verbatim=1/);
  await expect(page.locator('[data-search-summary]')).toHaveText('No papers for “convegence rates variational inference”.');
  await expect(page.locator('main [data-did-you-mean]')).toBeHidden();
});

test('a word the index lacks is corrected even when the query finds papers; a query spelt right gets no correction', async ({ page }) => {
  await page.goto('/search/?q=diffusion+guidence');
  expect((await shownSlugs(page)).length).toBeGreaterThan(0);
  await expect(page.locator('main [data-did-you-mean]')).toHaveText('Did you mean diffusion guidance?');
  await page.locator('main [data-did-you-mean]').getByRole('link', { name: 'diffusion guidance' }).click();
  await expect(page).toHaveURL(/q=diffusion\+guidance/);
  await expect(page.locator('[data-search-summary]')).toContainText('for “diffusion guidance”');
  await expect(page.locator('main [data-did-you-mean]')).toBeHidden();
  for (const q of ['mutual information', 'federated learning privacy', 'gaussian splatting']) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    expect((await shownSlugs(page)).length, q).toBeGreaterThan(0);
    await expect(page.locator('main [data-did-you-mean]'), q).toBeHidden();
  }
});

test('the header search dialog offers the correction too, and it works from the keyboard', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('precondtioner conjugate gradient');
  await expect(dialog.locator('[data-did-you-mean]')).toContainText('Showing results for preconditioner conjugate gradient');
  await expect(dialog.locator('.quick-results li').first()).toContainText(/preconditioner/i);
  const typed = dialog.locator('[data-did-you-mean]').getByRole('button', { name: 'precondtioner conjugate gradient' });
  await typed.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('No papers match “precondtioner conjugate gradient”.');
});

test('distinctive abstract phrases, unquoted, put their paper in the top three', async ({ page }) => {
  test.setTimeout(120_000);
  const texts = await shelfTexts();
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const joined = texts.map((t) => ` ${words(t.abstract).join(' ')} `);
  // Three consecutive words of four letters or more, from the middle of the abstract on, found in no other abstract.
  const cases = spread(texts, 40).flatMap(({ slug, abstract }) => {
    const ws = words(abstract);
    for (let i = Math.floor(ws.length / 2); i + 3 <= ws.length; i++) {
      const phrase = ws.slice(i, i + 3);
      if (!phrase.every((w) => /^\p{L}{4,}$/u.test(w))) continue;
      const needle = ` ${phrase.join(' ')} `;
      if (joined.filter((j) => j.includes(needle)).length === 1) return [{ slug, phrase: phrase.join(' ') }];
    }
    return [];
  });
  expect(cases.length).toBeGreaterThanOrEqual(35);
  await page.goto('/search/');
  const misses: string[] = [];
  for (const { slug, phrase } of cases) if (!(await searchFor(page, phrase)).slice(0, 3).includes(slug)) misses.push(`${phrase} → ${slug}`);
  test.info().annotations.push({ type: 'found', description: `${String(cases.length - misses.length)} of ${String(cases.length)}` });
  expect(misses.length / cases.length, misses.join('\n')).toBeLessThanOrEqual(0.05);
});

test('every exact title, typed without quotes, brings its paper first', async ({ page }) => {
  test.setTimeout(300_000);
  const texts = await shelfTexts();
  await page.goto('/search/');
  const misses: string[] = [];
  for (const { slug, title } of texts) if ((await searchFor(page, title))[0] !== slug) misses.push(`${title} → ${slug}`);
  expect(misses).toEqual([]);
});

test('parts of compound names find their paper: "qformer" and "Graph QFormer" find Graph-QFormer', async ({ page }) => {
  const slug = 'instructg2i-synthesizing-images-from-multimodal-attributed-graphs';
  await page.goto('/search/');
  for (const q of ['qformer', 'Graph QFormer', 'Graph-QFormer']) expect((await searchFor(page, q)).slice(0, 3), q).toContain(slug);
});

test('a topic page searches within its topic', async ({ page }) => {
  await page.goto('/topics/federated-learning/');
  const heading = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  const form = page.getByRole('search', { name: `Search in ${heading}` });
  const label = await form.locator('input[name="topic"]').inputValue();
  await form.getByRole('searchbox').fill('privacy');
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=privacy&topic=/);
  await expect(page.locator('[data-filter-group="topic"] input:checked')).toHaveValue(label);
  expect((await shownSlugs(page)).length).toBeGreaterThan(0);
  await expect(page.locator('[data-search-summary]')).toContainText(`for “privacy” in topic ${label}.`);
  // Fewer than the same query over the whole shelf.
  const within = Number(/^(\d+)/.exec((await page.locator('[data-search-summary]').textContent()) ?? '')?.[1]);
  await page.goto('/search/?q=privacy');
  await expect(page.locator('[data-search-list]')).toHaveAttribute('aria-busy', 'false');
  const everywhere = Number(/^(\d+)/.exec((await page.locator('[data-search-summary]').textContent()) ?? '')?.[1]);
  expect(within).toBeLessThan(everywhere);
});
