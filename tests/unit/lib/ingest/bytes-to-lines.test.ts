import { describe, expect, test } from 'vitest';
import { bytesToLines } from '../../../../src/lib/ingest/bytes-to-lines.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('bytesToLines', () => {
  test.each([
    ['LF', 'a\nb\n'],
    ['CRLF', 'a\r\nb\r\n'],
    ['CR', 'a\rb\r'],
    ['a BOM', '\ufeffa\nb\n'],
    ['a BOM and CRLF', '\ufeffa\r\nb\r\n'],
  ])('reads %s text as the same lines', (_name, text) => {
    expect(bytesToLines('d.txt', utf8(text))).toEqual({ ok: true, lines: ['a', 'b', ''] });
  });

  test.each([
    ['an empty file', new Uint8Array(), 1, /empty/],
    ['a blank file', utf8('\n  \n\n'), 1, /empty/],
    ['a binary file', new Uint8Array([0x61, 0x0a, 0x62, 0x00, 0x01]), 2, /binary/],
    ['Latin-1 text', new Uint8Array([0x61, 0x0a, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]), 3, /UTF-8/],
    ['a cut multi-byte character', new Uint8Array([0x61, 0x0a, 0xc3]), 2, /UTF-8/],
  ])('refuses %s, naming the line', (_name, bytes, line, message) => {
    const result = bytesToLines('d.txt', bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ file: 'd.txt', line, severity: 'error' });
      expect(result.error.message).toMatch(message);
    }
  });

  test('refuses a dump over the size limit as a whole, saying so rather than "not UTF-8"', () => {
    expect(bytesToLines('d.txt', utf8('a\nb\n'), 3)).toEqual({
      ok: false,
      error: {
        file: 'd.txt',
        line: 0,
        severity: 'error',
        message: 'too large: 4 bytes, the limit is 3 bytes; split the dump into smaller files',
      },
    });
  });
});
