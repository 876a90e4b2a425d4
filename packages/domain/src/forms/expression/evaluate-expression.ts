import type { Expr } from "./ast.ts";
import type { EvalEnv } from "./eval-env.ts";
import { expressionFunction } from "./expression-functions.ts";
import {
  arithmeticPair,
  compareValues,
  type ExprValue,
  normalizeValue,
  toBoolean,
  toNumber,
} from "./expression-values.ts";

function arithmetic(op: string, a: ExprValue, b: ExprValue): ExprValue {
  const [x, y] = arithmeticPair(a, b);
  if (op === "+") return x + y;
  if (op === "-") return x - y;
  if (op === "*") return x * y;
  if (op === "div") return x / y;
  return op === "mod" ? x % y : "";
}

function evaluate(node: Expr, env: EvalEnv): ExprValue {
  switch (node.kind) {
    case "number":
      return typeof node.value === "number" ? node.value : Number.NaN;
    case "string":
      return String(node.value);
    case "ref":
      return normalizeValue(env.lookup(node.name));
    case "dot":
      return normalizeValue(env.dot);
    case "column":
      return normalizeValue(env.column?.(node.name));
    case "negate":
      return -toNumber(evaluate(node.operand, env));
    case "binary": {
      const { op } = node;
      const left = evaluate(node.left, env);
      if (op === "or") return toBoolean(left) || toBoolean(evaluate(node.right, env));
      if (op === "and") return toBoolean(left) && toBoolean(evaluate(node.right, env));
      const right = evaluate(node.right, env);
      if (op === "=" || op === "!=" || op === "<" || op === "<=" || op === ">" || op === ">=")
        return compareValues(op, left, right);
      return arithmetic(op, left, right);
    }
    case "call": {
      const f = expressionFunction(node.name);
      if (!f) return "";
      return normalizeValue(
        f.apply(
          node.args.map((arg) => evaluate(arg, env)),
          env,
          node.args,
        ),
      );
    }
    default:
      return "";
  }
}

/**
 * The value of a parsed expression. Never throws: an unknown function, a malformed tree, an
 * environment that throws or a tree too deep for the stack all give "" — the value of an
 * unanswered question — so that a broken rule hides a question rather than breaking the form.
 */
export function evaluateExpression(ast: Expr, env: EvalEnv): ExprValue {
  try {
    return normalizeValue(evaluate(ast, env));
  } catch {
    return "";
  }
}
