import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { markdownToPaper } from '../../src/lib/ingest/markdown-to-paper.ts';
import { normaliseQuery } from '../../src/lib/search/normalise-query.ts';
import { openFilters } from '../support/open-filters.ts';

interface CataloguePaper {
  slug: string;
  url: string;
  title: string;
  year: number | null;
  upvotes: number | null;
  topics: string[];
  sources: { dump: string }[];
}

async function catalogue(page: Page): Promise<CataloguePaper[]> {
  const response = await page.request.get('/api/papers.json');
  return ((await response.json()) as { papers: CataloguePaper[] }).papers;
}

/** Runs searches as the search page does (same query normalisation, the site's own Pagefind bundle), returning the top three slugs. */
async function searchSlugs(page: Page, queries: string[]): Promise<string[][]> {
  return page.evaluate(async (qs) => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = (await import(bundle)) as {
      init: () => Promise<void>;
      search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
    };
    await pagefind.init();
    const out: string[][] = [];
    for (const q of qs) {
      const search = await pagefind.search(q);
      const top = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
      out.push(top.map((d) => new URL(d.url, location.origin).pathname.replace(/^\/papers\/|\/$/g, '')));
    }
    return out;
  }, queries.map(normaliseQuery));
}

test('a query shows results, and the paper reached from one highlights the terms', async ({ page }) => {
  await page.goto('/search/?q=mutual+information');
  const results = page.locator('.search-results > li');
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /papers? for “mutual information”/ })).toBeVisible();
  await expect(results.first().locator('mark').first()).toBeVisible();
  const title = await results.first().locator('.result-title a').textContent();
  await results.first().locator('.result-title a').click();
  await expect(page).toHaveURL(/\/papers\/.+\?highlight=mutual&highlight=information/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
  await expect(page.locator('main mark').first()).toBeVisible();
  expect((await page.locator('main mark').first().textContent())?.toLowerCase()).toMatch(/mutual|information/);
});

