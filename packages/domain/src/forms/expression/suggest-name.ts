/** Levenshtein distance, ignoring case (a wrong capital is the most common slip). */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= y.length; j += 1)
      next[j] = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[y.length] as number;
}

/** The known name closest to a mistyped one, if close enough to be what was meant. */
export function suggestName(name: string, known: Iterable<string>): string | undefined {
  // One-letter slips are told apart from a different short name: `a` is not a typo of `b`.
  const tolerance = name.length <= 2 ? 0 : name.length <= 4 ? 1 : name.length <= 7 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = tolerance + 1;
  for (const candidate of known) {
    const d = distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
