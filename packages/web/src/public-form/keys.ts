// Random keys (idempotency, progress session, choice order seed) and seeded choice orders.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** 24 characters of [A-Za-z0-9_-] from crypto.getRandomValues (144 bits). */
export function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(24)), (byte) => ALPHABET[byte & 63]).join("");
}

/** FNV-1a: a stable 32-bit number for a text. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The items in an order drawn from the respondent's seed and the question: each respondent gets
 * their own order, the same after a reload, and a filtered list keeps the relative order.
 */
export function seededOrder<T extends { value: string }>(
  items: readonly T[],
  seed: string,
  question: string,
): T[] {
  return items
    .map((item) => ({ item, rank: hash(`${seed}|${question}|${item.value}`) }))
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => entry.item);
}
