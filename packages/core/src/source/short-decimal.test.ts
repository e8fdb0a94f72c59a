import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortDecimalAt } from './short-decimal.js';

const ended = { end: -1 };

describe('shortDecimalAt', () => {
  it('reads a decimal in place and says where it ends', () => {
    expect(shortDecimalAt('value: -530.01, x', 7, 17, ended)).toBe(-530.01);
    expect(ended.end).toBe(14);
    expect(shortDecimalAt('12 apples', 0, 9, ended)).toBe(12);
    expect(ended.end).toBe(2);
  });

  it.each([
    ['zero, which YAML and Number read differently when signed', '-0'],
    ['zero with a point', '0.0'],
    ['a point with no digits after it', '5.'],
    ['a point first', '.5'],
    ['a plus sign', '+2'],
    ['more than 15 digits', '1234567890123456'],
    ['no digits', '-'],
  ])('leaves %s to the slower path', (_, text) => {
    expect(shortDecimalAt(text, 0, text.length, ended)).toBeUndefined();
  });

  it('gives the very double that Number gives, for any decimal of up to 15 digits', () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,9}$/), fc.option(fc.stringMatching(/^[0-9]{1,6}$/), { nil: undefined }))
      .map(([negative, whole, part]) => `${negative ? '-' : ''}${whole}${part === undefined ? '' : `.${part}`}`);
    fc.assert(
      fc.property(decimal, (text) => {
        const read = shortDecimalAt(text, 0, text.length, ended);
        if (read === undefined) expect(Number(text) === 0, text).toBe(true); // only zero is left
        else {
          expect(Object.is(read, Number(text)), text).toBe(true);
          expect(ended.end).toBe(text.length);
        }
      }),
      { numRuns: 20_000, seed: 20261123 },
    );
  });
});
