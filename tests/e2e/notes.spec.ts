import { expect, test } from '@playwright/test';

test("a reader's note shows on its paper's page under Notes, rendered from markdown", async ({ page }) => {
  await page.goto('/papers/mine-mutual-information-neural-estimation/');
  const notes = page.getByRole('region', { name: 'Notes' });
  await expect(notes).toContainText('Donsker–Varadhan');
  await expect(notes.locator('strong')).toHaveText('Donsker–Varadhan');
  await expect(notes.getByRole('listitem')).toHaveCount(2);
  // Papers without a note have no Notes section.
  await page.goto('/papers/one-step-diffusion-models-with-f-divergence-distribution-matching/');
  await expect(page.getByRole('region', { name: 'Notes' })).toHaveCount(0);
});

test("a reader's note is searchable", async ({ page }) => {
  await page.goto('/search/?q=Donsker');
  await expect(page.locator('.search-results > li').first()).toContainText('MINE: Mutual Information Neural Estimation');
});

test('a note is rendered safely: raw HTML as text, no javascript: link', async ({ page }) => {
  const alerts: string[] = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/hostile/papers/script-alert-1-script-attention-is-all-you-need/');
  const notes = page.getByRole('region', { name: 'Notes' });
  await expect(notes).toContainText('<script>alert("note")</script> raw HTML');
  await expect(notes.locator('script, a[href^="javascript:"]')).toHaveCount(0);
  expect(alerts).toEqual([]);
});
