// How a CSV file is written: which delimiter (French Excel uses « ; », others « , » or a tab).
// Chosen as the one that splits the first lines into the same number of fields, most of them.

export const CSV_DELIMITERS = [";", ",", "\t", "|"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Field counts per line for one delimiter, quotes respected (a quoted delimiter does not split). */
function fieldCounts(text: string, delimiter: string, maxLines: number): number[] {
  const counts: number[] = [];
  let fields = 1;
  let quoted = false;
  let lineHasContent = false;
  for (let i = 0; i < text.length && counts.length < maxLines; i += 1) {
    const c = text[i];
    if (c === '"') {
      if (quoted && text[i + 1] === '"') i += 1;
      else quoted = !quoted;
      lineHasContent = true;
    } else if (!quoted && c === delimiter) {
      fields += 1;
      lineHasContent = true;
    } else if (!quoted && (c === "\n" || c === "\r")) {
      if (c === "\r" && text[i + 1] === "\n") i += 1;
      if (lineHasContent) counts.push(fields);
      fields = 1;
      lineHasContent = false;
    } else lineHasContent = true;
  }
  if (lineHasContent && counts.length < maxLines) counts.push(fields);
  return counts;
}

export function detectDelimiter(text: string, maxLines = 50): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: ";", score: -1 };
  for (const delimiter of CSV_DELIMITERS) {
    const counts = fieldCounts(text, delimiter, maxLines);
    const header = counts[0] ?? 1;
    if (header < 2) continue;
    // Lines agreeing with the header, weighted by how many columns they make.
    const agreeing = counts.filter((n) => n === header).length;
    const score = (agreeing / counts.length) * 1000 + Math.min(header, 100);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}
