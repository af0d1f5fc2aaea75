import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { parse } from '@retorquere/bibtex-parser';
import { expect, test, type Locator, type Page } from '@playwright/test';

const MINE = { slug: 'mine-mutual-information-neural-estimation', title: 'MINE: Mutual Information Neural Estimation' };
const KEY = 'papershelf-reading-list';
/** Papers on the shipped shelf, to seed a list with. */
const ADV = { slug: 'adversarial-mutual-information-for-text-generation', title: 'Adversarial Mutual Information for Text Generation' };
const ALIGN = {
  slug: 'aligning-text-to-image-diffusion-models-with-reward-backpropagation',
  title: 'Aligning Text-to-Image Diffusion Models with Reward Backpropagation',
};
const PRIOR = {
  slug: 'all-you-need-is-a-good-functional-prior-for-bayesian-deep-learning',
  title: 'All You Need is a Good Functional Prior for Bayesian Deep Learning',
};
const SHELF = [MINE, ADV, ALIGN, PRIOR];
const NOTE = 'Check the bias-corrected gradient, §3 & 50%.\nThen the appendix.';
/** Save buttons are named by their word: "Save to reading list", or "Saved to reading list" once saved. */
const SAVE = /^Saved? to reading list$/u;

/** A stored paper as the page writes it. */
function saved(paper: { slug: string; title: string }, i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...paper, savedAt: new Date(Date.UTC(2026, 0, 1, i)).toISOString(), read: false, note: '', tags: [], ...extra };
}

/** Opens the reading list with these papers stored (at `path`, under a base path if given). */
async function seed(page: Page, papers: Record<string, unknown>[], path = '/reading-list/'): Promise<void> {
  await page.goto(path);
  await page.evaluate(
    ([key, list]) => {
      localStorage.setItem(key, JSON.stringify({ version: 1, papers: list }));
    },
    [KEY, papers] as const,
  );
  await page.reload();
}

/** Makes localStorage.setItem throw QuotaExceededError while `window.storageFull` is true, as a full storage does. */
async function stubFullStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // The real method, called on the storage it was called on.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if ((window as unknown as { storageFull?: boolean }).storageFull === true)
        throw new DOMException("Failed to execute 'setItem' on 'Storage': the quota has been exceeded.", 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
}
const setStorageFull = (page: Page, full: boolean): Promise<void> =>
  page.evaluate((value) => {
    (window as unknown as { storageFull?: boolean }).storageFull = value;
  }, full);

/** A file the page offers for download, as text. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

const rows = (page: Page): Locator => page.locator('[data-saved-list] > li');
const row = (page: Page, title: string): Locator => rows(page).filter({ has: page.getByRole('heading', { name: title, exact: true }) });
/** Opens a row's note and tags from the keyboard and returns its note box. */
async function openNote(item: Locator): Promise<Locator> {
  const toggle = item.getByRole('button', { name: /^Note and tags/u });
  await toggle.focus();
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return item.getByLabel('Note');
}

