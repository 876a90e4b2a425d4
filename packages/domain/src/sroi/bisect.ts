/**
 * A root of f in [lo, hi] by bisection, or null when f has the same sign at both ends. Slower
 * than Brent but it cannot diverge or leave the bracket, and the present value is cheap to
 * evaluate; it halves until the bracket cannot shrink in double precision, so the root is as
 * exact as the representation allows. Returns the end with the smaller |f|.
 */
export function bisect(f: (x: number) => number, lo: number, hi: number): number | null {
  let flo = f(lo);
  let fhi = f(hi);
  if (flo === 0) return lo;
  if (fhi === 0) return hi;
  if (Math.sign(flo) === Math.sign(fhi)) return null;
  // 2100 halvings reach any double's neighbour from a bracket as wide as [0, Number.MAX_VALUE].
  for (let iteration = 0; iteration < 2100; iteration++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    const fmid = f(mid);
    if (fmid === 0) return mid;
    if (Math.sign(fmid) === Math.sign(flo)) {
      lo = mid;
      flo = fmid;
    } else {
      hi = mid;
      fhi = fmid;
    }
  }
  return Math.abs(flo) <= Math.abs(fhi) ? lo : hi;
}
