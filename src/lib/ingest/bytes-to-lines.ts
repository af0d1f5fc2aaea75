import type { Diagnostic } from './types.ts';

/** The text lines of a dump, or the reason it cannot be read as text. */
export type DecodedDump = { ok: true; lines: string[] } | { ok: false; error: Diagnostic };

/**
 * Decodes a dump's bytes into lines: strips a UTF-8 byte order mark and
 * accepts LF, CRLF and CR line endings, so every variant of one dump yields
 * the same lines. Empty, binary and non-UTF-8 files are refused with the
 * line where the trouble starts.
 */
export function bytesToLines(file: string, bytes: Uint8Array): DecodedDump {
  const body = hasBom(bytes) ? bytes.subarray(3) : bytes;
  const fail = (line: number, message: string): DecodedDump => ({
    ok: false,
    error: { file, line, severity: 'error', message },
  });
  const nul = body.indexOf(0);
  if (nul !== -1) return fail(lineAt(body, nul), 'binary file (contains NUL bytes), not a text dump');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return fail(lineAt(body, firstInvalidUtf8(body)), 'not valid UTF-8 text; save the dump as UTF-8');
  }
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.every((l) => l.trim() === '')) return fail(1, 'empty file: no papers in it');
  return { ok: true, lines };
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** 1-based line number of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 decoding. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    try {
      // Streaming mode tolerates an unfinished sequence at the end of the prefix.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
