/**
 * One download holding many files: a 4-byte big-endian length, a JSON header
 * `{ files: [{ path, size }] }` of that length, then the files' bytes in the
 * header's order. The service worker splits it back into cached responses
 * (packToFiles).
 */
export function filesToPack(files: readonly { path: string; bytes: Uint8Array }[]): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify({ files: files.map((f) => ({ path: f.path, size: f.bytes.length })) }));
  const total = 4 + header.length + files.reduce((n, f) => n + f.bytes.length, 0);
  const pack = new Uint8Array(total);
  new DataView(pack.buffer).setUint32(0, header.length);
  pack.set(header, 4);
  let offset = 4 + header.length;
  for (const f of files) {
    pack.set(f.bytes, offset);
    offset += f.bytes.length;
  }
  return pack;
}
