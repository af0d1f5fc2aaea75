import { spawn } from 'node:child_process';
import { chromium, type BrowserContext } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';

/** Requests and bytes (response bodies and headers, as the server sends them: text gzipped, as on GitHub Pages). */
export interface Transfer {
  requests: number;
  bytes: number;
}

/** What a reader's browser downloads on a built site. */
export interface Visits {
  /** The home page, once, with the service worker installing and precaching: everything until the network is idle. */
  firstVisit: Transfer;
  /** The search page loaded and one query run, with no service worker: the bytes the first query costs in all. */
  firstQuery: Transfer;
  /** Then a query with a typo on the same page, until "Did you mean" shows: what it costs more. */
  typoQuery: Transfer;
}

/** Serves `dir` on `port` and measures a first visit and a first search query in Chromium. */
export async function measureVisits(dir: string, port: number, query: string, typo: string): Promise<Visits> {
  const server = spawn(process.execPath, ['tests/e2e/serve-static.ts', String(port), `/=${dir}`], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 700));
  const origin = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const visit = await browser.newContext({ serviceWorkers: 'allow' });
    const firstVisit = count(visit);
    const home = await visit.newPage();
    await home.goto(`${origin}/`);
    // The service worker installs in the background: wait for it, then for its precache to finish.
    await home.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    await home.waitForLoadState('networkidle');
    await home.waitForTimeout(1500);
    const visitTotal = await firstVisit.total();
    await visit.close();

    const search = await browser.newContext({ serviceWorkers: 'block' });
    const firstQuery = count(search);
    const page = await search.newPage();
    await page.goto(`${origin}/search/`);
    await page.waitForLoadState('networkidle');
    await page.getByRole('searchbox', { name: 'Search titles and abstracts' }).fill(query);
    await page.locator('.search-results > li').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const queryTotal = await firstQuery.total();
    const typoQuery = count(search);
    await page.getByRole('searchbox', { name: 'Search titles and abstracts' }).fill(typo);
    await page.locator('main [data-did-you-mean]').waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const typoTotal = await typoQuery.total();
    await search.close();
    return { firstVisit: visitTotal, firstQuery: queryTotal, typoQuery: typoTotal };
  } finally {
    await browser.close();
    server.kill();
  }
}

/** Counts every finished request of a context (pages, workers and the service worker). */
function count(context: BrowserContext): { total: () => Promise<Transfer> } {
  const sizes: Promise<number>[] = [];
  let bytes = 0;
  context.on('requestfinished', (request) => {
    sizes.push(
      request.sizes().then((s) => {
        bytes += s.responseBodySize + s.responseHeadersSize;
        return 0;
      }),
    );
  });
  return {
    total: async () => {
      await Promise.all(sizes);
      return { requests: sizes.length, bytes };
    },
  };
}
