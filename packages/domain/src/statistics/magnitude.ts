/**
 * Words for effect sizes by Cohen's conventions (Statistical Power Analysis for the Behavioral
 * Sciences, 1988). They are conventions, not laws: reports say so when they use them.
 */
export type Magnitude = "negligible" | "small" | "medium" | "large";

export interface MagnitudeThresholds {
  readonly small: number;
  readonly medium: number;
  readonly large: number;
}

/** Standardized mean differences (d, g, d_z) and Cohen's h for two proportions. */
export const COHEN_D: MagnitudeThresholds = { small: 0.2, medium: 0.5, large: 0.8 };
/** Correlations, including the rank-biserial correlation of the Wilcoxon tests. */
export const COHEN_R: MagnitudeThresholds = { small: 0.1, medium: 0.3, large: 0.5 };
/** Cohen's w; Cramér's V is compared with w / √(min(r, c) − 1), see cramersVThresholds. */
export const COHEN_W: MagnitudeThresholds = { small: 0.1, medium: 0.3, large: 0.5 };
/** Cohen's g for paired proportions (McNemar): the share of changes going one way, minus ½. */
export const COHEN_G: MagnitudeThresholds = { small: 0.05, medium: 0.15, large: 0.25 };

export function magnitudeOf(value: number, thresholds: MagnitudeThresholds): Magnitude {
  const size = Math.abs(value);
  if (size >= thresholds.large) return "large";
  if (size >= thresholds.medium) return "medium";
  if (size >= thresholds.small) return "small";
  return "negligible";
}

/** V = w / √(k − 1) with k = min(rows, columns), so w's thresholds shrink by √(k − 1). */
export function cramersVThresholds(rows: number, columns: number): MagnitudeThresholds {
  const scale = Math.sqrt(Math.min(rows, columns) - 1);
  return { small: COHEN_W.small / scale, medium: COHEN_W.medium / scale, large: COHEN_W.large / scale };
}
