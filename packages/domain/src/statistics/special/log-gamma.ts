/**
 * ln Γ, ln B and ln C(n, k) without the cancellation that plain lgamma differences suffer for
 * large arguments: p-values and quantiles of t, F and χ² are built on these.
 */

export const LN_SQRT_2PI = 0.9189385332046728;
export const LN_SQRT_PI = 0.5723649429247001;

/**
 * ln Γ(x) − [(x − ½) ln x − x + ln √(2π)] by Stirling's series, for x ≥ 10: the next term
 * (B₁₈ / (18·17·x¹⁷)) is below 2·10⁻¹⁸ there.
 */
export function stirlingRemainder(x: number): number {
  const z = 1 / (x * x);
  const series =
    1 / 12 +
    z *
      (-1 / 360 +
        z *
          (1 / 1260 +
            z * (-1 / 1680 + z * (1 / 1188 + z * (-691 / 360360 + z * (1 / 156 - z * (3617 / 122400)))))));
  return series / x;
}

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (x === 1 || x === 2) return 0;
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlingRemainder(x);
  // Shift up to where the series is exact to double precision; the product of the shifts is exact enough.
  let product = 1;
  let shifted = x;
  while (shifted < 10) {
    product *= shifted;
    shifted += 1;
  }
  return logGamma(shifted) - Math.log(product);
}

/** ln B(a, b) for a, b > 0. */
export function logBeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  const ratio = p / (p + q);
  if (p >= 10) {
    const correction = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
    return (
      -0.5 * Math.log(q) + LN_SQRT_2PI + correction + (p - 0.5) * Math.log(ratio) + q * Math.log1p(-ratio)
    );
  }
  if (q >= 10) {
    const correction = stirlingRemainder(q) - stirlingRemainder(p + q);
    return logGamma(p) + correction + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-ratio);
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}

/** ln C(n, k) for 0 ≤ k ≤ n. */
export function logChoose(n: number, k: number): number {
  if (k === 0 || k === n) return 0;
  if (k === 1 || k === n - 1) return Math.log(n);
  return -Math.log(n + 1) - logBeta(n - k + 1, k + 1);
}
