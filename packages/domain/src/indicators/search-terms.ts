/**
 * Words of a library search, each with the forms worth trying. PostgreSQL's French stemmer
 * leaves some plurals alone (« emplois » stays « emplois » while « emploi » is « emploi »),
 * so a word ending in s or x is also tried without it.
 */
export function searchTermVariants(query: string): string[][] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ""))
    .filter((w) => w.length > 1)
    .slice(0, 12);
  return words.map((word) => {
    const singular = word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : null;
    return singular ? [word, singular] : [word];
  });
}
