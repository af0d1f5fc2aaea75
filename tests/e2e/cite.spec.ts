import { parse } from '@retorquere/bibtex-parser';
import { expect, test } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('"Cite" on a paper page shows a BibTeX entry that reads back as the title, and copies it', async ({ page }) => {
  const slug = 'adaptive-supervised-patchnce-loss-for-learning-h-e-to-ihc-stain-542d78';
  await page.goto(`/papers/${slug}/`);
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  expect(title).toContain('H&E');
  await page.getByText('Cite', { exact: true }).click();
  const entry = page.getByRole('region', { name: 'BibTeX entry' }).or(page.getByLabel('BibTeX entry'));
  await expect(entry).toBeVisible();
  const bibtex = (await entry.textContent()) ?? '';
  expect(bibtex).toContain('\\&');
  const parsed = parse(bibtex, { sentenceCase: false, caseProtection: false });
  expect(parsed.errors).toEqual([]);
  expect(parsed.entries[0]?.key).toBe(slug);
  expect(parsed.entries[0]?.fields['title']).toBe(title);
  expect(parsed.entries[0]?.fields['url']).toMatch(new RegExp(`/papers/${slug}/$`, 'u'));

  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(async () => navigator.clipboard.readText())).toBe(bibtex);
});
