import { expect, test } from '@playwright/test';

const background = (page: import('@playwright/test').Page): Promise<string> =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the site follows the OS colour scheme until the reader chooses', async ({ browser }) => {
  const dark = await browser.newContext({ colorScheme: 'dark' });
  const light = await browser.newContext({ colorScheme: 'light' });
  const darkPage = await dark.newPage();
  const lightPage = await light.newPage();
  await darkPage.goto('/');
  await lightPage.goto('/');
  expect(await background(darkPage)).not.toBe(await background(lightPage));
  await dark.close();
  await light.close();
});

test('the theme toggle switches themes and is remembered across pages without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const lightBackground = await background(page);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBackground = await background(page);
  expect(darkBackground).not.toBe(lightBackground);

  // The theme is applied by an inline script in <head>, before the body is parsed.
  await page.goto('/topics/', { waitUntil: 'commit' });
  await page.waitForSelector('body');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.waitForLoadState('load');
  expect(await background(page)).toBe(darkBackground);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
