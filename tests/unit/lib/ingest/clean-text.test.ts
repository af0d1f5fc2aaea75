import { describe, expect, test } from 'vitest';
import { cleanText } from '../../../../src/lib/ingest/clean-text.ts';

/** The 66 noncharacters: U+FDD0–U+FDEF and U+xFFFE, U+xFFFF on each of the 17 planes. */
const NONCHARACTERS = [
  ...Array.from({ length: 32 }, (_, i) => 0xfdd0 + i),
  ...Array.from({ length: 17 }, (_, plane) => [plane * 0x10000 + 0xfffe, plane * 0x10000 + 0xffff]).flat(),
];

describe('cleanText', () => {
  test.each([
    ['collapses whitespace runs and trims', '  Graph \t Neural\n Networks ', 'Graph Neural Networks'],
    ['drops control characters', 'Graph\u0007 Neural\u009f', 'Graph Neural'],
    ['drops zero-width spaces and byte-order marks', 'Gr\u200baph\ufeff', 'Graph'],
    ['drops U+FFFE and U+FFFF, which XML forbids', 'A\ufffeB\uffffC', 'ABC'],
    ['drops a noncharacter of an astral plane', 'A\u{10ffff}B\u{1fffe}C', 'ABC'],
    ['keeps the characters next to the noncharacters', '\ufdcf\ufdf0\ufffd\u{1fffd}', '\ufdcf\ufdf0\ufffd\u{1fffd}'],
  ])('%s', (_name, text, clean) => {
    expect(cleanText(text)).toBe(clean);
  });

  test('drops every one of the 66 Unicode noncharacters', () => {
    expect(NONCHARACTERS).toHaveLength(66);
    for (const code of NONCHARACTERS) expect(cleanText(`a${String.fromCodePoint(code)}b`), code.toString(16)).toBe('ab');
  });
});
