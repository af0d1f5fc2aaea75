import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { parse } from '@retorquere/bibtex-parser';
import { expect, test, type Locator, type Page } from '@playwright/test';

const MINE = { slug: 'mine-mutual-information-neural-estimation', title: 'MINE: Mutual Information Neural Estimation' };
const KEY = 'papershelf-reading-list';

/** A file the page offers for download, as text. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('save from a paper page and a listing, then read, note, tag, filter, export and import the list', async ({ page }) => {
  // Save from the paper page, by click.
  await page.goto(`/papers/${MINE.slug}/`);
  const save = page.getByRole('button', { name: 'Save to reading list' });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: `Saved to your reading list: ${MINE.title}` })).toBeAttached();

  // Save the first paper of a topic listing, from the keyboard.
  await page.goto('/topics/federated-learning/');
  const first = page.locator('[data-topic-papers] > li').first();
  const otherTitle = (await first.locator('.paper-title').textContent())?.trim() ?? '';
  await first.getByRole('button', { name: 'Save to reading list' }).focus();
  await page.keyboard.press('Enter');
  await expect(first.getByRole('button', { name: 'Save to reading list' })).toHaveAttribute('aria-pressed', 'true');

  // The list shows both, newest saved first.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reading list' }).click();
  await expect(page).toHaveURL(/\/reading-list\/$/u);
  const items = page.locator('[data-saved-list] > li');
  await expect(items).toHaveCount(2);
  await expect(items.first().getByRole('heading')).toHaveText(otherTitle);
  await expect(page.locator('[data-list-summary]')).toHaveText('2 saved papers.');

  // A note kept as you type, tags and read state, all surviving a reload.
  const mine = items.filter({ hasText: MINE.title });
  await mine.getByLabel('Note').pressSequentially('Check the bias-corrected gradient, §3 & 50%.');
  await mine.getByLabel('Tags').fill('Estimators, to cite');
  await mine.getByLabel('Tags').press('Tab');
  await mine.getByLabel('Read').check();
  await page.reload();
  await expect(mine.getByLabel('Note')).toHaveValue('Check the bias-corrected gradient, §3 & 50%.');
  await expect(mine.getByLabel('Tags')).toHaveValue('estimators, to cite');
  await expect(mine.getByLabel('Read')).toBeChecked();

  // Filters: by tag, by read state; sort by title.
  await page.getByLabel('Tag', { exact: true }).selectOption('to cite');
  await expect(items).toHaveCount(1);
  await page.getByLabel('Tag', { exact: true }).selectOption('');
  await page.getByLabel('Show', { exact: true }).selectOption('unread');
  await expect(items).toHaveCount(1);
  await expect(items.first().getByRole('heading')).toHaveText(otherTitle);
  await page.getByLabel('Show', { exact: true }).selectOption('');
  await page.getByLabel('Sort by').selectOption('title');
  const titles = await items.getByRole('heading').allTextContents();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));

  // Exports: BibTeX with the note, Markdown, and JSON.
  const bib = await downloaded(page, () => page.getByRole('button', { name: 'BibTeX', exact: true }).click());
  expect(bib.name).toBe('reading-list.bib');
  const library = parse(bib.text, { sentenceCase: false, caseProtection: false });
  expect(library.errors).toEqual([]);
  const entry = library.entries.find((e) => e.key === MINE.slug);
  expect(entry?.fields['title']).toBe(MINE.title);
  expect(entry?.fields['note']).toBe('Check the bias-corrected gradient, §3 & 50%.');
  expect(entry?.fields['url']).toMatch(new RegExp(`/papers/${MINE.slug}/$`, 'u'));
  const markdown = await downloaded(page, () => page.getByRole('button', { name: 'Markdown', exact: true }).click());
  expect(markdown.text).toContain(`[${MINE.title}](`);
  const json = await downloaded(page, () => page.getByRole('button', { name: 'JSON', exact: true }).click());

  // Import into an empty list restores it; importing again duplicates nothing.
  await page.evaluate((key) => {
    localStorage.removeItem(key);
  }, KEY);
  await page.reload();
  await expect(page.locator('[data-list-summary]')).toHaveText(/Nothing saved yet/u);
  const importer = page.getByLabel('Import a JSON export (merged into this list)');
  await importer.setInputFiles({ name: 'reading-list.json', mimeType: 'application/json', buffer: Buffer.from(json.text) });
  await expect(page.locator('[data-import-status]')).toHaveText('Imported reading-list.json: 2 papers added, 0 already here (merged).');
  await expect(items).toHaveCount(2);
  await importer.setInputFiles({ name: 'reading-list.json', mimeType: 'application/json', buffer: Buffer.from(json.text) });
  await expect(page.locator('[data-import-status]')).toHaveText('Imported reading-list.json: 0 papers added, 2 already here (merged).');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: MINE.title }).getByLabel('Note')).toHaveValue('Check the bias-corrected gradient, §3 & 50%.');

  // Bad JSON, and JSON of another shape: a clear message, nothing changed.
  for (const [name, text, message] of [
    ['broken.json', '{"papers": [', /not JSON/u],
    ['other.json', '{"items": [1, 2]}', /not a Papershelf reading list/u],
  ] as const) {
    await importer.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.locator('[data-import-status]')).toHaveText(
      new RegExp(`^${name} was not imported, and nothing changed\\. .*${message.source}`, 'u'),
    );
    await expect(items).toHaveCount(2);
  }
});

/** Saves MINE from the first result of a list of results, then finds it first on the reading list. */
async function saveFirstResult(page: Page, first: Locator): Promise<void> {
  await expect(first).toContainText(MINE.title);
  const save = first.getByRole('button', { name: 'Save to reading list' });
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/reading-list/');
  await expect(page.locator('[data-saved-list] > li').first().getByRole('heading')).toHaveText(MINE.title);
}

