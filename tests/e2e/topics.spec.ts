import { expect, test, type Page } from '@playwright/test';
import { openFilters } from '../support/open-filters.ts';

/** The topics of a site, as its catalogue lists them. */
async function topicsOf(page: Page, base: string) {
  const response = await page.request.get(`${base}api/topics.json`);
  return (
    (await response.json()) as {
      topics: { slug: string; name: string; count: number; parent: string | null; subtopics: string[]; discovered: boolean }[];
    }
  ).topics;
}

test('a paper page lists related papers, each with the words it shares', async ({ page }) => {
  await page.goto('/papers/inverse-distance-aggregation-for-federated-learning-with-non-iid-data/');
  const related = page.getByRole('region', { name: 'Related papers' }).getByRole('listitem');
  await expect(related).toHaveCount(5);
  const first = related.first();
  await expect(first.getByRole('link')).toContainText(/federated/i);
  // Federated learning, or its acronym: one of them, never both.
  await expect(first).toContainText(/shared: .*\b(federated|FL)\b/i);
  // Reasons are words as written, not stems, and no word of a line comes twice ("mutual information, mutual").
  const reasons = await related.locator('.why').allTextContents();
  for (const reason of reasons) {
    expect(reason).toMatch(/^shared: \S.*$/);
    const words = reason
      .replace(/^shared: /, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== '');
    expect(new Set(words).size, reason).toBe(words.length);
  }
  expect(reasons.join(' ')).not.toMatch(/\bfeder\b/);
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/federated/i);
});

test('a crowded topic shows its subtopics, and each subtopic is a page of its own', async ({ page }) => {
  const topics = await topicsOf(page, '/hf/');
  const parent = topics.find((t) => t.subtopics.length >= 3);
  if (parent === undefined) throw new Error('no topic with subtopics in the hf-daily site');
  await page.goto(`/hf/topics/${parent.slug}/`);
  const section = page.getByRole('region', { name: 'Subtopics' });
  await expect(section.locator('.card-title')).toHaveCount(parent.subtopics.length);
  const child = topics.find((t) => t.slug === parent.subtopics[0]);
  if (child === undefined) throw new Error('subtopic missing from the catalogue');
  await section.getByRole('link', { name: new RegExp(child.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
  await expect(page).toHaveURL(new RegExp(`/hf/topics/${child.slug}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(child.name);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('discovered');
  await expect(page.getByRole('link', { name: parent.name, exact: true })).toHaveAttribute('href', `/hf/topics/${parent.slug}/`);
  await expect(page.locator('[data-topic-total]')).toHaveText(`${child.count} papers`);
  // The subtopic's papers carry it, named with its parent.
  await page.locator('[data-topic-papers] .paper-title a').first().click();
  await expect(page.getByRole('link', { name: `${parent.name} › ${child.name}` })).toBeVisible();
  // The parent's count is its subtopics' papers.
  await page.goto('/hf/topics/');
  const shown = page.locator(`[data-topic-count="${parent.slug}"]`);
  await expect(shown).toContainText(`${parent.count} papers · ${parent.subtopics.length} subtopics`);
  await expect(page.getByRole('navigation', { name: `Subtopics of ${parent.name}` }).getByRole('link')).toHaveCount(
    parent.subtopics.length,
  );
});

test('a topic discovered in the text has its page, marked as discovered, with a description from its words', async ({ page }) => {
  const topics = await topicsOf(page, '/hf/');
  const discovered = topics.filter((t) => t.discovered && t.parent === null);
  expect(discovered.length).toBeGreaterThan(0);
  for (const topic of discovered) {
    await page.goto(`/hf/topics/${topic.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`${topic.name}discovered`);
    await expect(page.locator('.lede')).toContainText(/Found in the papers' own words: |Papers with “.+” in their title/);
    await expect(page.locator('[data-topic-papers] > li')).toHaveCount(Math.min(topic.count, 50));
  }
  await page.goto('/hf/topics/');
  const card = page.locator('.topic-grid > li', { has: page.locator(`[data-topic-count="${discovered[0]?.slug ?? ''}"]`) });
  await expect(card.locator('.badge')).toHaveText('discovered');
});

test('the search filters offer a subtopic and its parent topic', async ({ page }) => {
  const topics = await topicsOf(page, '/hf/');
  const parent = topics.find((t) => t.subtopics.length > 0);
  const child = topics.find((t) => t.slug === parent?.subtopics[0]);
  if (parent === undefined || child === undefined) throw new Error('no subtopics in the hf-daily site');
  await page.goto('/hf/search/');
  await openFilters(page);
  const group = page.getByRole('group', { name: 'Topic' });
  await expect(group.getByText(`${parent.name} › ${child.name}`, { exact: true })).toBeVisible();
  const parentLabel = group.locator('label').filter({ has: page.getByText(parent.name, { exact: true }) });
  await expect(parentLabel.locator('.count')).toHaveText(String(parent.count));
});
