/**
 * Short decimals (`12`, `-530.01`) read where they are written, without cutting them out of the
 * text: most values of check-ins and measurements, in YAML and CSV alike, are such numbers.
 */
const DASH = 45;
const POINT = 46;
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Where the number `shortDecimalAt` read last ends: one per reader, never shared. */
export interface DecimalEnd {
  end: number;
}

/**
 * The decimal written from `at` (before `end`), its end put in `out`: an optional `-`, digits, and a point with more
 * digits, as far as they go. At most 15 digits, so the digits make an exact integer and one
 * division by an exact power of ten rounds once, to the very double `Number` and `parseFloat`
 * give. Undefined for anything else (zero among them, as `-0` is negative zero to `Number` but
 * zero to YAML, and a point without digits after it), for the caller's slower path to read.
 */
export function shortDecimalAt(s: string, at: number, end: number, out: DecimalEnd): number | undefined {
  let i = at;
  const negative = s.charCodeAt(i) === DASH;
  if (negative) i += 1;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1; // digits after the point; -1 while there is no point
  for (; i < end; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits += 1;
      if (fraction >= 0) fraction += 1;
    } else if (c === POINT && fraction === -1 && digits > 0) {
      fraction = 0;
    } else {
      break;
    }
  }
  if (digits === 0 || digits > 15 || fraction === 0 || mantissa === 0) return undefined;
  out.end = i;
  const value = fraction > 0 ? mantissa / (POWERS_OF_TEN[fraction] as number) : mantissa;
  return negative ? -value : value;
}
