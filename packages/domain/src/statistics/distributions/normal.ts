import { type Tails, tails } from "../special/tails.ts";
import { assertProbability } from "./arguments.ts";

const SQRT_32 = 5.656854249492381;
const ONE_OVER_SQRT_2PI = 0.3989422804014327;
const HALF_EPS = Number.EPSILON * 0.5;

// W. J. Cody (1969), "Rational Chebyshev approximations for the error function", Math. Comp.
// 23, 631–637; the coefficients of ACM TOMS Algorithm 715 (1993), accurate to ~18 digits.
const A = [2.2352520354606837, 161.02823106855587, 1067.6894854603709, 18154.98125334356];
const A4 = 0.06568233791820745;
const B = [47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673];
const C = [
  0.39894151208813466, 8.883149794388377, 93.50665613217785, 597.2702763948002, 2494.5375852903726,
  6848.190450536283, 11602.65143764735, 9842.714838383978,
];
const C8 = 1.0765576773720192e-8;
const D = [
  22.266688044328117, 235.387901782625, 1519.3775994075547, 6485.558298266761, 18615.571640885097,
  34900.95272114598, 38912.00328609327, 19685.429676859992,
];
const P = [
  0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934,
  0.000029112874951168793,
];
const P5 = 0.023073441764940174;
const Q = [
  1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824, 0.00007297515550839662,
];

function coef(table: readonly number[], i: number): number {
  return table[i] ?? 0;
}

/** P(Z ≤ z) and P(Z > z) for a standard normal Z. */
export function normalTails(z: number): Tails {
  if (Number.isNaN(z)) throw new RangeError("normalTails: z is NaN");
  const y = Math.abs(z);
  if (y <= 0.66291) {
    const zsq = y > HALF_EPS ? z * z : 0;
    let num = A4 * zsq;
    let den = zsq;
    for (let i = 0; i < 3; i++) {
      num = (num + coef(A, i)) * zsq;
      den = (den + coef(B, i)) * zsq;
    }
    const t = (z * (num + coef(A, 3))) / (den + coef(B, 3));
    return tails(0.5 + t, 0.5 - t);
  }
  let small: number;
  if (y <= SQRT_32) {
    let num = C8 * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + coef(C, i)) * y;
      den = (den + coef(D, i)) * y;
    }
    small = gaussianFactor(y) * ((num + coef(C, 7)) / (den + coef(D, 7)));
  } else if (y < 50) {
    const zsq = 1 / (z * z);
    let num = P5 * zsq;
    let den = zsq;
    for (let i = 0; i < 4; i++) {
      num = (num + coef(P, i)) * zsq;
      den = (den + coef(Q, i)) * zsq;
    }
    const r = (zsq * (num + coef(P, 4))) / (den + coef(Q, 4));
    small = gaussianFactor(y) * ((ONE_OVER_SQRT_2PI - r) / y);
  } else {
    small = 0;
  }
  return z > 0 ? tails(1 - small, small) : tails(small, 1 - small);
}

// exp(−y²/2) with y² split so that the exponent keeps its low-order bits (Cody's trick).
function gaussianFactor(y: number): number {
  const head = Math.floor(y * 16) / 16;
  const del = (y - head) * (y + head);
  return Math.exp(-head * head * 0.5) * Math.exp(-del * 0.5);
}

export function normalCdf(z: number): number {
  return normalTails(z).lower;
}

export function normalDensity(z: number): number {
  return ONE_OVER_SQRT_2PI * Math.exp(-0.5 * z * z);
}

/**
 * The z with P(Z ≤ z) = p (or P(Z > z) = p when `lowerTail` is false), by Wichura's AS 241
 * (Applied Statistics 37, 477–484, 1988), accurate to about 1 part in 10¹⁶.
 */
export function normalQuantile(p: number, lowerTail = true): number {
  assertProbability(p, "normalQuantile");
  if (!lowerTail) return -normalQuantile(p, true);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((r * 2509.0809287301227 + 33430.57558358813) * r + 67265.7709270087) * r + 45921.95393154987) *
          r +
          13731.69376550946) *
          r +
          1971.5909503065513) *
          r +
          133.14166789178438) *
          r +
          3.3871328727963665)) /
      (((((((r * 5226.495278852854 + 28729.085735721943) * r + 39307.89580009271) * r + 21213.794301586597) *
        r +
        5394.196021424751) *
        r +
        687.1870074920579) *
        r +
        42.31333070160091) *
        r +
        1)
    );
  }
  let r = Math.sqrt(-Math.log(q > 0 ? 1 - p : p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value =
      (((((((r * 0.0007745450142783414 + 0.022723844989269184) * r + 0.2417807251774506) * r +
        1.2704582524523684) *
        r +
        3.6478483247632045) *
        r +
        5.769497221460691) *
        r +
        4.630337846156546) *
        r +
        1.4234371107496835) /
      (((((((r * 1.0507500716444169e-9 + 0.0005475938084995345) * r + 0.015198666563616457) * r +
        0.14810397642748008) *
        r +
        0.6897673349851) *
        r +
        1.6763848301838038) *
        r +
        2.053191626637759) *
        r +
        1);
  } else {
    r -= 5;
    value =
      (((((((r * 2.0103343992922881e-7 + 0.000027115555687434876) * r + 0.0012426609473880784) * r +
        0.026532189526576124) *
        r +
        0.29656057182850487) *
        r +
        1.7848265399172913) *
        r +
        5.463784911164114) *
        r +
        6.657904643501103) /
      (((((((r * 2.0442631033899397e-15 + 1.421511758316446e-7) * r + 0.000018463183175100548) * r +
        0.0007868691311456133) *
        r +
        0.014875361290850615) *
        r +
        0.1369298809227358) *
        r +
        0.599832206555888) *
        r +
        1);
  }
  return q < 0 ? -value : value;
}
