import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Self-hosts KaTeX's stylesheet and fonts as `/katex/`: copied from the
 * katex package into the build, for the pages with math to link. Only the
 * WOFF2 fonts are copied: every browser that runs the shelf reads them, and
 * the stylesheet's other formats are fallbacks it never needs.
 */
export function katexAssets(): AstroIntegration {
  return {
    name: 'papershelf:katex-assets',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const dist = join(dirname(createRequire(import.meta.url).resolve('katex/package.json')), 'dist');
        const target = join(fileURLToPath(dir), 'katex');
        await mkdir(join(target, 'fonts'), { recursive: true });
        await copyFile(join(dist, 'katex.min.css'), join(target, 'katex.min.css'));
        for (const font of (await readdir(join(dist, 'fonts'))).filter((f) => f.endsWith('.woff2')))
          await copyFile(join(dist, 'fonts', font), join(target, 'fonts', font));
      },
    },
  };
}
