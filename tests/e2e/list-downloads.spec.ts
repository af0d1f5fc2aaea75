import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { expect, test } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';

for (const [name, path, count] of [
  ['topic', '/topics/diffusion-models/', '[data-topic-total]'],
  ['collection', '/collections/004_caa2a518377b661e/', '.lede'],
] as const) {
  test(`a ${name} page offers its whole list as BibTeX and CSV, built with the site`, async ({ page, request }) => {
    await page.goto(path);
    const total = Number((/(\d+) papers?/u.exec((await page.locator(count).textContent()) ?? '') ?? [])[1]);
    expect(total).toBeGreaterThan(50);
    const bibHref = (await page.getByRole('link', { name: 'BibTeX', exact: true }).getAttribute('href')) ?? '';
    const csvHref = (await page.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href')) ?? '';
    const bib = parseBibtex(await (await request.get(bibHref)).text(), { sentenceCase: false, caseProtection: false });
    expect(bib.errors).toEqual([]);
    expect(bib.entries).toHaveLength(total);
    expect(new Set(bib.entries.map((e) => e.key)).size).toBe(total);
    const rows = parseCsv<Record<string, string>>(await (await request.get(csvHref)).text(), { columns: true });
    expect(rows).toHaveLength(total);
    expect(rows.map((r) => r['url']?.replace(/^.*\/papers\/([^/]+)\/$/u, '$1')).sort()).toEqual(bib.entries.map((e) => e.key).sort());
    // The first paper listed is the first in both files.
    const first = (await page.locator('.paper-list > li').first().locator('.paper-title a').getAttribute('href')) ?? '';
    expect(rows[0]?.['url']).toMatch(new RegExp(`${first}$`, 'u'));
  });
}
