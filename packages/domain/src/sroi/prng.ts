/**
 * xoshiro128** (Blackman & Vigna), seeded through splitmix32 so that any 32-bit seed, 0
 * included, gives a well-mixed state. Small, fast with Math.imul, and the same sequence in
 * every JavaScript engine: a Monte Carlo run is reproduced from its recorded seed. The state
 * lives in an Int32Array so that the engine keeps raw 32-bit integers (object fields holding
 * values above 2^30 would be boxed on every update).
 */
export class SeededRandom {
  private readonly s = new Int32Array(4);

  constructor(seed: number) {
    let x = seed >>> 0;
    for (let k = 0; k < 4; k++) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.s[k] = z ^ (z >>> 16);
    }
  }

  /** A 32-bit unsigned integer. */
  nextUint32(): number {
    const s = this.s;
    const s0 = s[0] ?? 0;
    const s1 = s[1] ?? 0;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    const s2 = (s[2] ?? 0) ^ s0;
    const s3 = (s[3] ?? 0) ^ s1;
    s[1] = s1 ^ s2;
    s[0] = s0 ^ s3;
    s[2] = s2 ^ t;
    s[3] = rotl(s3, 11);
    return result;
  }

  /** Uniform in [0, 1), on a grid of 2^-32. */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /**
   * Fills `out` with the next `out.length` values of next(), the same sequence, with the state
   * held in local variables for the loop: several times faster for Monte Carlo's draws.
   */
  fill(out: Float64Array): void {
    const s = this.s;
    let a = s[0] ?? 0;
    let b = s[1] ?? 0;
    let c = s[2] ?? 0;
    let d = s[3] ?? 0;
    for (let i = 0; i < out.length; i++) {
      const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = rotl(d, 11);
      out[i] = result / 4294967296;
    }
    s[0] = a;
    s[1] = b;
    s[2] = c;
    s[3] = d;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A fresh seed for a run that was not given one; recorded in the result so it can be replayed. */
export function generateSeed(): number {
  const cryptoApi = globalThis.crypto;
  if (cryptoApi?.getRandomValues) return cryptoApi.getRandomValues(new Uint32Array(1))[0] ?? 0;
  return Math.floor(Math.random() * 4294967296) >>> 0;
}
