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

test('the theme menu switches themes, says which is on, is remembered without a flash, and goes back to the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const lightBackground = await background(page);
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await expect(theme).toHaveValue('system');
  await theme.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBackground = await background(page);
  expect(darkBackground).not.toBe(lightBackground);

  // The theme is applied by an inline script in <head>, before the body is parsed.
  await page.goto('/topics/', { waitUntil: 'commit' });
  await page.waitForSelector('body');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.waitForLoadState('load');
  expect(await background(page)).toBe(darkBackground);
  // The menu names the theme in effect.
  await expect(theme).toHaveValue('dark');
  await expect(theme.locator('option:checked')).toHaveText('Dark');

  // Back to the system's theme: the choice is forgotten, and the OS decides again.
  await theme.selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await background(page)).toBe(lightBackground);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(async () => background(page)).toBe(darkBackground);
});

test('the theme menu works with the keyboard alone', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await theme.focus();
  await page.keyboard.press('ArrowDown');
  await expect(theme).toHaveValue('light');
  await page.keyboard.press('ArrowDown');
  await expect(theme).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
