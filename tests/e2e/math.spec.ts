import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { plainText } from '../support/plain-text.ts';
import { readAtom } from '../support/read-atom.ts';

const F_DIVERGENCE = '/papers/one-step-diffusion-models-with-f-divergence-distribution-matching/';

test('a title with TeX is typeset by KaTeX at build time, with its stylesheet and fonts self-hosted and no math script', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(F_DIVERGENCE);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading.locator('.katex')).toHaveCount(1);
  // Read as plain text by assistive technology.
  await expect(heading).toHaveAccessibleName(/^One-step Diffusion Models with f ?-Divergence Distribution Matching$/u);
  expect(await plainText(heading)).toBe('One-step Diffusion Models with f-Divergence Distribution Matching');
  await expect(page).toHaveTitle('One-step Diffusion Models with f-Divergence Distribution Matching · Papershelf');
  const sheet = await page.evaluate(
    () => [...document.styleSheets].find((s) => s.href?.endsWith('/katex/katex.min.css'))?.cssRules.length ?? 0,
  );
  expect(sheet).toBeGreaterThan(10);
  await page.evaluate(async () => document.fonts.ready);
  expect(requests.some((path) => /^\/katex\/fonts\/KaTeX_Math-Italic\.woff2$/u.test(path))).toBe(true);
  expect(requests.filter((path) => path.endsWith('.js')).every((path) => !/katex/iu.test(path))).toBe(true);
  expect(requests.every((path) => !path.startsWith('http'))).toBe(true);
});

test('pages without math do not load KaTeX', async ({ page }) => {
  await page.goto('/papers/mine-mutual-information-neural-estimation/');
  await expect(page.locator('link[href$="katex.min.css"]')).toHaveCount(0);
});

test('stripped TeX in an abstract is repaired into math, and its excerpt reads as plain text', async ({ page, request }) => {
  await page.goto('/search/?q=regret+bandit');
  const response = await request.get('/api/papers.json');
  const { papers } = (await response.json()) as { papers: { slug: string; title: string; url: string }[] };
  expect(papers.every((p) => !p.title.includes('$'))).toBe(true);
  expect(papers.find((p) => p.url.endsWith(F_DIVERGENCE))?.title).toBe('One-step Diffusion Models with f-Divergence Distribution Matching');
  const slug = 'towards-gradient-free-and-projection-free-stochastic-optimization';
  await page.goto(`/papers/${slug}/`);
  await expect(page.locator('.abstract .katex').first()).toBeVisible();
  await expect(page.locator('.abstract')).not.toContainText('mathcal');
  const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
  expect(description).not.toMatch(/mathcal|\\|\$/u);
});

test('feeds and search carry plain text, not TeX source or KaTeX markup', async ({ page }) => {
  const feed = readAtom(await readFile('dist/feed.xml', 'utf8'));
  for (const entry of feed.entry) {
    expect(entry.title['#text']).not.toMatch(/\$|katex/u);
    expect(entry.summary['#text']).not.toMatch(/katex|mathcal\{|<span/u);
  }
  await page.goto('/search/?q=divergence+distribution+matching');
  const first = page.locator('.search-results > li').first();
  await expect(first).toContainText('One-step Diffusion Models with f-Divergence Distribution Matching');
  await expect(first).not.toContainText('$');
});
