import { expect, test } from '@playwright/test';

interface CataloguePaper {
  slug: string;
  url: string;
  title: string;
  topics: string[];
  sources: { dump: string; line: number }[];
}

test('/api/papers.json lists every paper exactly once, each URL working', async ({ request }) => {
  const body = (await (await request.get('/api/papers.json')).json()) as { count: number; papers: CataloguePaper[] };
  expect(body.count).toBe(642);
  expect(body.papers).toHaveLength(642);
  expect(new Set(body.papers.map((p) => p.slug)).size).toBe(642);
  expect(new Set(body.papers.map((p) => p.url)).size).toBe(642);
  for (const paper of body.papers) {
    const response = await request.get(new URL(paper.url).pathname);
    expect(response.status(), paper.url).toBe(200);
    expect(await response.text()).toContain(`/papers/${paper.slug}/`);
  }
});

test('/api/topics.json counts agree with the papers catalogue', async ({ request }) => {
  const { papers } = (await (await request.get('/api/papers.json')).json()) as { papers: CataloguePaper[] };
  const { topics } = (await (await request.get('/api/topics.json')).json()) as { topics: { slug: string; count: number; url: string }[] };
  for (const topic of topics) {
    expect(topic.count, topic.slug).toBe(papers.filter((p) => p.topics.includes(topic.slug)).length);
    expect((await request.get(new URL(topic.url).pathname)).status()).toBe(200);
  }
});

test('robots.txt and sitemap.xml point at the site', async ({ request }) => {
  expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: http.*\/sitemap\.xml/);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap.match(/<loc>/g)?.length).toBeGreaterThan(642);
});
