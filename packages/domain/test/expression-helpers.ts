import { expect } from "vitest";
import {
  type EvalEnv,
  type Expr,
  type ExprValue,
  evaluateExpression,
  parseExpression,
} from "../src/forms/expression/index.ts";

/** The tree without its spans, to compare shapes. */
export function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (node && typeof node === "object")
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => key !== "span")
        .map(([key, value]) => [key, strip(value)]),
    );
  return node;
}

export function parsed(source: string): Expr {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(`${source}: ${result.error.message.en}`);
  return result.ast;
}

export function parseError(source: string) {
  const result = parseExpression(source);
  expect(result.ok, source).toBe(false);
  if (result.ok) throw new Error("parsed");
  return result.error;
}

export const env = (
  values: Record<string, ExprValue | null> = {},
  extra: Partial<EvalEnv> = {},
): EvalEnv => ({
  lookup: (name) => values[name],
  today: () => "2024-06-15",
  now: () => "2024-06-15T10:30:00Z",
  ...extra,
});

export const run = (
  source: string,
  values: Record<string, ExprValue | null> = {},
  extra: Partial<EvalEnv> = {},
) => evaluateExpression(parsed(source), env(values, extra));