test('save from a paper page and a listing, then read, note, tag, filter, export and import the list', async ({ page, baseURL }) => {
  // Save from the paper page, by click: the toggle then says "Saved" and links to the list.
  await page.goto(`/papers/${MINE.slug}/`);
  const save = page.getByRole('button', { name: SAVE });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await expect(save).toHaveText('Save to reading list');
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(save).toHaveText('Saved to reading list');
  await expect(page.getByRole('status').filter({ hasText: `Saved to your reading list: ${MINE.title}` })).toBeAttached();
  await expect(page.getByRole('main').getByRole('link', { name: 'Open reading list' })).toBeVisible();

  // Save the first paper of a topic listing, from the keyboard.
  await page.goto('/topics/federated-learning/');
  const first = page.locator('[data-topic-papers] > li').first();
  const otherTitle = (await first.locator('.paper-title').textContent())?.trim() ?? '';
  await first.getByRole('button', { name: SAVE }).focus();
  await page.keyboard.press('Enter');
  await expect(first.getByRole('button', { name: SAVE })).toHaveAttribute('aria-pressed', 'true');
  await expect(first.getByRole('button', { name: SAVE })).toHaveText('Saved to reading list');

  // The list shows both, newest saved first; the link beside a saved button opens it.
  await first.getByRole('link', { name: 'Open reading list' }).click();
  await expect(page).toHaveURL(/\/reading-list\/$/u);
  const items = rows(page);
  await expect(items).toHaveCount(2);
  await expect(items.first().getByRole('heading')).toHaveText(otherTitle);
  await expect(page.locator('[data-list-summary]')).toHaveText('2 saved papers.');

  // A note kept as you type, tags and read state, all surviving a reload.
  const mine = row(page, MINE.title);
  const note = await openNote(mine);
  await note.pressSequentially('Check the bias-corrected gradient, §3 & 50%.');
  await mine.getByLabel('Tags').fill('Estimators, to cite');
  await mine.getByLabel('Tags').press('Tab');
  await mine.getByLabel('Read').check();
  await page.reload();
  await expect(mine.locator('.note-preview')).toHaveText('Note: Check the bias-corrected gradient, §3 & 50%.');
  await expect(mine.locator('.saved-tags')).toHaveText('#estimators #to cite');
  await expect(mine.getByLabel('Read')).toBeChecked();
  await openNote(mine);
  await expect(mine.getByLabel('Note')).toHaveValue('Check the bias-corrected gradient, §3 & 50%.');
  await expect(mine.getByLabel('Tags')).toHaveValue('estimators, to cite');

  // Filters: by tag, by read state; sort by title.
  await page.getByLabel('Tag', { exact: true }).selectOption('to cite');
  await expect(items).toHaveCount(1);
  await page.getByLabel('Tag', { exact: true }).selectOption('');
  await page.getByLabel('Show', { exact: true }).selectOption('unread');
  await expect(items).toHaveCount(1);
  await expect(items.first().getByRole('heading')).toHaveText(otherTitle);
  await page.getByLabel('Show', { exact: true }).selectOption('');
  await page.getByLabel('Sort by').selectOption('title');
  await expect(items.getByRole('heading')).toHaveText(
    [MINE.title, otherTitle].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
  );

  // Exports: BibTeX with the note and the tags as keywords, addressed where the page is served; Markdown; JSON.
  const bib = await downloaded(page, () => page.getByRole('button', { name: 'BibTeX', exact: true }).click());
  expect(bib.name).toBe('reading-list.bib');
  const library = parse(bib.text, { sentenceCase: false, caseProtection: false });
  expect(library.errors).toEqual([]);
  const entry = library.entries.find((e) => e.key === MINE.slug);
  expect(entry?.fields['title']).toBe(MINE.title);
  expect(entry?.fields['note']).toBe('Check the bias-corrected gradient, §3 & 50%.');
  expect(entry?.fields['keywords']).toEqual(['estimators', 'to cite']);
  expect(entry?.fields['url']).toBe(`${baseURL ?? ''}/papers/${MINE.slug}/`);
  const markdown = await downloaded(page, () => page.getByRole('button', { name: 'Markdown', exact: true }).click());
  expect(markdown.text).toContain(`[${MINE.title}](${baseURL ?? ''}/papers/${MINE.slug}/)`);
  const json = await downloaded(page, () => page.getByRole('button', { name: 'JSON', exact: true }).click());

  // Import into an empty list restores it; importing again duplicates nothing.
  await page.evaluate((key) => {
    localStorage.removeItem(key);
  }, KEY);
  await page.goto('/reading-list/');
  await expect(page.locator('[data-list-summary]')).toHaveText(/Nothing saved yet/u);
  const importer = page.getByLabel('Import a JSON export (merged into this list)');
  await importer.setInputFiles({ name: 'reading-list.json', mimeType: 'application/json', buffer: Buffer.from(json.text) });
  await expect(page.locator('[data-import-status]')).toHaveText('Imported reading-list.json: 2 papers added, 0 already here (merged).');
  await expect(items).toHaveCount(2);
  await importer.setInputFiles({ name: 'reading-list.json', mimeType: 'application/json', buffer: Buffer.from(json.text) });
  await expect(page.locator('[data-import-status]')).toHaveText('Imported reading-list.json: 0 papers added, 2 already here (merged).');
  await expect(items).toHaveCount(2);
  await expect(row(page, MINE.title).locator('.note-preview')).toHaveText('Note: Check the bias-corrected gradient, §3 & 50%.');

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

test('unsaving from the paper page says "Save" again and drops the link to the list', async ({ page }) => {
  await seed(page, [saved(MINE, 0)]);
  await page.goto(`/papers/${MINE.slug}/`);
  const save = page.getByRole('button', { name: SAVE });
  await expect(save).toHaveText('Saved to reading list');
  await save.press('Enter');
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await expect(save).toHaveText('Save to reading list');
  await expect(page.getByRole('main').getByRole('link', { name: 'Open reading list' })).toHaveCount(0);
});

test('on a phone, four saved papers take less than a screen: compact rows, the note shown by its first line, the editors opened on demand from the keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await seed(
    page,
    SHELF.map((p, i) => saved(p, i, i === 0 ? { note: NOTE, tags: ['estimators'] } : {})),
  );
  await expect(rows(page)).toHaveCount(4);
  // Every row is short (each was about 450 px with its editors always open), and none makes the page scroll sideways.
  let total = 0;
  for (const item of await rows(page).all()) {
    const height = (await item.boundingBox())?.height ?? 999;
    expect(height).toBeLessThanOrEqual(150);
    total += height;
  }
  expect(total).toBeLessThan(844);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  const mine = row(page, MINE.title);
  await expect(mine.locator('.note-preview')).toHaveText('Note: Check the bias-corrected gradient, §3 & 50%.');
  await expect(mine.getByLabel('Note')).toHaveCount(0);
  const note = await openNote(mine);
  await expect(note).toBeVisible();
  await expect(note).toHaveValue(NOTE);
  await note.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('New first line. ');
  await expect(mine.locator('.note-preview')).toHaveText('Note: New first line. Check the bias-corrected gradient, §3 & 50%.');
  await expect(mine.getByLabel('Tags')).toHaveValue('estimators');
  // Closing the editors from the keyboard too.
  await mine.getByRole('button', { name: /^Note and tags/u }).press('Enter');
  await expect(mine.getByLabel('Note')).toBeHidden();
});

