/**
 * Student's t for very large df by the Cornish-Fisher expansion (Abramowitz & Stegun 26.7.5),
 * whose truncation error is O(df⁻⁵). The incomplete-beta route loses about 10⁻¹⁶·df relative
 * there (a sample-size search for a tiny effect reaches df ≈ 10¹⁴), so above LARGE_DF and
 * within the range where the expansion converges fast, this is used instead.
 */

export const LARGE_DF = 1e4;

/** The expansion converges geometrically while z⁴ stays well below df. */
export function expansionApplies(z: number, df: number): boolean {
  return df >= LARGE_DF && 16 * z ** 4 <= df;
}

/** The t quantile matching the standard normal quantile z. */
export function cornishFisherT(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

/** The normal quantile z whose t quantile is t, by Newton steps on cornishFisherT. */
export function cornishFisherZ(t: number, df: number): number {
  let z = t;
  for (let it = 0; it < 20; it++) {
    const h = 1e-4 * Math.max(1, Math.abs(z));
    const slope = (cornishFisherT(z + h, df) - cornishFisherT(z - h, df)) / (2 * h);
    const step = (cornishFisherT(z, df) - t) / slope;
    z -= step;
    if (Math.abs(step) <= 1e-16 * Math.max(1, Math.abs(z))) break;
  }
  return z;
}
