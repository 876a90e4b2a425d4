/**
 * Words of a library search, each with the forms worth trying. PostgreSQL's French stemmer
 * leaves some plurals alone (« emplois » stays « emplois » while « emploi » is « emploi »),
 * so a word ending in s or x is also tried without it.
 */
/** Words too common to search on: PostgreSQL drops them from the index, so they would never match. */
const STOP_WORDS = new Set(
  "le la les l de des du d en et a à au aux un une pour par sur dans avec sans ou qui que ne pas se sa son ses leur leurs ce cette ces est sont the of and in to for an on with or by is are".split(
    " ",
  ),
);

export function searchTermVariants(query: string): string[][] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ""))
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .slice(0, 12);
  return words.map((word) => {
    const singular = word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : null;
    return singular ? [word, singular] : [word];
  });
}
