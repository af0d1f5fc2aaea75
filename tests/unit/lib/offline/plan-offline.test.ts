import { describe, expect, test } from 'vitest';
import {
  LINKED_PAGE_BYTES,
  LINKED_PAGES,
  PACK_BYTES,
  pathToUrl,
  planOffline,
  planToVersion,
  SEARCH_ON_INSTALL_BYTES,
} from '../../../../src/lib/offline/plan-offline.ts';

const files = [
  { path: 'index.html', size: 30_000 },
  { path: 'search/index.html', size: 7_000 },
  { path: 'reading-list/index.html', size: 6_000 },
  { path: 'reading-list/for-you.json', size: 6_000 },
  { path: 'offline/index.html', size: 5_000 },
  { path: 'collections/index.html', size: 5_000 },
  { path: 'papers/x/index.html', size: 10_000 },
  { path: 'topics/y/index.html', size: 20_000 },
  { path: '_astro/app.1234.css', size: 9_000 },
  { path: 'pagefind/pagefind.js', size: 40_000 },
  { path: 'pagefind/pagefind-entry.json', size: 300 },
  { path: 'pagefind/wasm.en.pagefind', size: 60_000 },
  { path: 'pagefind/pagefind.en_12ab.pf_meta', size: 2_000 },
  { path: 'pagefind/filter/en_9.pf_filter', size: 1_000 },
  { path: 'pagefind/index/en_1.pf_index', size: 5_000 },
  { path: 'pagefind/fragment/en_2.pf_fragment', size: 1_000 },
  { path: 'pagefind/fragment/en_3.pf_fragment', size: 1_000 },
  { path: 'pagefind/pagefind-ui.js', size: 80_000 },
  { path: 'manifest.webmanifest', size: 500 },
  { path: 'api/papers.json', size: 400_000 },
];

describe('planOffline', () => {
  test('precaches the shell, the pages a reader browses between, and Pagefind runtime and filters, never every page nor the catalogue', () => {
    expect(planOffline(files).shell).toEqual([
      '_astro/app.1234.css',
      'collections/index.html',
      'index.html',
      'manifest.webmanifest',
      'offline/index.html',
      'pagefind/filter/en_9.pf_filter',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_12ab.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
      'reading-list/for-you.json',
      'reading-list/index.html',
      'search/index.html',
    ]);
  });

  test('packs the index chunks and fragments, and sends a small index with the first visit', () => {
    const plan = planOffline(files);
    expect(plan.searchPacks).toHaveLength(1);
    expect(plan.searchPacks[0]?.files.map((f) => f.path)).toEqual([
      'pagefind/fragment/en_2.pf_fragment',
      'pagefind/fragment/en_3.pf_fragment',
      'pagefind/index/en_1.pf_index',
    ]);
    expect(plan.searchOnInstall).toBe(true);
  });

  test('splits a large index into packs of at most PACK_BYTES, kept for "Save for offline"', () => {
    const many = Array.from({ length: 6000 }, (_, i) => ({
      path: `pagefind/fragment/en_${String(i).padStart(5, '0')}.pf_fragment`,
      size: 1_500,
    }));
    const plan = planOffline([...files, ...many]);
    expect(plan.searchOnInstall).toBe(false);
    expect(6000 * 1_500).toBeGreaterThan(SEARCH_ON_INSTALL_BYTES);
    expect(plan.searchPacks.length).toBe(Math.ceil((6000 * 1_500 + 7_000) / PACK_BYTES));
    for (const pack of plan.searchPacks) expect(pack.bytes).toBeLessThanOrEqual(PACK_BYTES);
    expect(plan.searchPacks.flatMap((p) => p.files)).toHaveLength(6003);
  });

  test('precaches the pages the home page links to, in its order, while they fit the first visit', () => {
    const topics = Array.from({ length: LINKED_PAGES + 10 }, (_, i) => ({
      path: `topics/t${String(i).padStart(3, '0')}/index.html`,
      size: 20_000,
    }));
    const linked = ['/topics/', ...topics.map((t) => `/${t.path.replace(/index\.html$/, '')}`).reverse(), '/papers/x/', '/missing/'];
    const shell = planOffline([...files, ...topics, { path: 'topics/index.html', size: 9_000 }], linked).shell;
    const pages = shell.filter((p) => /^topics\/t/.test(p));
    expect(pages).toHaveLength(LINKED_PAGES);
    // The home page's order decides which come: here the last ones listed first.
    expect(pages).toContain(`topics/t${String(LINKED_PAGES + 9).padStart(3, '0')}/index.html`);
    expect(pages).not.toContain('topics/t000/index.html');
    expect(shell).toContain('topics/index.html');
    // Listed after the budget was spent.
    expect(shell).not.toContain('papers/x/index.html');
  });

  test('stops adding linked pages at LINKED_PAGE_BYTES', () => {
    const big = Array.from({ length: 10 }, (_, i) => ({ path: `topics/b${String(i)}/index.html`, size: LINKED_PAGE_BYTES / 4 }));
    const shell = planOffline(
      [...files, ...big],
      big.map((b) => b.path),
    ).shell;
    expect(shell.filter((p) => p.startsWith('topics/b'))).toHaveLength(4);
  });

  test('gives the same plan whatever order the files are listed in', () => {
    expect(planOffline([...files].reverse())).toEqual(planOffline(files));
  });
});

describe('planToVersion', () => {
  const hashes = new Map([
    ['index.html', 'a'],
    ['offline/search-0.pack', 'b'],
  ]);

  test('changes with the build id or any precached file', () => {
    expect(planToVersion('build-2', hashes)).not.toBe(planToVersion('build-1', hashes));
    expect(planToVersion('build-1', new Map([...hashes, ['index.html', 'z']]))).not.toBe(planToVersion('build-1', hashes));
  });

  test('does not depend on the order of the hashes', () => {
    expect(planToVersion('b', new Map([...hashes].reverse()))).toBe(planToVersion('b', hashes));
  });
});

test('pathToUrl serves dir/index.html as dir/ under the base path', () => {
  expect(pathToUrl('search/index.html', '/papers-demo/')).toBe('/papers-demo/search/');
  expect(pathToUrl('index.html', '/')).toBe('/');
  expect(pathToUrl('offline/search-0.pack', '/demo')).toBe('/demo/offline/search-0.pack');
});
