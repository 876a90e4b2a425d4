// Numbers as respondents type them: "12,5" (French decimal comma), "1 200", "-3". The raw text is
// kept while typing; the answer is the number when the text reads as one, else the text itself
// (which the runtime's checks then report as "a number is expected").

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function numberFromText(text: string, integer: boolean): number | string | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "");
  if (compact === "") return undefined;
  const normalised = compact.replace(",", ".");
  if (!(integer ? INTEGER : DECIMAL).test(normalised)) return text.trim();
  const value = Number(normalised);
  return Number.isFinite(value) ? value : text.trim();
}

/** How a stored number shows in a field: with a decimal comma in French. */
export function textOfNumber(value: unknown, language: string): string {
  if (typeof value === "number")
    return language.startsWith("fr") ? String(value).replace(".", ",") : String(value);
  return typeof value === "string" ? value : "";
}
