import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';

// The built pages (the e2e web server builds dist/ before the tests run).
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro emits boolean attributes and void elements in its own style.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Long titles are the data, not markup.
    'long-title': 'off',
    // KaTeX sizes and places the boxes of typeset math with these (the policy allows style attributes for it).
    'no-inline-style': [
      'error',
      {
        allowedProperties: [
          'height',
          'vertical-align',
          'margin-right',
          'margin-left',
          'top',
          'left',
          'width',
          'min-width',
          'padding-left',
          'position',
        ],
      },
    ],
  },
});

async function problemsIn(dir: string, files: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(dir, file));
    for (const result of report.results)
      for (const m of result.messages) problems.push(`${dir}/${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  return problems;
}

test('every built page is valid HTML', async () => {
  const files = (await readdir('dist', { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  expect(files.length).toBeGreaterThan(700);
  expect((await problemsIn('dist', files)).slice(0, 30)).toEqual([]);
});

test('topic pages with subtopics and discovered topics are valid HTML', async () => {
  // dist-hf/: the real Hugging Face corpus, whose topics are split and discovered.
  const files = (await readdir('dist-hf/topics', { recursive: true })).filter((f) => /^([^/]+\/)?index\.html$/.test(f)).sort();
  expect(files.length).toBeGreaterThan(30);
  expect((await problemsIn('dist-hf/topics', files)).slice(0, 30)).toEqual([]);
});
