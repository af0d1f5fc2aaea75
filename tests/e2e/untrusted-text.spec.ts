import { expect, test } from '@playwright/test';
import { plainText } from '../support/plain-text.ts';

// dist-hostile/ is built from tests/fixtures/dumps/hostile-text: titles and
// abstracts full of HTML, markdown and YAML syntax.
const BASE = '/hostile/';

test('hostile titles and abstracts render as literal text, never as markup', async ({ page, request }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const { papers } = (await (await request.get(`${BASE}api/papers.json`)).json()) as { papers: { url: string; title: string }[] };
  expect(papers).toHaveLength(5);
  for (const paper of papers) {
    await page.goto(new URL(paper.url).pathname);
    // The title as text (TeX in it typeset, read as its plain reading, as the catalogue gives it).
    expect(await plainText(page.getByRole('heading', { level: 1 }))).toBe(paper.title);
    await expect(page.locator('main script, main img, main em, main strong, main code, main blockquote, main hr')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
    await expect(page.locator('.abstract h1, .abstract ul, .abstract ol')).toHaveCount(0);
  }
  const script = papers.find((p) => p.title.startsWith('<script>'));
  await page.goto(new URL(script?.url ?? '').pathname);
  await expect(page.locator('.abstract')).toContainText(
    '<script>alert("x")</script> This abstract tries to inject a script tag and an <img src=x onerror=alert(1)> element',
  );
  const markdown = papers.find((p) => p.title.startsWith('*Stars*'));
  await page.goto(new URL(markdown?.url ?? '').pathname);
  await expect(page.locator('.abstract')).toContainText('*Emphasis* and _more_ and **strong** and `code`');
  expect(dialogs).toEqual([]);
});

test('hostile titles stay text on topic and collection listings too', async ({ page }) => {
  await page.goto(`${BASE}collections/listing/`);
  await expect(page.locator('.paper-title')).toHaveCount(5);
  await expect(page.locator('.paper-title').first()).toHaveText('<script>alert(1)</script> Attention Is All You Need');
  await expect(page.locator('main script')).toHaveCount(0);
});