test('Remove is undone from the keyboard: the paper comes back in its place with its note, tags and read state', async ({ page }) => {
  await page.clock.install();
  await seed(page, [saved(ADV, 3), saved(ALIGN, 2, { note: NOTE, tags: ['diffusion'], read: true }), saved(PRIOR, 1)]);
  const titles = [ADV.title, ALIGN.title, PRIOR.title];
  await expect(rows(page).getByRole('heading')).toHaveText(titles);
  const removed = row(page, ALIGN.title);
  await removed.getByRole('button', { name: /^Remove/u }).focus();
  await page.keyboard.press('Enter');
  await expect(rows(page)).toHaveCount(2);
  const status = page.locator('[data-undo-status]');
  await expect(status).toHaveText(`Removed “${ALIGN.title}”. Undo`);
  const undo = status.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  // Undo stays while the focus is on it, whatever the time.
  await page.clock.fastForward(30_000);
  await expect(undo).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(rows(page).getByRole('heading')).toHaveText(titles);
  await expect(removed.getByLabel('Read')).toBeChecked();
  await expect(removed.locator('.note-preview')).toHaveText('Note: Check the bias-corrected gradient, §3 & 50%.');
  await expect(removed.locator('.saved-tags')).toHaveText('#diffusion');
  await expect(status).toHaveText('');
  await page.reload();
  await expect(rows(page)).toHaveCount(3);

  // Without Undo, the message leaves after some seconds once the focus has moved on, and the removal stands.
  await row(page, PRIOR.title)
    .getByRole('button', { name: /^Remove/u })
    .click();
  await expect(undo).toBeFocused();
  await page.keyboard.press('Tab');
  await page.clock.fastForward(11_000);
  await expect(status).toHaveText('');
  await page.reload();
  await expect(rows(page)).toHaveCount(2);
});

