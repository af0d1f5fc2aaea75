import { expect, test } from 'vitest';
import { filesToPack } from '../../../../src/lib/offline/files-to-pack.ts';
import { packToFiles } from '../../../../src/lib/offline/pack-to-files.ts';

/** Splits a pack with the service worker's own code. */
function unpack(pack: Uint8Array): Map<string, Uint8Array> {
  const copy = pack.slice();
  return new Map(packToFiles(copy.buffer).map((f) => [f.path, new Uint8Array(f.bytes)]));
}

test('a pack gives back every file byte for byte, binary and non-ASCII names included', () => {
  const files = [
    { path: 'pagefind/fragment/en_1.pf_fragment', bytes: new Uint8Array([0, 255, 10, 13, 0x1f, 0x8b]) },
    { path: 'pagefind/index/é.pf_index', bytes: new TextEncoder().encode('{"x":"ü"}') },
    { path: 'empty', bytes: new Uint8Array() },
  ];
  const unpacked = unpack(filesToPack(files));
  expect([...unpacked.keys()]).toEqual(files.map((f) => f.path));
  for (const f of files) expect([...(unpacked.get(f.path) ?? [])]).toEqual([...f.bytes]);
});
