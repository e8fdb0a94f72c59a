import { describe, expect, it } from 'vitest';
import { encodingProblem, lineAndColumn, restOfLineAt } from './encoding.js';

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('encodingProblem', () => {
  it('finds the first byte that is not UTF-8, after multi-byte characters that are', () => {
    // "€ ok" in UTF-8, then "Märkte" in Latin-1: the offset is in the decoded text.
    const bytes = new Uint8Array([...new TextEncoder().encode('€ ok\n'), ...latin1('Märkte')]);
    const text = decode(bytes);
    expect(encodingProblem(bytes, text)).toEqual({ kind: 'not-utf8', offset: 6 });
    expect(text[6]).toBe('\uFFFD');
  });

  it('lets a real U+FFFD written in UTF-8 pass, and still finds a bad byte after it', () => {
    const real = new TextEncoder().encode('a \uFFFD b');
    expect(encodingProblem(real, decode(real))).toBeUndefined();
    const both = new Uint8Array([...real, ...latin1(' café')]);
    expect(encodingProblem(both, decode(both))).toEqual({ kind: 'not-utf8', offset: 9 });
  });

  it('names UTF-16 by its byte-order mark, little- and big-endian', () => {
    expect(encodingProblem(new Uint8Array([0xff, 0xfe, 0x64, 0x00]), 'whatever')).toEqual({ kind: 'utf-16' });
    expect(encodingProblem(new Uint8Array([0xfe, 0xff, 0x00, 0x64]), 'whatever')).toEqual({ kind: 'utf-16' });
  });
});

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });
});

describe('restOfLineAt', () => {
  it('reads from a line and column to the end of that line, the inverse of lineAndColumn', () => {
    const text = 'title: #1 brand\r\nowner: mia\nlast';
    expect(restOfLineAt(text, lineAndColumn(text, 7))).toBe('#1 brand');
    expect(restOfLineAt(text, { line: 2, column: 8 })).toBe('mia');
    expect(restOfLineAt(text, { line: 3, column: 1 })).toBe('last');
    expect(restOfLineAt(text, { line: 9, column: 1 })).toBe('');
  });
});
