export interface Ranking {
  /** Average ranks (1-based), in the order of the input, as R's rank(). */
  readonly ranks: number[];
  /** Sizes of the groups of equal values that have more than one member. */
  readonly tieSizes: number[];
}

export function averageRanks(values: readonly number[]): Ranking {
  const order = values.map((_, i) => i).sort((i, j) => (values[i] ?? 0) - (values[j] ?? 0));
  const ranks = new Array<number>(values.length).fill(0);
  const tieSizes: number[] = [];
  let start = 0;
  while (start < order.length) {
    let end = start;
    const value = values[order[start] ?? 0];
    while (end + 1 < order.length && values[order[end + 1] ?? 0] === value) end++;
    const rank = (start + end + 2) / 2;
    for (let k = start; k <= end; k++) ranks[order[k] ?? 0] = rank;
    if (end > start) tieSizes.push(end - start + 1);
    start = end + 1;
  }
  return { ranks, tieSizes };
}

/** Σ (t³ − t) over tie groups: the tie correction of the rank tests' variance. */
export function tieCorrection(tieSizes: readonly number[]): number {
  return tieSizes.reduce((s, t) => s + t * t * t - t, 0);
}
