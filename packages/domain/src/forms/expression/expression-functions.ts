import type { Expr } from "./ast.ts";
import type { EvalEnv } from "./eval-env.ts";
import { dateOfText, parseDateTime } from "./expression-dates.ts";
import { dateValue, type ExprValue, isExprDate, toBoolean, toNumber, toText } from "./expression-values.ts";

type Impl = (args: readonly ExprValue[], env: EvalEnv, nodes: readonly Expr[]) => ExprValue;

export interface ExpressionFunction {
  /** Fewest and most values it takes (`max` is Infinity for a list). */
  min: number;
  max: number;
  apply: Impl;
}

/** Beyond this, regex() answers false: the respondent types the text, and a bad pattern could backtrack for ever. */
export const MAX_REGEX_INPUT = 10_000;

const MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

/** The items of a multiple-choice value: its array, or its text split on spaces (ODK's storage). */
const items = (value: ExprValue): readonly string[] =>
  Array.isArray(value) ? value : toText(value).split(/\s+/).filter(Boolean);

const integerOr = (value: ExprValue | undefined, fallback: number): number => {
  const n = value === undefined ? Number.NaN : Math.trunc(toNumber(value));
  return Number.isNaN(n) ? fallback : n;
};

const numbersOf = (args: readonly ExprValue[]): number[] =>
  args.flatMap((arg) => (Array.isArray(arg) ? arg.map(toNumber) : [toNumber(arg)]));

function fold(args: readonly ExprValue[], start: number, step: (a: number, b: number) => number): number {
  const numbers = numbersOf(args);
  return numbers.length === 0 ? Number.NaN : numbers.reduce(step, start);
}

/** Half away from zero at `digits` decimals, done on the decimal text so that 1.005 rounds to 1.01. */
function round(value: number, digits: number): number {
  const shift = (n: number, by: number) => {
    const text = String(n);
    return text.includes("e") ? n * 10 ** by : Number(`${text}e${by}`);
  };
  const scaled = shift(Math.abs(value), digits);
  // NaN and infinities stay as they are, and so does a number asked for more digits than it has.
  if (!Number.isFinite(scaled)) return value;
  const rounded = shift(Math.round(scaled), -digits);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Day number (with a time fraction) of a date, a date or date-time text, or a number of days. */
function daysOfValue(value: ExprValue): number {
  if (typeof value === "number") return value;
  if (isExprDate(value)) return parseDateTime(value.date);
  const text = toText(value);
  const days = parseDateTime(text);
  return Number.isNaN(days) ? toNumber(text) : days;
}

function toDate(value: ExprValue): ExprValue {
  if (isExprDate(value)) return dateOfText(value.date) === undefined ? "" : value;
  if (typeof value === "number") return dateValue(value);
  const text = toText(value);
  const date = dateOfText(text);
  if (date !== undefined) return { date };
  const days = toNumber(text);
  return Number.isNaN(days) ? "" : dateValue(days);
}

function formatDate(value: ExprValue, format: string): string {
  const date = toDate(value);
  if (!isExprDate(date)) return "";
  const [year = "", month = "", day = ""] = date.date.split("-");
  const parts: Record<string, string> = {
    Y: year,
    y: year.slice(2),
    m: month,
    n: String(Number(month)),
    d: day,
    e: String(Number(day)),
    b: MONTHS.slice((Number(month) - 1) * 3, Number(month) * 3),
  };
  return format.replace(/%(.)/g, (whole, letter: string) =>
    letter === "%" ? "%" : (parts[letter] ?? whole),
  );
}

const patterns = new Map<string, RegExp | null>();
function pattern(source: string): RegExp | null {
  let compiled = patterns.get(source);
  if (compiled === undefined) {
    try {
      compiled = new RegExp(source);
    } catch {
      compiled = null;
    }
    if (patterns.size >= 64) patterns.clear();
    patterns.set(source, compiled);
  }
  return compiled;
}

/** The name in a text `${name}`, as jr:choice-name's second value is written in XLSForm. */
export const quotedReference = (text: string): string | undefined => /^\s*\$\{([^}]*)\}\s*$/.exec(text)?.[1];

