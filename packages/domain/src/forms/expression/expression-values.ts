import { civilDays, daysToDate } from "./expression-dates.ts";

/** A date value (a date question's answer, today(), date(…)). */
export type ExprDate = { readonly date: string };

/**
 * What an expression computes with. An array is a multiple-choice or ranking answer, in order.
 * There is no null: as in ODK, an unanswered question reads as the empty text "".
 */
export type ExprValue = string | number | boolean | ExprDate | readonly string[];

const XPATH_NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isExprDate = (value: unknown): value is ExprDate =>
  typeof value === "object" && value !== null && typeof (value as ExprDate).date === "string";

/** Day number of a `YYYY-MM-DD` text; NaN for anything else. */
export function daysOf(text: string): number {
  const m = ISO_DATE.exec(text.trim());
  return m ? civilDays(Number(m[1]), Number(m[2]), Number(m[3])) : Number.NaN;
}

/** Any value an environment hands over, made an ExprValue (null, undefined and objects read as ""). */
export function normalizeValue(value: unknown): ExprValue {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value))
    return value.every((item) => typeof item === "string")
      ? (value as string[])
      : value.map((item) => toText(normalizeValue(item)));
  return isExprDate(value) ? value : "";
}

export function toBoolean(value: ExprValue): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0 && !Number.isNaN(value);
  if (typeof value === "string" || Array.isArray(value)) return value.length > 0;
  return isExprDate(value);
}

export function toNumber(value: ExprValue): number {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") {
    const text = value.trim();
    return XPATH_NUMBER.test(text) ? Number(text) : Number.NaN;
  }
  if (Array.isArray(value)) return value.length === 1 ? toNumber(value[0] as string) : Number.NaN;
  return isExprDate(value) ? daysOf(value.date) : Number.NaN;
}

/** A number as XPath writes it: never in exponent notation, integers without decimals. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? "NaN" : n > 0 ? "Infinity" : "-Infinity";
  const sign = n < 0 ? "-" : "";
  const text = String(Math.abs(n));
  const e = text.indexOf("e");
  if (e < 0) return sign + text;
  const mantissa = text.slice(0, e);
  const digits = mantissa.replace(".", "");
  const dot = mantissa.indexOf(".");
  const point = (dot < 0 ? mantissa.length : dot) + Number(text.slice(e + 1));
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

export function toText(value: ExprValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  // ODK's own text of a multiple-choice answer: its values separated by spaces.
  if (Array.isArray(value)) return value.join(" ");
  return isExprDate(value) ? value.date : "";
}

/** A date-or-number reading: with dates around, texts like `2024-05-01` are dates too. */
function numericPair(a: ExprValue, b: ExprValue, datesOnly: boolean): [number, number] {
  const dates =
    isExprDate(a) ||
    isExprDate(b) ||
    (datesOnly &&
      typeof a === "string" &&
      typeof b === "string" &&
      ISO_DATE.test(a.trim()) &&
      ISO_DATE.test(b.trim()));
  const read = (v: ExprValue) =>
    dates && typeof v === "string" && ISO_DATE.test(v.trim()) ? daysOf(v) : toNumber(v);
  return [read(a), read(b)];
}

/** XPath 1.0 comparison, `=` and `!=` on texts by text, everything else by number (NaN never equal). */
export function compareValues(op: "=" | "!=" | "<" | "<=" | ">" | ">=", a: ExprValue, b: ExprValue): boolean {
  if (op === "=" || op === "!=") {
    let equal: boolean;
    if (typeof a === "boolean" || typeof b === "boolean") equal = toBoolean(a) === toBoolean(b);
    else if (typeof a === "number" || typeof b === "number" || isExprDate(a) || isExprDate(b)) {
      const [x, y] = numericPair(a, b, false);
      equal = x === y;
    } else equal = toText(a) === toText(b);
    return op === "=" ? equal : !equal;
  }
  const [x, y] = numericPair(a, b, true);
  if (op === "<") return x < y;
  if (op === "<=") return x <= y;
  return op === ">" ? x > y : x >= y;
}

/** Arithmetic operands: a date minus a date-like text counts days, as in ODK. */
export const arithmeticPair = (a: ExprValue, b: ExprValue): [number, number] => numericPair(a, b, false);

/** A day number as a date value, "" when it is not one. */
export function dateValue(days: number): ExprValue {
  const date = daysToDate(days);
  return date === undefined ? "" : { date };
}
