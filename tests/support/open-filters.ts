import { expect, type Page } from '@playwright/test';

/** Unfolds the search page's filter pane (folded until a reader opens it) and waits for its values. */
export async function openFilters(page: Page): Promise<void> {
  const details = page.locator('[data-filters-details]');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await expect(page.getByRole('group', { name: 'Topic' }).getByRole('checkbox').first()).toBeVisible();
}
