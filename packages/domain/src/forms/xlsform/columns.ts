import type { XlsformSheet } from "./types.ts";

/** A header the sheet's reader does not know: kept apart so that it is reported once, not per row. */
export const UNKNOWN_FIELD = "";

/** A header as understood: the field it holds and, for a translatable field, its language spec. */
export interface ParsedColumn {
  header: string;
  field: string;
  /** The text after `::` (`French (fr)`), null for the default language or an untranslated field. */
  languageSpec: string | null;
}

/** What a sheet's columns may hold. */
export interface SheetVocabulary {
  fields: ReadonlySet<string>;
  /** Fields that take a `::language` suffix. */
  translatable: ReadonlySet<string>;
}

// Spellings seen in the wild (pyxform's aliases and spaced variants) for the same column.
const ALIASES = new Map<string, string>([
  ["relevance", "relevant"],
  ["readonly", "read_only"],
  ["jr:constraintmsg", "constraint_message"],
  ["jr:requiredmsg", "required_message"],
  ["easyread", "easy_read"],
  ["falc", "easy_read"],
]);

export function parseHeader(header: string, vocabulary: SheetVocabulary): ParsedColumn {
  const parts = header.split("::").map((part) => part.trim());
  // `media::image::French (fr)` is `image::French (fr)`: the prefix is XLSForm's old spelling.
  if (parts.length > 1 && parts[0]?.toLowerCase() === "media") parts.shift();
  const base = (parts[0] ?? "").toLowerCase().replace(/\s+/g, "_");
  const field = ALIASES.get(base) ?? base;
  const languageSpec = parts.length > 1 ? parts.slice(1).join("::").trim() || null : null;
  if (!vocabulary.fields.has(field)) return { header, field: UNKNOWN_FIELD, languageSpec: null };
  if (languageSpec !== null && !vocabulary.translatable.has(field)) {
    return { header, field: UNKNOWN_FIELD, languageSpec: null };
  }
  return { header, field, languageSpec };
}

/** The sheet's headers, each once, in order; a blank header holds nothing readable. */
export function parseColumns(sheet: XlsformSheet | undefined, vocabulary: SheetVocabulary): ParsedColumn[] {
  if (!sheet || !Array.isArray(sheet.columns)) return [];
  const seen = new Set<string>();
  const columns: ParsedColumn[] = [];
  for (const header of sheet.columns) {
    if (typeof header !== "string" || header.trim() === "" || seen.has(header)) continue;
    seen.add(header);
    columns.push(parseHeader(header, vocabulary));
  }
  return columns;
}

/** A cell's text; `cells` comes from a file, so only its own keys count (never `constructor`). */
export function cellText(cells: Record<string, string> | undefined, header: string): string {
  if (!cells || typeof cells !== "object" || !Object.hasOwn(cells, header)) return "";
  const value = cells[header];
  return typeof value === "string" ? value.trim() : "";
}
