/**
 * Ordinary least-squares line y = slope * x + intercept. `null` when the slope is undefined:
 * fewer than two points, or every point on the same x.
 */
export function linearFit(points: readonly { x: number; y: number }[]): { slope: number; intercept: number } | null {
  const xs = new Float64Array(points.length);
  const ys = new Float64Array(points.length);
  points.forEach((p, i) => {
    xs[i] = p.x;
    ys[i] = p.y;
  });
  return fitLine(xs, ys);
}

/**
 * `linearFit` over the first `n` entries of parallel arrays, for callers that would otherwise
 * build a point object per value.
 */
export function fitLine(xs: ArrayLike<number>, ys: ArrayLike<number>, n = xs.length): { slope: number; intercept: number } | null {
  if (n < 2) return null;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i += 1) {
    meanX += xs[i] as number;
    meanY += ys[i] as number;
  }
  meanX /= n;
  meanY /= n;
  // Centred sums: day numbers are ~20,000, and raw sums of squares would lose precision.
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] as number) - meanX;
    sxx += dx * dx;
    sxy += dx * ((ys[i] as number) - meanY);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}
