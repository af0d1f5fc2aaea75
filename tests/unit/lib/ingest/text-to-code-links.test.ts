import { describe, expect, test } from 'vitest';
import { textToCodeLinks } from '../../../../src/lib/ingest/text-to-code-links.ts';

describe('textToCodeLinks', () => {
  test.each([
    ['drops a sentence full stop', 'Code is available at https://github.com/a/b.', ['https://github.com/a/b']],
    ['drops a colon and comma', 'see https://x.org/a, and https://y.org/b: both', ['https://x.org/a', 'https://y.org/b']],
    [
      'drops an unbalanced closing parenthesis',
      '(code: https://github.com/Facico/Dynamic-Logit-Fusion.)',
      ['https://github.com/Facico/Dynamic-Logit-Fusion'],
    ],
    ['keeps a balanced parenthesis', 'at https://en.wikipedia.org/wiki/A_(b).', ['https://en.wikipedia.org/wiki/A_(b)']],
    [
      'keeps a .git suffix',
      'https://github.com/UCSB-NLP-Chang/diffusion_resampling.git.',
      ['https://github.com/UCSB-NLP-Chang/diffusion_resampling.git'],
    ],
    ['finds project pages as well as GitHub', 'Project Page: https://cfgpp-diffusion.github.io/.', ['https://cfgpp-diffusion.github.io/']],
    ['lists a repeated link once', 'https://a.org/x and again https://a.org/x', ['https://a.org/x']],
    ['ignores text without links', 'No code here.', []],
  ])('%s', (_name, text, links) => {
    expect(textToCodeLinks(text)).toEqual(links);
  });
});
