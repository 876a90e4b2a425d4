// Exact null distributions of the Wilcoxon statistics, by counting subsets. Counts only ever
// grow by addition, so they stay accurate to rounding even beyond 2⁵³ (C(98, 49) ≈ 2.5·10²⁸).

const cache = new Map<string, Float64Array>();
const CACHE_LIMIT = 64;

function remember(key: string, make: () => Float64Array): Float64Array {
  const hit = cache.get(key);
  if (hit) return hit;
  const made = make();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, made);
  return made;
}

/**
 * Probabilities of the rank-sum statistic W = Σ ranks of x − m(m + 1)/2 (0 … m·n), for m
 * values in x and n in y without ties: the number of ways W = w is the number of subsets of
 * {1 … m + n} of size m whose ranks minus their positions add up to w.
 */
export function rankSumDistribution(m: number, n: number): Float64Array {
  return remember(`w:${m}:${n}`, () => {
    const max = m * n;
    // counts[k][u]: subsets of size k of the ranks seen so far, with Σ (rank − position) = u.
    const counts = Array.from({ length: m + 1 }, () => new Float64Array(max + 1));
    const first = counts[0];
    if (first) first[0] = 1;
    for (let rank = 1; rank <= m + n; rank++) {
      for (let k = Math.min(rank, m); k >= 1; k--) {
        const shift = rank - k;
        if (shift > n) continue;
        const target = counts[k];
        const source = counts[k - 1];
        if (!target || !source) continue;
        for (let u = max - shift; u >= 0; u--) {
          const from = source[u] ?? 0;
          if (from !== 0) target[u + shift] = (target[u + shift] ?? 0) + from;
        }
      }
    }
    return normalise(counts[m] ?? new Float64Array(1));
  });
}

/** Probabilities of the signed-rank statistic V = Σ ranks of positive differences (0 … n(n+1)/2). */
export function signedRankDistribution(n: number): Float64Array {
  return remember(`v:${n}`, () => {
    const max = (n * (n + 1)) / 2;
    const counts = new Float64Array(max + 1);
    counts[0] = 1;
    for (let rank = 1; rank <= n; rank++) {
      for (let s = max; s >= rank; s--) counts[s] = (counts[s] ?? 0) + (counts[s - rank] ?? 0);
    }
    return normalise(counts);
  });
}

function normalise(counts: Float64Array): Float64Array {
  let total = 0;
  for (const c of counts) total += c;
  return counts.map((c) => c / total);
}

/** P(S ≤ q), summed directly over the lower terms. */
export function lowerTail(distribution: Float64Array, q: number): number {
  let p = 0;
  const last = Math.min(Math.floor(q), distribution.length - 1);
  for (let i = 0; i <= last; i++) p += distribution[i] ?? 0;
  return Math.min(p, 1);
}

/** P(S ≥ q), summed directly over the upper terms. */
export function upperTail(distribution: Float64Array, q: number): number {
  let p = 0;
  for (let i = Math.max(0, Math.ceil(q)); i < distribution.length; i++) p += distribution[i] ?? 0;
  return Math.min(p, 1);
}
