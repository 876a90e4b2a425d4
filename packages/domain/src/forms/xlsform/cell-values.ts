/** XLSForm writes yes/no columns as yes, true, 1 or TRUE(); null is neither (an expression, a typo). */
export function parseFlag(text: string): boolean | null {
  const value = text.trim().toLowerCase();
  if (["yes", "true", "1", "true()", "oui", "vrai"].includes(value)) return true;
  if (["", "no", "false", "0", "false()", "non", "faux"].includes(value)) return false;
  return null;
}

export interface Parameters {
  entries: Map<string, string>;
  /** Pieces that are not `key=value`. */
  invalid: string[];
}

/** `start=0 end=10`, `randomize=true, seed=3`: pyxform accepts spaces, commas and semicolons between pairs. */
export function parseParameters(text: string): Parameters {
  const entries = new Map<string, string>();
  const invalid: string[] = [];
  const pieces = text
    .replace(/\s*=\s*/g, "=")
    .split(/[\s,;]+/)
    .filter(Boolean);
  for (const piece of pieces) {
    const at = piece.indexOf("=");
    if (at <= 0) invalid.push(piece);
    else entries.set(piece.slice(0, at).toLowerCase(), piece.slice(at + 1));
  }
  return { entries, invalid };
}

export function appearanceTokens(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The appearance without the words Ricochet turns into structure (`multiline`, `likert`…). */
export function appearanceWithout(tokens: readonly string[], ...structural: string[]): string | undefined {
  const rest = tokens.filter((token) => !structural.includes(token.toLowerCase()));
  return rest.length > 0 ? rest.join(" ") : undefined;
}

export function hasToken(tokens: readonly string[], token: string): boolean {
  return tokens.some((each) => each.toLowerCase() === token);
}

/** Indicator ids, space or comma separated, each once. */
export function parseIndicatorIds(text: string): string[] | undefined {
  const ids = [...new Set(text.split(/[\s,]+/).filter(Boolean))];
  return ids.length > 0 ? ids : undefined;
}
