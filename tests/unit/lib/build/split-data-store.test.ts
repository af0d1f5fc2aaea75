import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PART_LENGTH, splitDataStore } from '../../../../src/lib/build/split-data-store.ts';

const STORE_MODULE = '\0astro:data-layer-content';

// A store longer than two parts, with non-ASCII text and a surrogate pair that a part boundary splits.
const store = JSON.stringify(['x'.repeat(PART_LENGTH - 12), '😀 Schrödinger "quoted" \\ back', 'é'.repeat(PART_LENGTH), '</script>']);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'split-store-'));
  await writeFile(join(dir, 'data-store.json'), store);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

type Hook = (
  this: { environment: { name: string } },
  ...args: string[]
) => Promise<{ code: string } | undefined> | { code: string } | string | undefined;
function hooks(plugin: ReturnType<typeof splitDataStore>, environment = 'prerender') {
  const context = { environment: { name: environment } };
  return {
    transform: async (code: string, id: string) => (plugin.transform as unknown as Hook).call(context, code, id),
    resolveId: async (id: string) => (plugin.resolveId as unknown as Hook).call(context, id),
    load: async (id: string) => (plugin.load as unknown as Hook).call(context, id),
  };
}

/** The string a part module exports. */
const exported = (code: string): string => JSON.parse(code.replace(/^export default /, '')) as string;

describe('splitDataStore', () => {
  test('serves the store as several small modules that join back to the same JSON', async () => {
    const { transform, resolveId, load } = hooks(splitDataStore(pathToFileURL(`${dir}/`)));
    const result = await transform(`export default JSON.parse(${JSON.stringify(store)})`, STORE_MODULE);
    const code = typeof result === 'object' ? result.code : '';
    const ids = [...code.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1] ?? '');
    expect(ids.length).toBe(Math.ceil(store.length / PART_LENGTH));
    const parts: string[] = [];
    for (const id of ids) {
      const resolved = await resolveId(id);
      const loaded = await load(typeof resolved === 'string' ? resolved : '');
      parts.push(exported(typeof loaded === 'object' ? loaded.code : ''));
    }
    expect(parts.join('')).toBe(store);
    expect(JSON.parse(parts.join(''))).toEqual(JSON.parse(store));
    expect(code).toContain("JSON.parse(parts.map((p) => p.default).join(''))");
  });

  test('leaves every other module, and a store Astro already serves in chunks, as Astro made them', async () => {
    const { transform } = hooks(splitDataStore(pathToFileURL(`${dir}/`)));
    expect(await transform('export default JSON.parse("[]")', '/src/pages/index.astro')).toBeUndefined();
    expect(await transform('export default{"papers":[]}', STORE_MODULE)).toBeUndefined();
  });

  test('leaves the store module alone when there is no store file yet', async () => {
    const { transform } = hooks(splitDataStore(pathToFileURL(`${join(dir, 'missing')}/`)));
    expect(await transform('export default JSON.parse("[]")', STORE_MODULE)).toBeUndefined();
  });
});
