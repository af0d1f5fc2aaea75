import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

/** Astro's module for the content layer's store, and the file it is made from (in `cacheDir`). */
const STORE_MODULE = '\0astro:data-layer-content';
const STORE_FILE = 'data-store.json';
const PART = 'papershelf:data-store-part:';

/** A part's size in UTF-16 code units: V8 compiles many small string literals far faster than one large one. */
export const PART_LENGTH = 1 << 20;

/**
 * A Vite plugin for `astro build` that serves the content layer's store as
 * many small modules instead of one. Astro makes the store one module holding
 * the whole `data-store.json` as a single string literal, and V8 compiles a
 * literal in time that grows faster than its length: at 50,000 papers (a
 * 112 MB store) importing it took 25 s, in parts of 1 MB about 1 s. The store
 * is parsed exactly as Astro parses it: the same JSON, joined again.
 */
export function splitDataStore(cacheDir: URL): Plugin {
  const file = new URL(STORE_FILE, cacheDir);
  // Each environment's parts, until it has loaded them.
  const parts = new Map<string, (string | undefined)[]>();
  return {
    name: 'papershelf:split-data-store',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PART) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PART}`)) return undefined;
      const own = parts.get(this.environment.name) ?? [];
      const index = Number(id.slice(PART.length + 1));
      const part = own[index];
      if (part === undefined) return undefined;
      own[index] = undefined;
      return { code: `export default ${JSON.stringify(part)}`, map: { mappings: '' } };
    },
    // Astro's plugin loads the module first; only its single-file form (the store as one JSON literal) is split.
    async transform(code, id) {
      if (id !== STORE_MODULE || !code.startsWith('export default JSON.parse(')) return undefined;
      const json = await readFile(file, 'utf8').catch(() => undefined);
      if (json === undefined) return undefined;
      const own: string[] = [];
      for (let start = 0; start < json.length; start += PART_LENGTH) own.push(json.slice(start, start + PART_LENGTH));
      parts.set(this.environment.name, own);
      const imports = own.map((_, i) => `import(${JSON.stringify(PART + String(i))})`).join(',');
      return {
        code: `const parts = await Promise.all([${imports}]);\nexport default JSON.parse(parts.map((p) => p.default).join(''));`,
        map: { mappings: '' },
      };
    },
  };
}
