/**
 * Least squares by Householder QR, column by column in the given order. A column whose
 * remaining norm falls below 10⁻⁷ of its original norm is a linear combination of the earlier
 * ones: R's lm (LINPACK dqrdc2, tol = 1e-7) would set its coefficient to NA; we report it.
 */

const COLLINEARITY_TOLERANCE = 1e-7;

export type LeastSquares =
  | {
      readonly ok: true;
      readonly coefficients: number[];
      /** Diagonal of (XᵀX)⁻¹, for the standard errors. */
      readonly inverseGramDiagonal: number[];
    }
  | { readonly ok: false; readonly collinearColumn: number };

/** `columns[j][i]` is the value of predictor j for observation i. */
export function leastSquares(columns: readonly (readonly number[])[], y: readonly number[]): LeastSquares {
  const p = columns.length;
  const n = y.length;
  const a = columns.map((c) => Float64Array.from(c));
  const qty = Float64Array.from(y);
  const r = Array.from({ length: p }, () => new Float64Array(p));
  for (let j = 0; j < p; j++) {
    const col = a[j] ?? new Float64Array(n);
    const original = norm(columns[j] ?? [], 0);
    const remaining = norm(col, j);
    if (!(remaining > COLLINEARITY_TOLERANCE * original)) return { ok: false, collinearColumn: j };
    const head = col[j] ?? 0;
    const alpha = head > 0 ? -remaining : remaining;
    // Reflector v = x − α e₁ on rows j…n−1, applied as H = I − v vᵀ / (vᵀ v / 2)… in scaled form.
    col[j] = head - alpha;
    const vtv = remaining * remaining - head * head + (head - alpha) * (head - alpha);
    const reflect = (target: Float64Array) => {
      let dot = 0;
      for (let i = j; i < n; i++) dot += (col[i] ?? 0) * (target[i] ?? 0);
      const factor = (2 * dot) / vtv;
      for (let i = j; i < n; i++) target[i] = (target[i] ?? 0) - factor * (col[i] ?? 0);
    };
    for (let k = j + 1; k < p; k++) {
      const other = a[k];
      if (other) reflect(other);
    }
    reflect(qty);
    const rj = r[j];
    if (rj) {
      rj[j] = alpha;
      for (let k = j + 1; k < p; k++) rj[k] = a[k]?.[j] ?? 0;
    }
  }
  const at = (i: number, k: number) => r[i]?.[k] ?? 0;
  const coefficients = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i--) {
    let s = qty[i] ?? 0;
    for (let k = i + 1; k < p; k++) s -= at(i, k) * (coefficients[k] ?? 0);
    coefficients[i] = s / at(i, i);
  }
  // (XᵀX)⁻¹ = R⁻¹ R⁻ᵀ: its diagonal is the row sums of squares of R⁻¹.
  const inverse = Array.from({ length: p }, () => new Float64Array(p));
  for (let col = 0; col < p; col++) {
    for (let i = col; i >= 0; i--) {
      let s = i === col ? 1 : 0;
      for (let k = i + 1; k <= col; k++) s -= at(i, k) * (inverse[k]?.[col] ?? 0);
      const row = inverse[i];
      if (row) row[col] = s / at(i, i);
    }
  }
  const inverseGramDiagonal = inverse.map((row) => row.reduce((s, v) => s + v * v, 0));
  return { ok: true, coefficients, inverseGramDiagonal };
}

function norm(values: ArrayLike<number>, from: number): number {
  let scale = 0;
  for (let i = from; i < values.length; i++) scale = Math.max(scale, Math.abs(values[i] ?? 0));
  if (scale === 0) return 0;
  let s = 0;
  for (let i = from; i < values.length; i++) s += ((values[i] ?? 0) / scale) ** 2;
  return scale * Math.sqrt(s);
}