function questionNamed(node: Expr | undefined, value: ExprValue | undefined): string {
  if (node?.kind === "ref") return node.name;
  const text = toText(value ?? "");
  return quotedReference(text) ?? text.trim();
}

const fn = (min: number, max: number, apply: Impl): ExpressionFunction => ({ min, max, apply });
const text1 = (f: (s: string) => ExprValue) => fn(1, 1, ([s = ""]) => f(toText(s)));
const text2 = (f: (s: string, t: string) => ExprValue) =>
  fn(2, 2, ([s = "", t = ""]) => f(toText(s), toText(t)));
const number1 = (f: (n: number) => number) => fn(1, 1, ([v = ""]) => f(toNumber(v)));

const FUNCTIONS: Record<string, ExpressionFunction> = {
  selected: fn(2, 2, ([v = "", x = ""]) => items(v).includes(toText(x).trim())),
  "count-selected": fn(1, 1, ([v = ""]) => items(v).length),
  "selected-at": fn(2, 2, ([v = "", n = ""]) => items(v)[integerOr(n, -1)] ?? ""),
  if: fn(3, 3, ([c = "", a = "", b = ""]) => (toBoolean(c) ? a : b)),
  coalesce: fn(2, 2, ([a = "", b = ""]) => (toText(a) === "" ? b : a)),
  concat: fn(1, Number.POSITIVE_INFINITY, (args) => args.map(toText).join("")),
  string: fn(1, 1, ([v = ""]) => toText(v)),
  number: number1((n) => n),
  int: number1(Math.trunc),
  round: fn(1, 2, ([v = "", digits]) => round(toNumber(v), integerOr(digits, 0))),
  "string-length": text1((s) => Array.from(s).length),
  substr: fn(2, 3, ([s = "", start = "", end]) => {
    const chars = Array.from(toText(s));
    return chars.slice(Math.max(0, integerOr(start, 0)), Math.max(0, integerOr(end, chars.length))).join("");
  }),
  contains: text2((s, t) => s.includes(t)),
  "starts-with": text2((s, t) => s.startsWith(t)),
  "ends-with": text2((s, t) => s.endsWith(t)),
  regex: text2((s, p) => s.length <= MAX_REGEX_INPUT && (pattern(p)?.test(s) ?? false)),
  "normalize-space": text1((s) => s.trim().replace(/\s+/g, " ")),
  not: fn(1, 1, ([v = ""]) => !toBoolean(v)),
  true: fn(0, 0, () => true),
  false: fn(0, 0, () => false),
  boolean: fn(1, 1, ([v = ""]) => toBoolean(v)),
  "boolean-from-string": text1((s) => s.trim() === "true" || s.trim() === "1"),
  min: fn(1, Number.POSITIVE_INFINITY, (args) =>
    fold(args, Number.POSITIVE_INFINITY, (a, b) => Math.min(a, b)),
  ),
  max: fn(1, Number.POSITIVE_INFINITY, (args) =>
    fold(args, Number.NEGATIVE_INFINITY, (a, b) => Math.max(a, b)),
  ),
  sum: fn(1, Number.POSITIVE_INFINITY, (args) => fold(args, 0, (a, b) => a + b)),
  abs: number1(Math.abs),
  pow: fn(2, 2, ([a = "", b = ""]) => toNumber(a) ** toNumber(b)),
  today: fn(0, 0, (_, env) => toDate(String(env.today()))),
  now: fn(0, 0, (_, env) => String(env.now())),
  date: fn(1, 1, ([v = ""]) => toDate(v)),
  "decimal-date-time": fn(1, 1, ([v = ""]) => daysOfValue(v)),
  "format-date": fn(2, 2, ([d = "", f = ""]) => formatDate(d, toText(f))),
  once: fn(1, 1, ([v = ""]) => v),
  "jr:choice-name": fn(2, 2, ([v = "", q], env, nodes) => {
    const value = toText(v);
    return env.choiceName?.(value, questionNamed(nodes[1], q)) ?? value;
  }),
};

/** Every function name, for the editor's completion. */
export const EXPRESSION_FUNCTION_NAMES: readonly string[] = Object.keys(FUNCTIONS);

export const expressionFunction = (name: string): ExpressionFunction | undefined =>
  Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