test('a read paper is shown read: dimmed and saying "Read", not only by its checkbox', async ({ page }) => {
  await seed(page, [saved(MINE, 0), saved(ADV, 1)]);
  const mine = row(page, MINE.title);
  await expect(mine.locator('.badge-read')).toBeHidden();
  await mine.getByLabel('Read').focus();
  await page.keyboard.press('Space');
  await expect(mine.locator('.badge-read')).toBeVisible();
  await expect(mine.locator('.badge-read')).toHaveText('Read');
  await expect(mine).toHaveClass(/is-read/u);
  await page.reload();
  await expect(mine.locator('.badge-read')).toBeVisible();
  await expect(row(page, ADV.title).locator('.badge-read')).toBeHidden();
});

test('the sort and filters live in the address: a reload, Back and a shared link keep them', async ({ page, context }) => {
  await seed(page, [saved(ADV, 1, { tags: ['ml'] }), saved(ALIGN, 2, { tags: ['ml'], read: true }), saved(PRIOR, 3, { tags: ['bayes'] })]);
  await expect(rows(page)).toHaveCount(3);
  await page.getByLabel('Sort by').selectOption('title');
  await expect(page).toHaveURL(/\/reading-list\/\?order=title$/u);
  await page.getByLabel('Tag', { exact: true }).selectOption('ml');
  await expect(page).toHaveURL(/\?order=title&tag=ml$/u);
  await page.getByLabel('Show', { exact: true }).selectOption('unread');
  await expect(page).toHaveURL(/\?order=title&tag=ml&read=unread$/u);
  await expect(rows(page).getByRole('heading')).toHaveText([ADV.title]);

  await page.reload();
  await expect(page.getByLabel('Sort by')).toHaveValue('title');
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('ml');
  await expect(page.getByLabel('Show', { exact: true })).toHaveValue('unread');
  await expect(rows(page).getByRole('heading')).toHaveText([ADV.title]);

  await page.goBack();
  await expect(page).toHaveURL(/\?order=title&tag=ml$/u);
  await expect(page.getByLabel('Show', { exact: true })).toHaveValue('');
  await expect(rows(page).getByRole('heading')).toHaveText([ADV.title, ALIGN.title]);
  await page.goBack();
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('');
  await expect(rows(page)).toHaveCount(3);

  // Away to a paper and back: the view is still the address's.
  await page.goForward();
  await rows(page).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/papers\//u);
  await page.goBack();
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('ml');
  await expect(rows(page)).toHaveCount(2);

  // A shared link in another tab (same browser, so the same list) restores the view, even a tag the list lacks.
  const other = await context.newPage();
  await other.goto('/reading-list/?order=title&tag=bayes');
  await expect(other.getByLabel('Tag', { exact: true })).toHaveValue('bayes');
  await expect(rows(other).getByRole('heading')).toHaveText([PRIOR.title]);
  await other.goto('/reading-list/?tag=nobody-has-this');
  await expect(other.getByLabel('Tag', { exact: true })).toHaveValue('nobody-has-this');
  await expect(other.locator('[data-list-summary]')).toHaveText('0 of 3 saved papers shown.');
});

