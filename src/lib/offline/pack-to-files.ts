/**
 * The files of a pack (see filesToPack), each as its own bytes, in the
 * pack's order: what the service worker caches under each file's URL.
 */
export function packToFiles(pack: ArrayBuffer): { path: string; bytes: ArrayBuffer }[] {
  const headerLength = new DataView(pack).getUint32(0);
  const { files } = JSON.parse(new TextDecoder().decode(new Uint8Array(pack, 4, headerLength))) as {
    files: { path: string; size: number }[];
  };
  let offset = 4 + headerLength;
  return files.map(({ path, size }) => {
    const bytes = pack.slice(offset, offset + size);
    offset += size;
    return { path, bytes };
  });
}
