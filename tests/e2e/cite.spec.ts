import { parse } from '@retorquere/bibtex-parser';
import { expect, test } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('"Cite" on a paper page shows a BibTeX entry that reads back as the title, and copies it', async ({ page, baseURL }) => {
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
  // The address the page is served from, not the build's default origin (http://localhost:4321 in this build).
  expect(parsed.entries[0]?.fields['url']).toBe(`${baseURL ?? ''}/papers/${slug}/`);

  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(async () => navigator.clipboard.readText())).toBe(bibtex);
});

test('"Cite" on a paper with math in its title gives the plain reading of the title and the paper\'s year', async ({ page }) => {
  const slug = 'one-step-diffusion-models-with-f-divergence-distribution-matching';
  await page.goto(`/papers/${slug}/`);
  await expect(page.locator('h1 .katex')).toHaveCount(1);
  await page.getByText('Cite', { exact: true }).click();
  const bibtex = (await page.getByLabel('BibTeX entry').textContent()) ?? '';
  const parsed = parse(bibtex, { sentenceCase: false, caseProtection: false });
  expect(parsed.errors).toEqual([]);
  expect(parsed.entries[0]?.key).toBe(slug);
  expect(parsed.entries[0]?.fields['title']).toBe('One-step Diffusion Models with f-Divergence Distribution Matching');
  expect(parsed.entries[0]?.fields['year']).toBe('2025');
});

test('"Cite" under a base path gives the address the page is served from, base path included', async ({ page, baseURL }) => {
  const slug = 'mine-mutual-information-neural-estimation';
  await page.goto(`/papers-demo/papers/${slug}/`);
  await page.getByText('Cite', { exact: true }).click();
  await expect(page.getByLabel('BibTeX entry')).toContainText(`url = {${baseURL ?? ''}/papers-demo/papers/${slug}/}`);
});