test("the reader's own note shows on the paper's page, and its link opens it for editing", async ({ page }) => {
  await seed(page, [saved(MINE, 0, { note: NOTE }), saved(ADV, 1)]);
  await page.goto(`/papers/${MINE.slug}/`);
  const box = page.getByRole('region', { name: 'Your note' });
  await expect(box).toBeVisible();
  await expect(box.locator('[data-your-note-text]')).toHaveText(NOTE);
  // A paper without a note (or not saved) shows no box.
  await page.goto(`/papers/${ADV.slug}/`);
  await expect(page.getByRole('region', { name: 'Your note' })).toHaveCount(0);
  await page.goto(`/papers/${MINE.slug}/`);
  await box.getByRole('link', { name: 'Edit it on your reading list' }).click();
  await expect(page).toHaveURL(new RegExp(`/reading-list/#saved-${MINE.slug}$`, 'u'));
  await expect(row(page, MINE.title).getByLabel('Note')).toBeFocused();
  await expect(row(page, MINE.title).getByLabel('Note')).toHaveValue(NOTE);
});

test('when the storage is full, a note typed stays in its box, the reader is told, and the next change saves it', async ({ page }) => {
  await stubFullStorage(page);
  await seed(page, [saved(MINE, 0)]);
  const mine = row(page, MINE.title);
  const note = await openNote(mine);
  await setStorageFull(page, true);
  await note.pressSequentially('typed while full');
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("Not saved: this browser's storage is full.");
  await expect(note).toHaveValue('typed while full');
  await expect(mine.getByText('Not saved yet.')).toBeVisible();
  await expect(mine.locator('.note-preview')).toHaveText('Note: typed while full');

  // Room again: the next keystroke stores the whole note, and the alert goes.
  await setStorageFull(page, false);
  await note.press('!');
  await expect(alert).toBeHidden();
  await expect(mine.getByText('Not saved yet.')).toBeHidden();
  await page.reload();
  await expect(mine.locator('.note-preview')).toHaveText('Note: typed while full!');
});

test('when the storage is full, Save says so and stays unpressed, and an import changes nothing', async ({ page }) => {
  await stubFullStorage(page);
  await page.goto(`/papers/${MINE.slug}/`);
  const save = page.getByRole('button', { name: SAVE });
  await setStorageFull(page, true);
  await save.click();
  await expect(page.getByRole('alert')).toContainText("Not saved: this browser's storage is full.");
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await expect(save).toHaveText('Save to reading list');

  await seed(page, [saved(ADV, 0)]);
  await setStorageFull(page, true);
  const big = {
    version: 1,
    papers: Array.from({ length: 200 }, (_, i) => saved({ slug: `imported-${String(i)}`, title: `Imported ${String(i)}` }, i)),
  };
  await page.getByLabel('Import a JSON export (merged into this list)').setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(big)),
  });
  await expect(page.locator('[data-import-status]')).toHaveText(
    /^big\.json was not imported, and nothing changed\. Not saved: this browser's storage is full/u,
  );
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(rows(page)).toHaveCount(1);
});

