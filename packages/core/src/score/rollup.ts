/**
 * Weighted mean; `null` when there is nothing to average. When every weight is 0 the author
 * has not said what matters more, so all items count equally rather than dividing by zero.
 */
export function weightedMean(items: readonly { value: number; weight: number }[]): number | null {
  if (items.length === 0) return null;
  let total = 0;
  let sum = 0;
  for (const item of items) {
    total += item.weight;
    sum += item.value * item.weight;
  }
  if (total === 0) return items.reduce((acc, item) => acc + item.value, 0) / items.length;
  if (Number.isFinite(total) && Number.isFinite(sum)) return sum / total;
  // Weights near the largest double overflow their sum: divided by the largest, they keep
  // their proportions and sum to at most the number of items.
  const most = items.reduce((max, item) => Math.max(max, item.weight), 0);
  let scaledTotal = 0;
  let scaledSum = 0;
  for (const item of items) {
    const weight = item.weight / most;
    scaledTotal += weight;
    scaledSum += item.value * weight;
  }
  return scaledSum / scaledTotal;
}