test('a search result can be saved too', async ({ page }) => {
  await page.goto('/search/?q=mutual+information+neural+estimation');
  await saveFirstResult(page, page.locator('.search-results > li').first());
});

test('a result in the header search dialog can be saved', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('mutual information neural estimation');
  await saveFirstResult(page, dialog.locator('.quick-results li').first());
});

test('For you suggests unsaved papers close to the saved ones, says why, and saves one', async ({ page }) => {
  await page.goto('/topics/federated-learning/');
  const cards = page.locator('[data-topic-papers] > li');
  for (const i of [0, 1, 2]) await cards.nth(i).getByRole('button', { name: 'Save to reading list' }).click();
  await page.goto('/reading-list/');
  const forYou = page.getByRole('region', { name: 'For you' });
  const suggestions = forYou.getByRole('listitem');
  await expect(suggestions).toHaveCount(10);
  const texts = await suggestions.allTextContents();
  for (const text of texts) expect(text).toMatch(/shared: \S/u);
  // Most share the saved papers' subject.
  expect(texts.filter((t) => /federated|client/iu.test(t)).length).toBeGreaterThanOrEqual(7);
  const first = suggestions.first();
  const title = (await first.getByRole('link').textContent()) ?? '';
  await first.getByRole('button').click();
  await expect(page.locator('[data-saved-list] > li').filter({ hasText: title })).toHaveCount(1);
  await expect(forYou.getByRole('link', { name: title, exact: true })).toHaveCount(0);
});

test('a saved paper the shelf no longer has stays on the list, marked, with its title', async ({ page }) => {
  await page.goto('/reading-list/');
  await page.evaluate(
    ([key, slug]) => {
      const papers = [
        { slug, title: 'A Paper From An Older Build', savedAt: '2026-01-01T00:00:00.000Z', read: false, note: 'keep me', tags: [] },
        {
          slug: 'mine-mutual-information-neural-estimation',
          title: 'MINE',
          savedAt: '2026-01-02T00:00:00.000Z',
          read: false,
          note: '',
          tags: [],
        },
      ];
      localStorage.setItem(key, JSON.stringify({ version: 1, papers }));
    },
    [KEY, 'a-paper-from-an-older-build'] as const,
  );
  await page.reload();
  const gone = page.locator('[data-saved-list] > li').filter({ hasText: 'A Paper From An Older Build' });
  await expect(gone).toContainText('no longer on the shelf');
  await expect(gone.getByRole('link')).toHaveCount(0);
  await expect(gone.getByLabel('Note')).toHaveValue('keep me');
  const kept = page.locator('[data-saved-list] > li').filter({ hasText: 'MINE' });
  await expect(kept.getByRole('link', { name: 'MINE' })).toBeVisible();
  await expect(kept).not.toContainText('no longer on the shelf');
});

test('the reading list works offline once visited', async ({ page, context }) => {
  // A reader saves a paper (the service worker installs on that first page), then opens the list.
  await page.goto(`/papers/${MINE.slug}/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByRole('button', { name: 'Save to reading list' }).click();
  await page.goto('/reading-list/');
  await expect(page.getByRole('region', { name: 'For you' }).getByRole('listitem').first()).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  const item = page.locator('[data-saved-list] > li').filter({ hasText: MINE.title });
  await expect(item).toBeVisible();
  await expect(page.getByRole('region', { name: 'For you' }).getByRole('listitem').first()).toBeVisible();
  await item.getByLabel('Note').fill('written offline');
  await page.reload();
  await expect(item.getByLabel('Note')).toHaveValue('written offline');
  await expect(item).not.toContainText('no longer on the shelf');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the reading list page, with papers on it, has no axe violations in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/papers/${MINE.slug}/`);
    await page.getByRole('button', { name: 'Save to reading list' }).click();
    await page.goto('/reading-list/');
    await expect(page.locator('[data-saved-list] > li')).toHaveCount(1);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
