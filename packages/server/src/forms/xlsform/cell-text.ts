import type ExcelJS from "exceljs";

/** `1e21` and `1e-7` as a person would type them: XLSForm values are text, never JS notation. */
export function plainNumber(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * A cell as the text it shows: rich text flattened, a formula's cached result, a date as
 * YYYY-MM-DD (exceljs reads them as UTC), an error cell as nothing.
 */
export function cellText(value: ExcelJS.CellValue | unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return plainNumber(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (!isObject(value)) return "";
  if (Array.isArray(value.richText)) {
    return value.richText
      .map((run: unknown) => (isObject(run) && typeof run.text === "string" ? run.text : ""))
      .join("")
      .trim();
  }
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result);
  // A hyperlink shows its text, which may itself be rich text.
  if ("hyperlink" in value) return cellText(value.text);
  return "";
}