test('an unreadable stored list is set aside and said so on the page; a second one is kept beside the first', async ({ page }) => {
  await page.goto('/reading-list/');
  await page.evaluate((key) => {
    localStorage.setItem(key, '{"version": 1, "papers": [ cut short');
  }, KEY);
  await page.reload();
  const notice = page.getByRole('region', { name: 'A stored reading list could not be read' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('listitem')).toHaveCount(1);
  await expect(notice.getByRole('listitem')).toContainText(`${KEY}-unreadable`);
  await expect(page.locator('[data-list-summary]')).toHaveText(/Nothing saved yet/u);

  await page.evaluate((key) => {
    localStorage.setItem(key, 'a second broken value');
  }, KEY);
  await page.reload();
  await expect(notice.getByRole('listitem')).toHaveCount(2);
  await expect(notice.getByRole('listitem').nth(1)).toContainText(`${KEY}-unreadable-2`);
  const kept = await page.evaluate((key) => [localStorage.getItem(`${key}-unreadable`), localStorage.getItem(`${key}-unreadable-2`)], KEY);
  expect(kept).toEqual(['{"version": 1, "papers": [ cut short', 'a second broken value']);

  const copy = await downloaded(page, () => notice.getByRole('listitem').first().getByRole('button', { name: 'Download it' }).click());
  expect(copy).toEqual({ name: `${KEY}-unreadable.json`, text: '{"version": 1, "papers": [ cut short' });
  await notice.getByRole('listitem').first().getByRole('button', { name: 'Delete this copy' }).click();
  await expect(notice.getByRole('listitem')).toHaveCount(1);
  await expect(notice.getByRole('listitem')).toContainText(`${KEY}-unreadable-2`);
});

test('a saved paper the shelf no longer has stays on the list, marked, with its title, found without a request a paper', async ({
  page,
}) => {
  const heads: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'HEAD') heads.push(request.url());
  });
  await seed(page, [
    saved({ slug: 'a-paper-from-an-older-build', title: 'A Paper From An Older Build' }, 0, { note: 'keep me' }),
    saved({ slug: MINE.slug, title: 'MINE' }, 1),
  ]);
  const gone = row(page, 'A Paper From An Older Build no longer on the shelf');
  await expect(gone).toContainText('no longer on the shelf');
  await expect(gone.getByRole('link')).toHaveCount(0);
  await expect(gone.locator('.note-preview')).toHaveText('Note: keep me');
  const kept = row(page, 'MINE');
  await expect(kept.getByRole('link', { name: 'MINE' })).toBeVisible();
  await expect(kept).not.toContainText('no longer on the shelf');
  await page.reload();
  await expect(gone).toContainText('no longer on the shelf');
  expect(heads).toEqual([]);
});

test('10,000 saved papers render from one shelf list, with those gone from the shelf marked', async ({ page }) => {
  const papers = Array.from({ length: 10_000 }, (_, i) =>
    saved(SHELF[i] ?? { slug: `synthetic-paper-${String(i)}`, title: `Synthetic paper ${String(i)}` }, i, { note: `note ${String(i)}` }),
  );
  await page.goto('/reading-list/');
  await page.evaluate(
    ([key, list]) => {
      localStorage.setItem(key, JSON.stringify({ version: 1, papers: list }));
    },
    [KEY, papers] as const,
  );
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.reload();
  await expect(page.locator('[data-list-summary]')).toHaveText('10,000 saved papers.', { timeout: 30_000 });
  await expect(rows(page)).toHaveCount(10_000);
  await expect(page.locator('#saved-synthetic-paper-9999')).toContainText('no longer on the shelf');
  await expect(page.locator(`#saved-${MINE.slug}`)).not.toContainText('no longer on the shelf');
  // Which papers are gone is read from the shelf's one slug list, never asked of the server a paper at a time (that took
  // two minutes for 10,000): the reload fetches the page's own files and nothing per saved paper.
  expect(requests.filter((url) => url.includes('/papers/'))).toEqual([]);
  expect(requests.length).toBeLessThan(40);
});

test.describe('without script', () => {
  test.use({ javaScriptEnabled: false });
  test('the Save button and the list controls stay hidden: nothing shows that would do nothing', async ({ page }) => {
    await page.goto(`/papers/${MINE.slug}/`);
    await expect(page.locator('button[data-save]')).toBeHidden();
    await page.goto('/reading-list/');
    await expect(page.getByLabel('Sort by')).toBeHidden();
    await expect(page.getByRole('button', { name: 'BibTeX' })).toBeHidden();
  });
});

test('with storage blocked, the Save button and the list controls stay hidden and the page says why', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(`/papers/${MINE.slug}/`);
  await expect(page.locator('button[data-save]')).toBeHidden();
  await page.goto('/reading-list/');
  await expect(page.locator('[data-list-summary]')).toHaveText(/storage is blocked/u);
  await expect(page.getByLabel('Sort by')).toBeHidden();
  await expect(page.getByRole('button', { name: 'BibTeX' })).toBeHidden();
});

