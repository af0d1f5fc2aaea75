import { Script } from 'node:vm';
import { expect, test } from 'vitest';
import { bundleWorker } from '../../../../src/lib/offline/write-offline.ts';

test('bundles the TypeScript service worker into one script with the build config written in', async () => {
  const config = {
    version: 'v-test-1',
    base: '/shelf/',
    precache: ['/shelf/', '/shelf/offline/'],
    searchPacks: ['/shelf/offline/pack-1.bin'],
  };
  const script = await bundleWorker(config);
  expect(script).not.toMatch(/^\s*import\s/mu);
  // The config is written in as an object literal, not looked up as a global.
  expect(script).toMatch(
    /= \{ version: "v-test-1", base: "\/shelf\/", precache: \[[^\]]*\], searchPacks: \["\/shelf\/offline\/pack-1.bin"\] \};/u,
  );
  expect(script.replace(/\/\/.*$/gmu, '')).not.toContain('__WORKER_CONFIG__');
  // Types are gone, the pack reader is inlined: the browser runs it as it is.
  expect(script).not.toMatch(/:\s*ServiceWorkerGlobalScope/u);
  expect(script).toContain('getUint32');
  // It parses as a script.
  expect(() => new Script(script)).not.toThrow();
});

test('bundles the same config into the same bytes (deterministic builds)', async () => {
  const config = { version: 'v', base: '/', precache: ['/'], searchPacks: [] };
  expect(await bundleWorker(config)).toBe(await bundleWorker(config));
});