test('a distinctive three-word phrase from an abstract finds its paper in the top three', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = 'content/papers';
  const texts = new Map<string, string[]>();
  const tokens = new Map<string, string[]>();
  for (const name of (await readdir(dir)).sort()) {
    const { frontmatter, text } = markdownToPaper(await readFile(join(dir, name), 'utf8'));
    const title = (frontmatter as { title: string }).title;
    const slug = name.replace(/\.md$/, '');
    texts.set(slug, `${text} ${title}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    // The abstract's words as a reader would copy them: split on spaces, outer punctuation dropped.
    tokens.set(
      slug,
      text
        .toLowerCase()
        .split(/\s+/)
        .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')),
    );
  }
  // Which papers hold a word or one sharing its first three letters (a cautious
  // stand-in for Pagefind, which stems words and matches the last as a prefix:
  // "nets" finds "networks"), title and abstract.
  const stem = (word: string): string => word.slice(0, 3);
  // Function words carry no distinction, whatever their combination.
  const STOP = new Set(
    'that this these those with while still having have other hand from into onto which their there were been such some also more most than then when where what both each only over very well show shows using used based work paper propose proposed approach method methods results however further thus their them they will would could should about after before between through without within across'.split(
      ' ',
    ),
  );
  const papersWith = new Map<string, Set<string>>();
  for (const [slug, words] of texts) {
    for (const word of words) papersWith.set(stem(word), (papersWith.get(stem(word)) ?? new Set()).add(slug));
  }
  // A phrase is distinctive when no other paper holds all three of its words.
  const distinctive = (ws: string[], slug: string): boolean => {
    const sets = ws.map((w) => papersWith.get(stem(w)) ?? new Set<string>());
    const [first, ...rest] = sets;
    return [...(first ?? [])].every((s) => s === slug || rest.some((set) => !set.has(s)));
  };
  const cases = [...tokens].flatMap(([slug, words]) => {
    // Three consecutive words, each of four letters or more, preferring the middle of the abstract.
    const start = Math.floor(words.length / 3);
    const order = [...words.keys()].map((i) => (i + start) % words.length);
    for (const i of order) {
      const ws = words.slice(i, i + 3);
      if (ws.length === 3 && ws.every((w) => /^\p{L}{4,}$/u.test(w) && !STOP.has(w)) && distinctive(ws, slug))
        return [{ slug, phrase: ws.join(' ') }];
    }
    return [];
  });
  expect(cases.length).toBeGreaterThan(500);
  await page.goto('/search/');
  const found = await searchSlugs(
    page,
    cases.map((c) => c.phrase),
  );
  const misses = cases.filter((c, i) => !(found[i] ?? []).includes(c.slug)).map((c) => `${c.phrase} → ${c.slug}`);
  expect(misses).toEqual([]);
});

test('filter counts equal the papers with that topic, year or collection', async ({ page }) => {
  await page.goto('/search/');
  const papers = await catalogue(page);
  const topics = (
    (await (await page.request.get('/api/topics.json')).json()) as { topics: { slug: string; name: string; parent: string | null }[] }
  ).topics;
  const plain = new Map(topics.map((t) => [t.slug, t.name]));
  // A subtopic's filter value names its topic too ("Diffusion models › Diffusion guidance").
  const nameOf = new Map(topics.map((t) => [t.slug, t.parent === null ? t.name : `${plain.get(t.parent) ?? t.parent} › ${t.name}`]));
  // A paper's collection filter is its collection's title, as the ingest wrote it for this site (content/).
  const collections = JSON.parse(await readFile('content/collections.json', 'utf8')) as { id: string; title: string }[];
  const titleOf = new Map(collections.map((c) => [c.id, c.title]));
  const expected: Record<string, Record<string, number>> = { topic: {}, year: {}, collection: {} };
  const bump = (group: string, value: string): void => {
    const g = expected[group] ?? {};
    g[value] = (g[value] ?? 0) + 1;
    expected[group] = g;
  };
  for (const p of papers) {
    for (const t of p.topics) bump('topic', nameOf.get(t) ?? t);
    // Papers without a date have a year value of their own: a year filter never hides them without saying so.
    bump('year', p.year === null ? 'Undated' : String(p.year));
    for (const dump of new Set(p.sources.map((s) => s.dump.replace(/\.txt$/, '')))) bump('collection', titleOf.get(dump) ?? dump);
  }
  // What the filter panes show when browsing without a query.
  await openFilters(page);
  await expect(page.locator('[data-filter-group="collection"] label').first()).toBeVisible();
  for (const group of ['topic', 'year', 'collection']) {
    const shown = await page
      .locator(`[data-filter-group="${group}"] label`)
      .evaluateAll((labels) =>
        Object.fromEntries(labels.map((l) => [l.querySelector('span')?.textContent ?? '', Number(l.querySelector('.count')?.textContent)])),
      );
    expect(shown, group).toEqual(expected[group]);
  }
});

test('with a query, each filter value counts the results it would leave', async ({ page }) => {
  await page.goto('/search/?q=federated+learning');
  await expect(page.getByRole('status').filter({ hasText: /papers for “federated learning”/ })).toBeVisible();
  await openFilters(page);
  const total = Number.parseInt(
    (await page
      .getByRole('status')
      .filter({ hasText: /papers for/ })
      .textContent()) ?? '',
    10,
  );
  const topic = page.getByRole('group', { name: 'Topic' }).locator('label', { hasText: /^Federated learning/ });
  const count = Number(await topic.locator('.count').textContent());
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(total);
  await topic.getByRole('checkbox').check();
  await expect(
    page.getByRole('status').filter({ hasText: `${count} papers for “federated learning” in topic Federated learning` }),
  ).toBeVisible();
  // Values in the same group stay countable as alternatives; other groups narrow to the chosen topic.
  await expect(topic.locator('.count')).toHaveText(String(count));
  const years = await page
    .getByRole('group', { name: 'Year' })
    .locator('.count')
    .evaluateAll((cs) => cs.reduce((n, c) => n + Number(c.textContent), 0));
  expect(years).toBeLessThanOrEqual(count);
});

test("only a paper's own text is indexed: no page is found by a control's label, and no excerpt starts with one", async ({ page }) => {
  await page.goto('/search/?q=save&verbatim=1');
  const status = page.getByRole('status').filter({ hasText: /for “save”/ });
  await expect(status).toBeVisible();
  const n = Number.parseInt((await status.textContent()) ?? '', 10);
  expect(Number.isNaN(n) ? 0 : n).toBeLessThan(20);
  const excerpts = page.locator('.search-results .result-excerpt');
  for (const text of await excerpts.allTextContents()) expect(text).not.toMatch(/^\s*Save\b/);
  // A name part is found, and its excerpt shows the abstract, not the indexed parts.
  await page.goto('/search/?q=qformer&verbatim=1');
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  await expect(page.locator('.search-results .result-excerpt').first()).not.toContainText('\u2042');
});

test('a search that finds nothing offers papers with some of its words, topics and the same search elsewhere', async ({ page }) => {
  await page.goto('/search/?q=graphs+zebrafishology&verbatim=1');
  await expect(page.getByRole('status').filter({ hasText: 'No papers for “graphs zebrafishology”' })).toBeVisible();
  const some = page.getByRole('region', { name: 'Papers with some of your words' });
  await expect(some.locator('.result-list > li').first()).toBeVisible();
  await expect(some.locator('mark', { hasText: /^graph/i }).first()).toBeVisible();
  const topics = page.getByRole('region', { name: 'Topics that may hold it' });
  await expect(topics.getByRole('link', { name: 'Graph neural networks' })).toBeVisible();
  const elsewhere = page.getByRole('region', { name: 'Look beyond this shelf' });
  await expect(elsewhere.getByRole('link', { name: 'arXiv' })).toHaveAttribute('href', /query=graphs%20zebrafishology/);
  await topics.getByRole('link', { name: 'Graph neural networks' }).click();
  await expect(page).toHaveURL(/\?topic=Graph\+neural\+networks$/);
  await expect(page.locator('[data-no-results]')).toBeHidden();
});

test('applied filters show above the results, each with a way to remove it, and the panes list only values with results', async ({
  page,
}) => {
  await page.goto('/search/?q=graph&topic=Graph+neural+networks&year=Undated');
  const applied = page.getByRole('region', { name: 'Applied filters' });
  await expect(applied.getByRole('button')).toHaveText(['Topic: Graph neural networks ×', 'Year: Undated ×']);
  await openFilters(page);
  // Every topic value listed gives results with this query, or is chosen.
  const counts = page.getByRole('group', { name: 'Topic' }).locator('label .count');
  await expect(counts.first()).toBeVisible();
  for (const c of await counts.allTextContents()) expect(Number(c)).toBeGreaterThan(0);
  // Undated papers come last among the years.
  await expect(page.getByRole('group', { name: 'Year' }).locator('label span:not(.count)').last()).toHaveText('Undated');
  await applied.getByRole('button', { name: 'Remove filter year: Undated' }).click();
  await expect(page).toHaveURL(/\?q=graph&topic=Graph\+neural\+networks$/);
  await expect(applied.getByRole('button')).toHaveText(['Topic: Graph neural networks ×']);
});

test('results arriving do not shift the page: cumulative layout shift stays at most 0.1', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const path of ['/search/?q=diffusion', '/search/?q=graphs+zebrafishology&verbatim=1', '/search/?topic=Federated+learning']) {
    await page.goto(path);
    await expect(page.locator('[data-search-list]')).toHaveAttribute('aria-busy', 'false');
    await page.waitForTimeout(500);
    const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
    expect(shift, path).toBeLessThanOrEqual(0.1);
  }
});

test('a filter alone browses papers, and sorts reorder them', async ({ page }) => {
  await page.goto('/search/');
  const papers = await catalogue(page);
  const inFl = papers.filter((p) => p.topics.includes('federated-learning'));
  await openFilters(page);
  await page.getByRole('group', { name: 'Topic' }).getByLabel('Federated learning').check();
  await expect(page).toHaveURL(/[?&]topic=Federated\+learning/);
  await expect(page.getByRole('status').filter({ hasText: `${inFl.length} papers in topic Federated learning` })).toBeVisible();
  const years = [...new Set(inFl.map((p) => p.year).filter((y) => y !== null))].sort();
  const year = String(years.at(-1));
  await page.getByRole('group', { name: 'Year' }).getByLabel(year).check();
  const both = inFl.filter((p) => String(p.year) === year).length;
  await expect(
    page.getByRole('status').filter({ hasText: `${both === 1 ? '1 paper' : `${both} papers`} in topic Federated learning, year ${year}` }),
  ).toBeVisible();
  await expect(page.locator('.search-results > li')).toHaveCount(Math.min(both, 10));

  await page.getByRole('button', { name: 'Clear filters' }).click();
  const topicGroup = page.getByRole('group', { name: 'Topic' });
  await topicGroup
    .locator('label')
    .filter({ has: page.getByText('Diffusion models', { exact: true }) })
    .check();
  await page.getByLabel('Order').selectOption('upvotes');
  await expect(page).toHaveURL(/sort=upvotes/);
  // The list says it is busy while a search runs.
  await expect(page.locator('.search-results')).toHaveAttribute('aria-busy', 'false');
  const most = Math.max(...papers.filter((p) => p.topics.includes('diffusion-models')).map((p) => p.upvotes ?? 0));
  await expect(page.locator('.search-results > li')).toHaveCount(10);
  const hrefs = await page.locator('.search-results .result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const votes = hrefs.map((h) => papers.find((p) => h === `/papers/${p.slug}/`)?.upvotes ?? 0);
  expect(votes[0]).toBe(most);
  expect(votes).toEqual([...votes].sort((a, b) => b - a));
  await page.getByLabel('Order').selectOption('newest');
  await expect(page.locator('.search-results')).toHaveAttribute('aria-busy', 'false');
  const dates = await page.locator('.search-results .meta span:first-child').allTextContents();
  expect(dates[0]).not.toBe('date unknown');
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(page.locator('.search-results > li')).toHaveCount(20);
  // Oldest first: the earliest year of the topic leads, dates never go back, undated papers come last.
  await page.getByLabel('Order').selectOption('oldest');
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(page.locator('.search-results')).toHaveAttribute('aria-busy', 'false');
  const inDm = papers.filter((p) => p.topics.includes('diffusion-models'));
  const earliest = Math.min(...inDm.flatMap((p) => (p.year === null ? [] : [p.year])));
  // Each "Show more" adds a page of results; the button goes once all are shown.
  while (await page.getByRole('button', { name: 'Show more results' }).isVisible()) {
    const shownBefore = await page.locator('.search-results > li').count();
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(page.locator('.search-results > li')).not.toHaveCount(shownBefore);
    await expect(page.locator('.search-results')).toHaveAttribute('aria-busy', 'false');
  }
  await expect(page.locator('.search-results > li')).toHaveCount(inDm.length);
  // Each result's date as its Save button carries it (none when undated).
  const shown = await page
    .locator('.search-results > li')
    .evaluateAll((items) => items.map((li) => li.querySelector<HTMLElement>('[data-save]')?.dataset['date'] ?? ''));
  expect(shown[0]?.slice(0, 4)).toBe(String(earliest));
  const datedShown = shown.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  expect(datedShown).toEqual([...datedShown].sort());
  expect(shown.slice(datedShown.length).every((d) => d === '')).toBe(true);
});

test('the query, filters and order live in the URL, and back and forward restore them', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Search titles and abstracts' });
  await box.fill('diffusion');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=diffusion$/);
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  await openFilters(page);
  await page.getByRole('group', { name: 'Topic' }).getByLabel('Diffusion models › Diffusion guidance').check();
  await expect(page).toHaveURL(/\?q=diffusion&topic=Diffusion\+models\+%E2%80%BA\+Diffusion\+guidance$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=diffusion$/);
  await expect(page.getByRole('group', { name: 'Topic' }).getByLabel('Diffusion models › Diffusion guidance')).not.toBeChecked();
  await expect(box).toHaveValue('diffusion');
  await page.goForward();
  await expect(page.getByRole('group', { name: 'Topic' }).getByLabel('Diffusion models › Diffusion guidance')).toBeChecked();
  const url = page.url();
  await page.goto('/');
  await page.goto(url);
  await expect(box).toHaveValue('diffusion');
  await expect(page.getByRole('group', { name: 'Topic' }).getByLabel('Diffusion models › Diffusion guidance')).toBeChecked();
});

test('the header search opens a dialog with / and Ctrl-K, Escape closes it', async ({ page }) => {
  await page.goto('/topics/federated-learning/');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox');
  await expect(input).toBeFocused();
  await input.fill('federated');
  await expect(dialog.locator('.quick-results li').first()).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('papers match “federated”');
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('.quick-results a').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('.quick-results a').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('searchbox', { name: 'Search papers' }).first().click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox').fill('federated learning');
  await dialog.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=federated\+learning/);
});

test('tabbing through the header search box leaves the dialog closed, and Tab moves on', async ({ page }) => {
  await page.goto('/');
  const header = page.getByRole('search', { name: 'Site search' });
  const box = header.getByRole('searchbox', { name: 'Search papers' });
  await box.focus();
  await expect(box).toBeFocused();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(header.getByRole('button', { name: 'Search' })).toBeFocused();
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('the dialog closed by Escape, its Esc button or a click outside stays closed', async ({ page }) => {
  await page.goto('/papers/mine-mutual-information-neural-estimation/');
  const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox', { name: 'Search papers' });
  const dialog = page.getByRole('dialog');
  const closers: ((p: Page) => Promise<void>)[] = [
    async (p) => p.keyboard.press('Escape'),
    async (p) => p.getByRole('button', { name: 'Close search' }).click(),
    async (p) => p.mouse.click(5, 5),
  ];
  for (const close of closers) {
    await box.click();
    await expect(dialog).toBeVisible();
    await close(page);
    await expect(dialog).toBeHidden();
    // Focus goes back to the box, and the dialog does not open again.
    await expect(box).toBeFocused();
    await page.waitForTimeout(300);
    await expect(dialog).toBeHidden();
  }
  // Typing in the box opens the dialog with what was typed.
  await box.pressSequentially('mutual');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toHaveValue(/^mu/);
});

test('typing with pauses keeps every character the reader typed', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Search titles and abstracts' });
  await box.pressSequentially('mutual ');
  await expect(page).toHaveURL(/\?q=mutual$/);
  await expect(page.locator('.search-results')).toHaveAttribute('aria-busy', 'false');
  await box.pressSequentially('information');
  await expect(box).toHaveValue('mutual information');
  await expect(page).toHaveURL(/\?q=mutual\+information$/);
});

test('the search page works with the keyboard alone', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('searchbox', { name: 'Search titles and abstracts' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search titles and abstracts' })).toBeFocused();
  await page.keyboard.type('graph neural');
  await page.keyboard.press('Enter');
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  // The folded filter pane opens from the keyboard too.
  await page.locator('[data-filters-details] > summary').focus();
  await page.keyboard.press('Enter');
  const box = page.getByRole('group', { name: 'Topic' }).getByRole('checkbox').first();
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(page.getByRole('group', { name: 'Topic' }).getByRole('checkbox').first()).toBeFocused();
});
