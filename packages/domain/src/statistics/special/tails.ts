/**
 * A probability and its complement, each computed directly: subtracting a small tail from 1
 * loses it, so functions return both and callers pick the one they need.
 */
export interface Tails {
  readonly lower: number;
  readonly upper: number;
}

export function tails(lower: number, upper: number): Tails {
  return { lower, upper };
}
