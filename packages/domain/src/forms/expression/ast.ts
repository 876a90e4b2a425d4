import type { SourceSpan } from "./expression-errors.ts";

/** XPath's binary operators, listed from the loosest to the tightest binding. */
export const PRECEDENCE_LEVELS: readonly (readonly BinaryOp[])[] = [
  ["or"],
  ["and"],
  ["=", "!="],
  ["<", "<=", ">", ">="],
  ["+", "-"],
  ["*", "div", "mod"],
];

export type BinaryOp = "or" | "and" | "=" | "!=" | "<" | "<=" | ">" | ">=" | "+" | "-" | "*" | "div" | "mod";

export const precedenceOf = (op: BinaryOp): number => PRECEDENCE_LEVELS.findIndex((ops) => ops.includes(op));

/**
 * A parsed expression. Plain JSON (a published questionnaire stores its expressions parsed, so
 * the public form needs no parser): no classes, no functions, no NaN. Parentheses leave no node,
 * since the tree's shape already says what they grouped.
 */
export type Expr =
  /** A literal number: finite and never negative (`-3` is a negation of 3). */
  | { kind: "number"; value: number; span: SourceSpan }
  | { kind: "string"; value: string; span: SourceSpan }
  /** `${name}`: another question's value. */
  | { kind: "ref"; name: string; span: SourceSpan }
  /** `.`: the value of the question the expression belongs to. */
  | { kind: "dot"; span: SourceSpan }
  /** A bare name: a column of the choice being filtered (choice_filter). */
  | { kind: "column"; name: string; span: SourceSpan }
  | { kind: "binary"; op: BinaryOp; left: Expr; right: Expr; span: SourceSpan }
  | { kind: "negate"; operand: Expr; span: SourceSpan }
  | { kind: "call"; name: string; args: Expr[]; span: SourceSpan };
