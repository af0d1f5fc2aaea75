import { expect, test } from '@playwright/test';

test('pages carry a content security policy, and nothing the site does breaks it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("object-src 'none'");
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('diffusion');
  await expect(page.locator('.quick-results li').first()).toBeVisible();
  await page.locator('.quick-results a').first().click();
  await expect(page.locator('main mark').first()).toBeVisible();
  await page.goto('/search/?q=graph&topic=Graph+neural+networks&sort=newest');
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  await page.goto('/topics/diffusion-models/2/');
  await page.reload();
  // A page with math typeset by KaTeX (its boxes are sized by style attributes).
  await page.goto('/papers/one-step-diffusion-models-with-f-divergence-distribution-matching/');
  await expect(page.locator('h1 .katex')).toBeVisible();
  expect(violations).toEqual([]);
});
