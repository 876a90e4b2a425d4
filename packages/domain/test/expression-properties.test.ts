import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type EvalEnv,
  type Expr,
  type ExprValue,
  evaluateExpression,
  expressionReferences,
  parseExpression,
  printExpression,
  renameReference,
} from "../src/forms/expression/index.ts";
import { exprArb, nameArb, tokenSoupArb, valueArb } from "./expression-arbitraries.ts";
import { strip } from "./expression-helpers.ts";

const isExprValue = (value: unknown): value is ExprValue =>
  typeof value === "string" ||
  typeof value === "number" ||
  typeof value === "boolean" ||
  (Array.isArray(value) && value.every((item) => typeof item === "string")) ||
  (typeof value === "object" && value !== null && typeof (value as { date: unknown }).date === "string");

/** The tree with `${from}` renamed, as renameReference promises for the source text. */
function renamed(node: Expr, from: string, to: string): Expr {
  switch (node.kind) {
    case "ref":
      return node.name === from ? { ...node, name: to } : node;
    case "string":
      return { ...node, value: node.value.split(`\${${from}}`).join(`\${${to}}`) };
    case "negate":
      return { ...node, operand: renamed(node.operand, from, to) };
    case "binary":
      return { ...node, left: renamed(node.left, from, to), right: renamed(node.right, from, to) };
    case "call":
      return { ...node, args: node.args.map((arg) => renamed(arg, from, to)) };
    default:
      return node;
  }
}

describe("expression properties", () => {
  it("parseExpression never throws, and an error's span lies within the source", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), tokenSoupArb), (source) => {
        const result = parseExpression(source);
        if (result.ok) return;
        const { span, message } = result.error;
        expect(0 <= span.start && span.start <= span.end && span.end <= source.length).toBe(true);
        expect(message.fr.length).toBeGreaterThan(0);
        expect(message.en.length).toBeGreaterThan(0);
        expect(message.fr).not.toBe("L'expression n'a pas pu être lue.");
      }),
      { numRuns: 2000 },
    );
  });

  it("printing then parsing gives the same tree back", () => {
    fc.assert(
      fc.property(exprArb, (ast) => {
        const source = printExpression(ast);
        const result = parseExpression(source);
        if (!result.ok) throw new Error(`${source}: ${result.error.message.en}`);
        expect(strip(result.ast)).toEqual(strip(ast));
        expect(printExpression(result.ast)).toBe(source);
      }),
      { numRuns: 1000 },
    );
  });

  it("evaluateExpression never throws and always gives a value", () => {
    const envArb = fc.record({
      values: fc.dictionary(nameArb, valueArb),
      dot: fc.option(valueArb),
      today: fc.oneof(fc.constant("2024-06-15"), fc.string()),
      throws: fc.boolean(),
    });
    fc.assert(
      fc.property(exprArb, envArb, (ast, { values, dot, today, throws }) => {
        const env: EvalEnv = {
          lookup: (name) => (Object.hasOwn(values, name) ? values[name] : undefined),
          dot,
          column: (name) => (throws && name.length > 5 ? (undefined as never as string).trim() : name),
          today: () => today,
          now: () => `${today}T12:00:00Z`,
          choiceName: (value) => (throws ? null! : value.toUpperCase()),
        };
        expect(isExprValue(evaluateExpression(ast, env))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("evaluateExpression survives malformed trees and hostile environments", () => {
    const hostile = {
      lookup: () => ({ nested: { object: true } }) as never,
      dot: [1, null, { date: 3 }] as never,
      today: () => {
        throw new Error("no clock");
      },
      now: () => "x",
    } satisfies EvalEnv;
    const deep = Array.from({ length: 100_000 }).reduce<Expr>(
      (operand) => ({ kind: "negate", operand, span: { start: 0, end: 0 } }),
      { kind: "number", value: 1, span: { start: 0, end: 0 } },
    );
    for (const ast of [
      null,
      {},
      { kind: "binary", op: "??" },
      { kind: "call", name: "concat", args: null },
      { kind: "call", name: "today", args: [] },
      { kind: "number", value: "3" },
      { kind: "string", value: { toString: null } },
      { kind: "ref", name: "x" },
      { kind: "dot" },
      deep,
    ])
      expect(isExprValue(evaluateExpression(ast as Expr, hostile))).toBe(true);
  });

  it("renaming a reference in the source renames it in the tree and nowhere else", () => {
    const caseArb = exprArb.chain((ast) => {
      const names = expressionReferences(ast);
      return fc.record({
        ast: fc.constant(ast),
        from: names.length > 0 ? fc.oneof(fc.constantFrom(...names), nameArb) : nameArb,
        to: nameArb,
      });
    });
    fc.assert(
      fc.property(caseArb, ({ ast, from, to }) => {
        const result = parseExpression(renameReference(printExpression(ast), from, to));
        if (!result.ok) throw new Error(result.error.message.en);
        expect(strip(result.ast)).toEqual(strip(renamed(ast, from, to)));
      }),
      { numRuns: 1000 },
    );
  });
});
