import type { Diagnostic } from './types.ts';

/** The text lines of a dump, or the reason it cannot be read as text. */
export type DecodedDump = { ok: true; lines: string[] } | { ok: false; error: Diagnostic };

/**
 * The largest dump read, in bytes: 256 MiB, some 80,000 papers. A JavaScript
 * string holds just under 512 MiB of text, and a dump's text and its lines
 * are in memory at once; past that, decoding fails and would be mistaken for
 * text that is not UTF-8.
 */
export const MAX_DUMP_BYTES = 256 * 1024 * 1024;

/** The message for a dump over the limit. */
export function tooLarge(bytes: number, maxBytes: number): string {
  return `too large: ${size(bytes)}, the limit is ${size(maxBytes)}; split the dump into smaller files`;
}

/**
 * Decodes a dump's bytes into lines: strips a UTF-8 byte order mark and
 * accepts LF, CRLF and CR line endings, so every variant of one dump yields
 * the same lines. Empty, binary, non-UTF-8 and too large files (over
 * `maxBytes`) are refused with the line where the trouble starts.
 */
export function bytesToLines(file: string, bytes: Uint8Array, maxBytes = MAX_DUMP_BYTES): DecodedDump {
  const body = hasBom(bytes) ? bytes.subarray(3) : bytes;
  const fail = (line: number, message: string): DecodedDump => ({
    ok: false,
    error: { file, line, severity: 'error', message },
  });
  if (bytes.length > maxBytes) return fail(0, tooLarge(bytes.length, maxBytes));
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

/** A size as people read it: MiB (one decimal under 10), or bytes under 1 MiB. */
function size(bytes: number): string {
  const value = bytes / (1024 * 1024);
  if (value < 1) return `${bytes} bytes`;
  return `${value < 10 ? Math.round(value * 10) / 10 : Math.round(value)} MiB`;
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
