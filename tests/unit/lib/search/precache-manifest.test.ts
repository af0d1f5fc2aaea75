import { describe, expect, test } from 'vitest';
import { filesToPrecache } from '../../../../src/lib/search/precache-manifest.ts';

const files = [
  { path: 'index.html', hash: 'a' },
  { path: 'search/index.html', hash: 'b' },
  { path: 'papers/x/index.html', hash: 'c' },
  { path: '_astro/app.1234.css', hash: 'd' },
  { path: 'pagefind/pagefind.js', hash: 'e' },
  { path: 'pagefind/index/en_1.pf_index', hash: 'f' },
  { path: 'pagefind/pagefind-ui.js', hash: 'g' },
  { path: 'manifest.webmanifest', hash: 'h' },
];

describe('filesToPrecache', () => {
  test('precaches the shell and the whole index under the base path, not every page', () => {
    expect(filesToPrecache(files, '/papers-demo/').urls).toEqual([
      '/papers-demo/_astro/app.1234.css',
      '/papers-demo/',
      '/papers-demo/manifest.webmanifest',
      '/papers-demo/pagefind/index/en_1.pf_index',
      '/papers-demo/pagefind/pagefind.js',
      '/papers-demo/search/',
    ]);
  });

  test('versions by every file, so a changed page alone gives a new version', () => {
    const changed = files.map((f) => (f.path === 'papers/x/index.html' ? { ...f, hash: 'z' } : f));
    expect(filesToPrecache(changed, '/').version).not.toBe(filesToPrecache(files, '/').version);
  });

  test('gives the same version whatever order the files are listed in', () => {
    expect(filesToPrecache([...files].reverse(), '/')).toEqual(filesToPrecache(files, '/'));
  });
});
