/**
 * The p-th percentile (0–100) of ascending `sorted`, interpolating linearly between order
 * statistics: R's default (type 7) and NumPy's "linear", so figures can be checked with either.
 */
export function percentile(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const h = (n - 1) * (p / 100);
  const lo = Math.floor(h);
  const below = sorted[lo] ?? 0;
  const above = sorted[Math.min(lo + 1, n - 1)] ?? below;
  // Equal neighbours return exactly, so a degenerate sample gives back its value bit for bit.
  return below === above ? below : below + (h - lo) * (above - below);
}

export interface HistogramBin {
  /** Lower edge, included. */
  from: number;
  /** Upper edge, excluded except for the last bin. */
  to: number;
  count: number;
}

/** Equal-width bins from the smallest to the largest value; one bin when all values are equal. */
export function histogram(sorted: Float64Array, bins: number): HistogramBin[] {
  const n = sorted.length;
  if (n === 0) return [];
  const min = sorted[0] ?? 0;
  const max = sorted[n - 1] ?? 0;
  if (!(max > min)) return [{ from: min, to: max, count: n }];
  const width = (max - min) / bins;
  const result = Array.from({ length: bins }, (_, k) => ({
    from: min + k * width,
    to: k === bins - 1 ? max : min + (k + 1) * width,
    count: 0,
  }));
  for (let i = 0; i < n; i++) {
    const k = Math.min(bins - 1, Math.floor(((sorted[i] ?? 0) - min) / width));
    const bin = result[k];
    if (bin) bin.count++;
  }
  return result;
}
