// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these are XLSForm expressions, where ${name} is a reference to a question.
import fc from "fast-check";
import type { BinaryOp, Expr, ExprValue } from "../src/forms/expression/index.ts";
import { EXPRESSION_FUNCTION_NAMES } from "../src/forms/expression/index.ts";

const span = { start: 0, end: 0 };
const OPS: BinaryOp[] = ["or", "and", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "div", "mod"];

export const nameArb = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,12}$/);
/** Column names: a keyword operator as a bare name reads as a missing value, not as a column. */
const columnArb = nameArb.filter((name) => !["and", "or", "div", "mod"].includes(name));
const textArb = fc
  .oneof(fc.string(), fc.constantFrom("l'école", 'dire "oui"', "${a}", "x y", "2024-01-31", "3"))
  .filter((text) => !(text.includes("'") && text.includes('"')));
// Doubles stay moderate: the smallest and largest ones print as hundreds of digits, and a few in
// one tree would pass the length limit (they have their own unit test).
const numberArb = fc.oneof(
  fc.nat({ max: 1000 }),
  fc.double({ min: 0, max: 1e12, noNaN: true }).map(Math.abs),
  fc.constantFrom(0.1, 1e21, 1.5e-7, 1e-30, 2 ** 53 + 2),
);

/** Any well-formed tree the parser could produce (spans left empty). */
export const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    numberArb.map((value): Expr => ({ kind: "number", value, span })),
    textArb.map((value): Expr => ({ kind: "string", value, span })),
    nameArb.map((name): Expr => ({ kind: "ref", name, span })),
    fc.constant<Expr>({ kind: "dot", span }),
    columnArb.map((name): Expr => ({ kind: "column", name, span })),
    fc
      .record({ op: fc.constantFrom(...OPS), left: tie("expr"), right: tie("expr") })
      .map((node): Expr => ({ kind: "binary", ...node, span })),
    tie("expr").map((operand): Expr => ({ kind: "negate", operand, span })),
    fc
      .record({
        name: fc.oneof(fc.constantFrom(...EXPRESSION_FUNCTION_NAMES), nameArb),
        args: fc.array(tie("expr"), { maxLength: 4 }),
      })
      .map((node): Expr => ({ kind: "call", ...node, span })),
  ),
})).expr;

export const valueArb: fc.Arbitrary<ExprValue> = fc.oneof(
  fc.string(),
  fc.constantFrom("", "3", " 2.5 ", "2024-02-29", "x y", "true", "NaN"),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.array(fc.oneof(fc.string(), fc.constantFrom("a", "b", "1"))),
  fc
    .oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.string(),
    )
    .map((date) => ({
      date,
    })),
);

/** Source-like noise: mostly the language's own tokens, so the parser goes deep before failing. */
export const tokenSoupArb = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "${a}",
        "${",
        "}",
        "$",
        "(",
        ")",
        ",",
        ".",
        "'",
        '"',
        "'x'",
        '"y"',
        "1",
        "2.5",
        ".5",
        "-",
        "+",
        "*",
        "=",
        "==",
        "!=",
        "!",
        "<",
        "<=",
        ">",
        ">=",
        "<>",
        "&&",
        "||",
        "/",
        "and",
        "or",
        "div",
        "mod",
        "et",
        "AND",
        "selected",
        "count-selected",
        "jr:choice-name",
        "if",
        "nope",
        "county",
        "“",
        "é",
        "#",
      ),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 40 },
  )
  .chain((tokens) =>
    fc
      .array(fc.constantFrom("", " ", "\t", "\n"), { minLength: tokens.length, maxLength: tokens.length })
      .map((spaces) => tokens.map((token, i) => token + spaces[i]).join("")),
  );
