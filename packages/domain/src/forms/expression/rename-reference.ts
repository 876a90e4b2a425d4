/**
 * Renames `${from}` to `${to}` in an expression's source, byte for byte otherwise (the author's
 * spacing and quotes are kept). A `${from}` inside a quoted text is renamed too: XLSForm treats
 * it as a reference there as well, as in jr:choice-name(${q}, '${q}'). Works on any source, even
 * one that does not parse, since `${` can only begin a reference or sit inside a text.
 */
export const renameReference = (source: string, from: string, to: string): string =>
  source.split(`\${${from}}`).join(`\${${to}}`);
