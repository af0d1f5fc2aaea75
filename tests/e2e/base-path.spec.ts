import { expect, test } from '@playwright/test';

const BASE = '/papers-demo/';

/** Internal URLs referenced by an HTML page: links, scripts, styles, icons. */
function references(html: string, pageUrl: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
    const raw = (match[1] ?? '').replaceAll('&amp;', '&');
    const resolved = new URL(raw, pageUrl);
    if (resolved.origin === new URL(pageUrl).origin) urls.push(resolved.pathname);
  }
  return urls;
}

test('a build under BASE_PATH=/papers-demo/ has no broken internal link or asset', async ({ request, baseURL }) => {
  const origin = baseURL ?? '';
  const seen = new Set<string>([BASE]);
  const queue = [BASE];
  const broken: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    const response = await request.get(path, { maxRedirects: 0 });
    if (response.status() !== 200) {
      broken.push(`${path} → ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    for (const ref of references(await response.text(), `${origin}${path}`)) {
      if (!ref.startsWith(BASE)) broken.push(`${path} links outside the base: ${ref}`);
      else if (!seen.has(ref)) {
        seen.add(ref);
        queue.push(ref);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(700);
});

test('the JSON catalogue under a base path gives URLs inside it', async ({ request }) => {
  const { papers } = (await (await request.get(`${BASE}api/papers.json`)).json()) as { papers: { url: string }[] };
  for (const paper of papers.slice(0, 20)) {
    expect(new URL(paper.url).pathname.startsWith(`${BASE}papers/`)).toBe(true);
    expect((await request.get(new URL(paper.url).pathname)).status()).toBe(200);
  }
});

test('search works under the base path and its results stay inside it', async ({ page }) => {
  await page.goto(`${BASE}search/?q=federated+learning`);
  const first = page.locator('.search-results .result-title a').first();
  await expect(first).toBeVisible();
  const href = (await first.getAttribute('href')) ?? '';
  expect(href.startsWith(`${BASE}papers/`)).toBe(true);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}papers/`));
  await expect(page.locator('main mark').first()).toBeVisible();
});
