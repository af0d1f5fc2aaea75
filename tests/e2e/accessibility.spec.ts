import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  ['home', '/'],
  ['topics', '/topics/'],
  ['topic', '/topics/federated-learning/'],
  ['topic ordering', '/topics/diffusion-models/upvotes/'],
  ['topic page 2', '/topics/diffusion-models/2/'],
  ['collection page 2', '/collections/004_caa2a518377b661e/2/'],
  ['paper', '/papers/one-step-diffusion-models-with-f-divergence-distribution-matching/'],
  ['collections', '/collections/'],
  ['collection', '/collections/004_caa2a518377b661e/'],
  ['not found', '/no-such-page/'],
  ['search', '/search/?q=diffusion&topic=Diffusion+models+%E2%80%BA+Diffusion+guidance'],
  ['topics with subtopics and discovered topics', '/hf/topics/'],
  ['topic with subtopics', '/hf/topics/llm-agents/'],
  ['search that finds nothing', '/search/?q=graphs+zebrafishology&verbatim=1'],
  ['reading list', '/reading-list/'],
  ['not saved for offline reading', '/offline/'],
] as const;

/** WCAG 2.2 AA (target size among its rules) and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path] of PAGES) {
    test(`the ${name} page has no axe violations in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (name === 'search') await page.locator('.search-results > li').first().waitFor();
      if (name === 'search that finds nothing') await page.locator('[data-no-results] .result-list > li').first().waitFor();
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

for (const [name, path] of PAGES.filter(([n]) => ['home', 'topic', 'paper', 'search', 'reading list'].includes(n))) {
  test(`on a phone, the ${name} page has no axe violations, touch targets included`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    if (name === 'search') await page.locator('.search-results > li').first().waitFor();
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('every page offers a skip link to the main content and one h1', async ({ page }) => {
  for (const [, path] of PAGES) {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await skip.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  }
});

test('the layout holds from 360 px wide without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const [, path] of PAGES) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the open search dialog with results has no axe violations', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('diffusion');
  await page.locator('.quick-results li').first().waitFor();
  const results = await new AxeBuilder({ page }).include('dialog').withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
