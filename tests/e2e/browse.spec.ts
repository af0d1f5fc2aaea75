import { expect, test } from '@playwright/test';
import { plainText } from '../support/plain-text.ts';

test('a reader goes from the home page to a topic to a paper by clicking', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page
    .getByRole('link', { name: /Federated learning/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/topics\/federated-learning\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Federated learning' })).toBeVisible();
  const first = page.locator('[data-topic-papers] .paper-title a').first();
  const title = (await first.textContent()) ?? '';
  await first.click();
  await expect(page).toHaveURL(/\/papers\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('heading', { name: 'Abstract' })).toBeVisible();
  await expect(page.locator('.abstract')).not.toBeEmpty();
  await expect(page.getByRole('link', { name: 'Federated learning' }).first()).toBeVisible();
});

test('the home page shows what the shelf holds', async ({ page }) => {
  await page.goto('/');
  const stats = page.getByRole('region', { name: 'What this shelf holds' });
  await expect(stats).toContainText('642 papers');
  await expect(stats).toContainText('5 saved listings');
  await expect(page.getByRole('heading', { name: 'Latest papers' })).toBeVisible();
  await expect(page.getByRole('search').first()).toBeVisible();
  // 68 of the 642 seed papers carry a date and 6 carry upvotes: the list says how few; no chart, no "Most upvoted" copying it.
  await expect(page.getByText('68 of 642 papers carry a date; these are the newest.')).toBeVisible();
  await expect(page.locator('figure.chart')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Most upvoted' })).toHaveCount(0);
});

test('a home page whose papers mostly carry dates and upvotes charts them and lists the most upvoted', async ({ page }) => {
  await page.goto('/hf/');
  await expect(page.locator('figure.chart svg rect').first()).toBeAttached();
  await expect(page.locator('figure.chart figcaption')).toContainText('papers carry a date; the others are not shown');
  await expect(page.getByRole('heading', { name: 'Most upvoted' })).toBeVisible();
  await expect(page.getByText(/papers carry an upvote count; these have the most\.$/)).toBeVisible();
});

test('topics are listed as the corpus clusters them, largest first, and the catch-all only when a paper fits no topic', async ({
  page,
}) => {
  await page.goto('/topics/');
  const names = await page.locator('.topic-grid .card-title').allTextContents();
  const topics = ((await (await page.request.get('/api/topics.json')).json()) as { topics: { name: string; parent: string | null }[] })
    .topics;
  expect(names).toEqual(topics.filter((t) => t.parent === null).map((t) => t.name));
  const counts = await page
    .locator('.topic-grid [data-topic-count]')
    .evaluateAll((nodes) => nodes.map((n) => Number.parseInt(n.textContent, 10)));
  // The first topics are the clusters, largest first; the taxonomy's topics that hold papers across them follow.
  expect(counts[0]).toBe(Math.max(...counts));
  // The seeds' strongest subject leads among the clusters.
  expect(names.slice(0, 3)).toContain('Diffusion models');
  // Every seed paper finds a topic, so the catch-all has nothing to show.
  expect(names).not.toContain('Other');
});

test('every topic count on the topics page equals the papers listed across its pages', async ({ page }) => {
  await page.goto('/topics/');
  const counts = await page
    .locator('[data-topic-count]')
    .evaluateAll((nodes) =>
      nodes.map((n) => ({ slug: n.getAttribute('data-topic-count') ?? '', count: Number.parseInt(n.textContent, 10) })),
    );
  expect(counts.length).toBeGreaterThanOrEqual(12);
  for (const { slug, count } of counts) {
    const seen = new Set<string>();
    let next: string | null = `/topics/${slug}/`;
    while (next !== null) {
      await page.goto(next);
      for (const href of await page
        .locator('[data-topic-papers] .paper-title a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
        seen.add(href);
      const link = page.locator('.pagination a[rel="next"]');
      next = (await link.count()) > 0 ? await link.getAttribute('href') : null;
    }
    expect(seen.size, slug).toBe(count);
  }
});

test('topic pages paginate newest first by 50, and offer the first 50 from A to Z as links', async ({ page }) => {
  await page.goto('/topics/diffusion-models/');
  const totalText = page.locator('[data-topic-total]');
  await expect(totalText).toHaveText(/^\d+ papers$/);
  const total = Number.parseInt((await totalText.textContent()) ?? '', 10);
  expect(total).toBeGreaterThan(50);
  await expect(page.locator('[data-topic-papers] > li')).toHaveCount(50);
  // Few seed papers carry a date: the page says so, and how the rest are ordered.
  await expect(page.locator('[data-coverage-note]')).toHaveText(
    /^\d+ of \d+ papers carry a date: newest first, then the undated ones from A to Z\.$/,
  );
  await page.getByRole('link', { name: 'Next →' }).click();
  await expect(page).toHaveURL(/\/topics\/diffusion-models\/2\/$/);
  await expect(page.locator('[data-topic-papers] > li')).toHaveCount(total - 50);
  // Deeper pages list titles and metadata only; the first page has excerpts.
  await expect(page.locator('[data-topic-papers] .excerpt')).toHaveCount(0);

  const order = page.getByRole('navigation', { name: 'Order' });
  // Hardly any seed paper carries upvotes: ordering by them would say nothing, so it is not offered.
  await expect(order.getByRole('link')).toHaveText(['Newest', 'A–Z']);
  await order.getByRole('link', { name: 'A–Z' }).click();
  await expect(page).toHaveURL(/\/topics\/diffusion-models\/a-z\/$/);
  await expect(page.locator('[data-topic-papers] > li')).toHaveCount(50);
  const titles = await page.locator('[data-topic-papers] .paper-title').allTextContents();
  const sorted = [...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }));
  expect(titles).toEqual(sorted);
  await expect(page.locator('[data-order-note]')).toContainText(`The first 50 of ${String(total)} papers`);

  await order.getByRole('link', { name: 'Newest' }).click();
  await expect(page).toHaveURL(/\/topics\/diffusion-models\/$/);
  await expect(page.locator('[data-topic-papers] > li')).toHaveCount(50);
  const dates = await page.locator('[data-topic-papers] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
});

test('where enough papers carry upvotes, a topic offers its 50 most upvoted first', async ({ page }) => {
  // The Hugging Face corpus: a third of its papers carry upvotes.
  await page.goto('/hf/topics/');
  // The largest topic.
  const cards = page.locator('.topic-grid > li > a');
  await expect(cards.first()).toBeVisible();
  const counts = await cards.locator('.count').evaluateAll((spans) => spans.map((s) => Number.parseInt(s.textContent, 10)));
  await cards.nth(counts.indexOf(Math.max(...counts))).click();
  await expect(page.locator('[data-topic-papers] > li').first()).toBeVisible();
  const order = page.getByRole('navigation', { name: 'Order' });
  await order.getByRole('link', { name: 'Most upvoted' }).click();
  await expect(page).toHaveURL(/\/upvotes\/$/);
  await expect(page.locator('[data-topic-papers] > li').first()).toBeVisible();
  const votes = await page
    .locator('[data-topic-papers] .meta')
    .evaluateAll((metas) => metas.map((m) => Number(/(\d+) upvotes?/.exec(m.textContent)?.[1] ?? -1)));
  expect(votes).toEqual([...votes].sort((a, b) => b - a));
  expect(votes[0]).toBeGreaterThan(0);
  await expect(page.getByRole('navigation', { name: 'Pages' })).toHaveCount(0);
});

test('a paper page links its topics, sources, search sites and neighbours', async ({ page }) => {
  await page.goto('/papers/one-step-diffusion-models-with-f-divergence-distribution-matching/');
  expect(await plainText(page.getByRole('heading', { level: 1 }))).toBe(
    'One-step Diffusion Models with f-Divergence Distribution Matching',
  );
  await expect(page.locator('.meta')).toContainText('21 Feb 2025');
  await expect(page.getByRole('link', { name: 'https://research.nvidia.com/labs/genair/f-distill' }).first()).toBeVisible();
  for (const site of ['arXiv', 'Semantic Scholar', 'Google Scholar', 'Hugging Face'])
    await expect(page.getByRole('link', { name: site, exact: true })).toBeVisible();
  // Made in the browser from the title, so they must carry it.
  await expect(page.getByRole('link', { name: 'arXiv', exact: true })).toHaveAttribute(
    'href',
    'https://arxiv.org/search/?query=One-step%20Diffusion%20Models%20with%20f-Divergence%20Distribution%20Matching&searchtype=title',
  );
  await expect(page.getByRole('heading', { name: 'Saved in' })).toBeVisible();
  await expect(page.locator('section', { has: page.getByRole('heading', { name: 'Saved in' }) }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('heading', { name: 'Related papers' })).toBeVisible();
  const neighbour = page
    .getByRole('navigation', { name: /^More in / })
    .getByRole('link')
    .first();
  const href = await neighbour.getAttribute('href');
  await neighbour.click();
  await expect(page).toHaveURL(href ?? '');
});

test('a paper without a date says so', async ({ page, request }) => {
  const { papers } = (await (await request.get('/api/papers.json')).json()) as { papers: { url: string; date: string | null }[] };
  const undated = papers.find((p) => p.date === null);
  expect(undated).toBeDefined();
  await page.goto(new URL(undated?.url ?? '').pathname);
  await expect(page.locator('.meta')).toContainText('date unknown');
});

test('a collection lists its dump in the original order, 50 papers a page', async ({ page }) => {
  await page.goto('/collections/');
  await page.getByRole('link', { name: /004_caa2a518377b661e/ }).click();
  // Wait for the page the click opens before reading it.
  await expect(page).toHaveURL(/\/collections\/004_caa2a518377b661e\/$/);
  await expect(page.locator('.paper-list .paper-title')).toHaveCount(50);
  const titles = await page.locator('.paper-list .paper-title').allTextContents();
  expect(titles[0]).toBe(
    'Enabling Differentially Private Federated Learning for Speech Recognition: Benchmarks, Adaptive Optimizers and Gradient Clipping',
  );
  expect(titles[1]).toBe('Stratified GRPO: Handling Structural Heterogeneity in Reinforcement Learning of LLM Search Agents');
  expect(titles).toHaveLength(50);
  const total = Number.parseInt((await page.locator('.lede').textContent()) ?? '', 10);
  await page.getByRole('link', { name: 'Next →' }).click();
  await expect(page).toHaveURL(/\/collections\/004_caa2a518377b661e\/2\/$/);
  await expect(page.locator('.paper-list')).toHaveAttribute('start', '51');
  let seen = 50;
  for (;;) {
    // Each page starts where the last one ended: wait for it before counting.
    await expect(page.locator('.paper-list')).toHaveAttribute('start', String(seen + 1));
    seen += await page.locator('.paper-list > li').count();
    const next = page.getByRole('link', { name: 'Next →' });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  expect(seen).toBe(total);
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/papers/no-such-paper/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not on the shelf');
  await page.getByRole('link', { name: 'Browse topics' }).click();
  await expect(page).toHaveURL(/\/topics\/$/);
});

test('topic and paper pages run no script beyond the site script and the theme', async ({ page }) => {
  for (const path of ['/topics/federated-learning/', '/papers/one-step-diffusion-models-with-f-divergence-distribution-matching/']) {
    await page.goto(path);
    const scripts = await page.locator('script').evaluateAll((ss) => ss.map((s) => (s as HTMLScriptElement).src || 'inline'));
    expect(scripts.length, path).toBeLessThanOrEqual(2);
  }
});
