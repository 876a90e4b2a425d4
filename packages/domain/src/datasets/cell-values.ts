import type { Bilingual } from "../i18n/locale.ts";

// Reading one cell of an organisation's spreadsheet the way a French user wrote it: decimal
// comma or point, dd/mm/yyyy or ISO dates (or Excel's serial days), oui/non. Each reader answers
// a value or why it cannot.

export type DecimalSeparator = "," | ".";
export type DateFormat = "dd/mm/yyyy" | "yyyy-mm-dd" | "dd-mm-yyyy" | "excel_serial";

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: Bilingual };

const fail = (fr: string, en: string): { ok: false; message: Bilingual } => ({
  ok: false,
  message: { fr, en },
});

/** Spaces (including the narrow no-break space French number formats use) are grouping only. */
const GROUPING = /[\s\u00a0\u202f]/g;

export function readNumber(raw: string, separator: DecimalSeparator): CellResult<number> {
  let text = raw.trim().replace(GROUPING, "");
  if (text.endsWith("%")) text = text.slice(0, -1);
  if (separator === ",") text = text.replace(/\.(?=\d{3}(\D|$))/g, "").replace(",", ".");
  else text = text.replace(/,(?=\d{3}(\D|$))/g, "");
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text))
    return fail(`« ${raw} » n'est pas un nombre.`, `“${raw}” is not a number.`);
  const value = Number(text);
  return Number.isFinite(value)
    ? { ok: true, value }
    : fail(`« ${raw} » est hors limites.`, `“${raw}” is out of range.`);
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

export function readDate(raw: string, format: DateFormat): CellResult<string> {
  const text = raw.trim();
  const bad = () =>
    fail(
      `« ${raw} » n'est pas une date (${format.toUpperCase()}).`,
      `“${raw}” is not a date (${format.toUpperCase()}).`,
    );
  if (format === "excel_serial") {
    const iso = /^\d+(\.\d+)?$/.test(text) ? excelSerialToIso(Number(text)) : null;
    return iso ? { ok: true, value: iso } : bad();
  }
  const pattern =
    format === "yyyy-mm-dd"
      ? /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/
      : format === "dd/mm/yyyy"
        ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: .*)?$/
        : /^(\d{1,2})-(\d{1,2})-(\d{4})(?: .*)?$/;
  const match = pattern.exec(text);
  if (!match) return bad();
  const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const iso = format === "yyyy-mm-dd" ? isoDate(a, b, c) : isoDate(c, b, a);
  return iso ? { ok: true, value: iso } : bad();
}

const TRUE_WORDS = new Set(["oui", "o", "yes", "y", "vrai", "true", "1", "x"]);
const FALSE_WORDS = new Set(["non", "n", "no", "faux", "false", "0"]);

export function readBoolean(raw: string): CellResult<boolean> {
  const word = raw
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
  if (TRUE_WORDS.has(word)) return { ok: true, value: true };
  if (FALSE_WORDS.has(word)) return { ok: true, value: false };
  return fail(`« ${raw} » : oui ou non attendu.`, `“${raw}”: yes or no expected.`);
}

/** A cell a spreadsheet would run as a formula: refused on import (its value is unknown). */
export function isFormulaCell(raw: string): boolean {
  return /^=[A-Za-z]/.test(raw.trim());
}
