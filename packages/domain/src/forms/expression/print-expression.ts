import { type Expr, precedenceOf } from "./ast.ts";
import { numberText } from "./expression-values.ts";

function quoted(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"')) return `"${value}"`;
  // XPath strings have no escapes: a text holding both quotes can only be assembled.
  return `concat(${value
    .split("'")
    .map((part) => `'${part}'`)
    .join(`, "'", `)})`;
}

/** How tightly a node binds: binary operators by level, negation and primaries above them all. */
const binding = (node: Expr): number => (node.kind === "binary" ? precedenceOf(node.op) : 99);

function print(node: Expr): string {
  switch (node.kind) {
    case "number":
      return numberText(node.value);
    case "string":
      return quoted(node.value);
    case "ref":
      return `\${${node.name}}`;
    case "dot":
      return ".";
    case "column":
      return node.name;
    case "negate":
      return node.operand.kind === "binary" ? `-(${print(node.operand)})` : `-${print(node.operand)}`;
    case "binary": {
      const level = precedenceOf(node.op);
      const left = print(node.left);
      const right = print(node.right);
      // Operators group to the left, so a right operand of the same level needs parentheses.
      return `${binding(node.left) < level ? `(${left})` : left} ${node.op} ${binding(node.right) <= level ? `(${right})` : right}`;
    }
    case "call":
      return `${node.name}(${node.args.map(print).join(", ")})`;
  }
}

/**
 * Canonical source text of a parsed expression, with the fewest parentheses: parsing it gives the
 * same tree back (spans aside). The one exception is a text holding both ' and ", which XPath
 * cannot write as one literal: it comes back as a concat() of its pieces.
 */
export const printExpression = (ast: Expr): string => print(ast);