test('exports under a base path carry the address the page is served from', async ({ page, baseURL }) => {
  await seed(page, [saved(MINE, 0, { tags: ['estimators'] })], '/papers-demo/reading-list/');
  await expect(rows(page)).toHaveCount(1);
  const bib = await downloaded(page, () => page.getByRole('button', { name: 'BibTeX', exact: true }).click());
  const entry = parse(bib.text, { sentenceCase: false, caseProtection: false }).entries[0];
  expect(entry?.fields['url']).toBe(`${baseURL ?? ''}/papers-demo/papers/${MINE.slug}/`);
  expect(entry?.fields['keywords']).toEqual(['estimators']);
  const markdown = await downloaded(page, () => page.getByRole('button', { name: 'Markdown', exact: true }).click());
  expect(markdown.text).toContain(`(${baseURL ?? ''}/papers-demo/papers/${MINE.slug}/)`);
});

/** Saves MINE from the first result of a list of results, then finds it first on the reading list. */
async function saveFirstResult(page: Page, first: Locator): Promise<void> {
  await expect(first).toContainText(MINE.title);
  const save = first.getByRole('button', { name: SAVE });
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/reading-list/');
  await expect(rows(page).first().getByRole('heading')).toHaveText(MINE.title);
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
  for (const i of [0, 1, 2]) {
    await cards.nth(i).getByRole('button', { name: SAVE }).click();
    await expect(cards.nth(i).getByRole('button', { name: SAVE })).toHaveAttribute('aria-pressed', 'true');
  }
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
  await expect(rows(page).filter({ hasText: title })).toHaveCount(1);
  await expect(forYou.getByRole('link', { name: title, exact: true })).toHaveCount(0);
});

test('the reading list works offline once visited', async ({ page, context }) => {
  // A reader saves a paper (the service worker installs on that first page), then opens the list.
  await page.goto(`/papers/${MINE.slug}/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByRole('button', { name: SAVE }).click();
  await page.goto('/reading-list/');
  await expect(page.getByRole('region', { name: 'For you' }).getByRole('listitem').first()).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  const item = row(page, MINE.title);
  await expect(item).toBeVisible();
  await expect(page.getByRole('region', { name: 'For you' }).getByRole('listitem').first()).toBeVisible();
  await (await openNote(item)).fill('written offline');
  await page.reload();
  await expect(item.locator('.note-preview')).toHaveText('Note: written offline');
  await expect(item).not.toContainText('no longer on the shelf');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the reading list page, with papers, an open note, Undo and a storage alert, has no axe violations (WCAG 2.2 AA) and 24 px targets in the ${scheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await stubFullStorage(page);
    await seed(page, [
      saved(MINE, 0, { note: NOTE, tags: ['estimators'], read: true }),
      saved(ADV, 1),
      saved(ALIGN, 2),
      saved({ slug: 'a-paper-from-an-older-build', title: 'A Paper From An Older Build' }, 3),
    ]);
    await expect(rows(page)).toHaveCount(4);
    await expect(row(page, 'A Paper From An Older Build no longer on the shelf')).toContainText('no longer on the shelf');
    await openNote(row(page, MINE.title));
    await row(page, ALIGN.title)
      .getByRole('button', { name: /^Remove/u })
      .click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    await setStorageFull(page, true);
    await row(page, ADV.title).getByLabel('Read').click();
    await expect(page.getByRole('alert')).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // Every control of the rows, the toast and the alert is at least 24 px each way.
    const small = await page
      .locator('[data-saved-list] button, [data-saved-list] .read-toggle, [data-undo-status] button, [data-list-controls] select')
      .evaluateAll((els) =>
        els
          .filter((e) => e.getBoundingClientRect().width < 24 || e.getBoundingClientRect().height < 24)
          .map((e) => e.outerHTML.slice(0, 80)),
      );
    expect(small).toEqual([]);
  });
}
