import { expect, test } from 'vitest';
import { filesToPack } from '../../../../src/lib/offline/files-to-pack.ts';

/** Splits a pack the way the service worker does. */
function unpack(pack: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(pack.buffer, pack.byteOffset, pack.byteLength);
  const length = view.getUint32(0);
  const { files } = JSON.parse(new TextDecoder().decode(pack.subarray(4, 4 + length))) as { files: { path: string; size: number }[] };
  const out = new Map<string, Uint8Array>();
  let offset = 4 + length;
  for (const f of files) {
    out.set(f.path, pack.subarray(offset, offset + f.size));
    offset += f.size;
  }
  expect(offset).toBe(pack.length);
  return out;
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
