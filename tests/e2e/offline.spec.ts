import { execFile } from 'node:child_process';
import { delimiter, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { openFilters } from '../support/open-filters.ts';

const run = promisify(execFile);

/** Waits until the service worker has installed (precached the shell) and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit, search, every visited page and a plain copy of every paper work with the network off', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await page.goto('/papers/mine-mutual-information-neural-estimation/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MINE: Mutual Information Neural Estimation');

  await context.setOffline(true);
  await page.goto('/search/?q=mutual+information');
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /papers for “mutual information”/ })).toBeVisible();
  await openFilters(page);
  await page.getByRole('group', { name: 'Topic' }).getByLabel('Information theory').check();
  await expect(page.locator('.search-results > li').first()).toBeVisible();

  await page.goto('/papers/mine-mutual-information-neural-estimation/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MINE: Mutual Information Neural Estimation');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // A paper never opened: its plain copy, made from the search index that came with the visit.
  const copy = await page.goto('/papers/minde-mutual-information-neural-diffusion-estimation/');
  expect(copy?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MINDE: Mutual Information Neural Diffusion Estimation');
  await expect(page.locator('.abstract')).toContainText('interpretation of the Girsanov theorem');
  await expect(page.getByText('saved for offline reading')).toBeVisible();
  // The copy shows the abstract as written: no control's label, no indexed name parts.
  await expect(page.locator('.abstract')).not.toContainText('Save');
  await expect(page.locator('.abstract')).not.toContainText('\u2042');
});

test('after one visit to the home page, the pages a reader browses between work offline, and any other page says it was not saved', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [path, heading] of [
    ['/topics/', 'Topics'],
    ['/collections/', 'Collections'],
    ['/reading-list/', 'Reading list'],
  ] as const) {
    await nav.getByRole('link', { name: heading }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
  }
  // Every topic card on the home page leads to a page that works offline.
  await page.goto('/');
  const cards = page.locator('#topics + * a');
  // One card a top-level topic of the shelf (the seeds have 31).
  const topics = ((await (await page.request.get('/api/topics.json')).json()) as { topics: { parent: string | null }[] }).topics;
  await expect(cards).toHaveCount(topics.filter((t) => t.parent === null).length);
  expect(await cards.count()).toBeGreaterThanOrEqual(12);
  const hrefs = await cards.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  const cached = await page.evaluate(async (paths) => Promise.all(paths.map(async (p) => (await caches.match(p)) !== undefined)), hrefs);
  expect(hrefs.filter((_, i) => cached[i] !== true)).toEqual([]);
  // And they open: the first, a middle and the last card.
  for (const href of [hrefs[0], hrefs[20], hrefs.at(-1)]) {
    const response = await page.goto(href ?? '');
    expect(response?.status(), href).toBe(200);
    await expect(page.locator('.paper-list li').first(), href).toBeVisible();
  }
  // A page never saved: the site's own page, with its header, search and a way home.
  const response = await page.goto('/topics/federated-learning/a-z/');
  expect(response?.status()).toBe(503);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await expect(page.getByRole('search', { name: 'Site search' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your paper shelf');
});

test('"Save for offline reading" says so when the index is already saved', async ({ page }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /^Saved: 642 of 642 papers/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Save again/ })).toBeVisible();
});

test('pages are kept by address without their query: two hundred searches are one cached page', async ({ page }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  for (const q of ['mutual', 'diffusion', 'graph']) {
    await page.goto(`/search/?q=${q}`);
    await page.goto(`/papers/mine-mutual-information-neural-estimation/?highlight=${q}`);
  }
  const keys = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('papershelf-pages-'));
    const all = await Promise.all(names.map(async (n) => (await caches.open(n)).keys()));
    return all.flat().map((r) => r.url);
  });
  expect(keys.filter((k) => k.includes('?'))).toEqual([]);
  expect(keys.filter((k) => k.endsWith('/papers/mine-mutual-information-neural-estimation/'))).toHaveLength(1);
});

test('a first visit, service worker included, downloads at most 3 MB in at most 150 requests, and never the catalogue', async ({
  page,
  context,
}) => {
  const requests: { url: string; bytes: Promise<number> }[] = [];
  context.on('requestfinished', (request) => {
    requests.push({ url: request.url(), bytes: request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize) });
  });
  await page.goto('/');
  await waitForServiceWorker(page);
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(requests.map((r) => r.bytes))).reduce((a, b) => a + b, 0);
  expect(requests.length).toBeLessThanOrEqual(150);
  expect(bytes).toBeLessThanOrEqual(3_000_000);
  // The search index came with the visit, in a pack, not as hundreds of files.
  expect(requests.some((r) => r.url.includes('/offline/search-'))).toBe(true);
  expect(requests.filter((r) => r.url.includes('/pagefind/fragment/'))).toEqual([]);
  expect(requests.filter((r) => r.url.includes('/api/'))).toEqual([]);
});

test('the page a reader lands on first is kept for offline reading too', async ({ page, context }) => {
  await page.goto('/papers/mine-mutual-information-neural-estimation/');
  await waitForServiceWorker(page);
  await expect.poll(async () => page.evaluate(async () => (await caches.match(location.href)) !== undefined)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MINE: Mutual Information Neural Estimation');
});

test('"Save for offline reading" makes every paper page readable offline in a few requests, showing its size and progress', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForServiceWorker(page);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const button = page.getByRole('button', { name: /^Save for offline reading/ });
  await expect(button).toHaveText(/\(642 papers, about [\d.]+ (KB|MB)\)/);
  await button.click();
  await expect(page.getByRole('progressbar', { name: 'Pages saved for offline reading' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Saved 642 of 642 papers/ })).toBeVisible({ timeout: 90_000 });
  expect(requests.filter((u) => u.includes('/papers/'))).toEqual([]);
  expect(requests.filter((u) => u.includes('/offline/search-')).length).toBeGreaterThan(0);
  expect(requests.length).toBeLessThanOrEqual(10);

  await context.setOffline(true);
  for (const slug of [
    'minde-mutual-information-neural-diffusion-estimation',
    'one-step-diffusion-models-with-f-divergence-distribution-matching',
  ]) {
    const response = await page.goto(`/papers/${slug}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('.abstract')).not.toBeEmpty();
  }
});

test('the site installs as an app: a manifest with a name, start URL and icon', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href ?? '')).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Papershelf', start_url: './', display: 'standalone' });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons)
    expect((await request.get(new URL(icon.src, new URL(href ?? '', page.url())).href)).status()).toBe(200);
});

test('a rebuild with a changed corpus, then a reload, shows the new results and retires the old caches', async ({ page }) => {
  test.setTimeout(180_000);
  // A page read under the old build, present in both corpora.
  await page.goto('/rebuild/papers/federated-aggregation-for-heterogeneous-clients/');
  await waitForServiceWorker(page);
  await page.goto('/rebuild/search/?q=curvature');
  await expect(page.getByRole('status').filter({ hasText: 'No papers for “curvature”' })).toBeVisible();
  const before = await page.evaluate(() => caches.keys());
  expect(before.some((k) => k.startsWith('papershelf-shell-'))).toBe(true);

  // Redeploy: the same site rebuilt from a corpus that has a paper on curvature.
  const env = { ...process.env, PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env['PATH'] ?? ''}` };
  await run('bash', ['tests/e2e/build-rebuild-site.sh', 'daily-layout'], { env });
  try {
    await page.reload();
    await expect(page.locator('.search-results')).toContainText('Curvature Rewiring for Graph Neural Networks');
    // The new worker takes over with caches named after the new build, and the old ones go.
    await expect
      .poll(async () => page.evaluate(() => caches.keys()), { timeout: 30_000 })
      .not.toEqual(expect.arrayContaining(before.filter((k) => k.startsWith('papershelf-shell-'))));
    // The reader's offline pages came along, fetched from the new build.
    await page.context().setOffline(true);
    await page.goto('/rebuild/papers/federated-aggregation-for-heterogeneous-clients/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Federated Aggregation for Heterogeneous Clients');
    await page.context().setOffline(false);
  } finally {
    await run('bash', ['tests/e2e/build-rebuild-site.sh', 'listing-layout'], { env });
  }
});
