// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these are XLSForm expressions, where ${name} is a reference to a question.
import { describe, expect, it } from "vitest";
import {
  MAX_EXPRESSION_DEPTH,
  MAX_EXPRESSION_LENGTH,
  parseExpression,
  printExpression,
} from "../src/forms/expression/index.ts";
import { parsed, parseError, strip } from "./expression-helpers.ts";

const shape = (source: string) => printExpression(parsed(source));
const num = (value: number) => ({ kind: "number", value });
const ref = (name: string) => ({ kind: "ref", name });

describe("parsing", () => {
  it("reads literals, references, the dot and columns", () => {
    expect(strip(parsed("3"))).toEqual(num(3));
    expect(strip(parsed("2.5"))).toEqual(num(2.5));
    expect(strip(parsed(".5"))).toEqual(num(0.5));
    expect(strip(parsed("3."))).toEqual(num(3));
    expect(strip(parsed("'oui'"))).toEqual({ kind: "string", value: "oui" });
    expect(strip(parsed(`"l'école"`))).toEqual({ kind: "string", value: "l'école" });
    expect(strip(parsed(`'dire "oui"'`))).toEqual({ kind: "string", value: 'dire "oui"' });
    expect(strip(parsed("${age_1.x-y}"))).toEqual(ref("age_1.x-y"));
    expect(strip(parsed("."))).toEqual({ kind: "dot" });
    expect(strip(parsed("county"))).toEqual({ kind: "column", name: "county" });
  });

  it("gives every node its span in the source", () => {
    const ast = parsed("  ${a} + count-selected( ${b} )");
    expect(ast.span).toEqual({ start: 2, end: 31 });
    if (ast.kind !== "binary") throw new Error("binary expected");
    expect(ast.left.span).toEqual({ start: 2, end: 6 });
    expect(ast.right.span).toEqual({ start: 9, end: 31 });
    if (ast.right.kind !== "call") throw new Error("call expected");
    expect(ast.right.args[0]?.span).toEqual({ start: 25, end: 29 });
  });

  it("follows XPath precedence, lowest first: or, and, = !=, < <= > >=, + -, * div mod, unary -", () => {
    expect(shape("1 + 2 * 3")).toBe("1 + 2 * 3");
    expect(strip(parsed("1 + 2 * 3"))).toEqual({
      kind: "binary",
      op: "+",
      left: num(1),
      right: { kind: "binary", op: "*", left: num(2), right: num(3) },
    });
    expect(strip(parsed("${a} or ${b} and ${c}"))).toMatchObject({ op: "or", right: { op: "and" } });
    expect(strip(parsed("${a} = 1 and ${b} != 2"))).toMatchObject({
      op: "and",
      left: { op: "=" },
      right: { op: "!=" },
    });
    expect(strip(parsed("${a} = ${b} < 3"))).toMatchObject({ op: "=", right: { op: "<" } });
    expect(strip(parsed("${a} < ${b} + 1"))).toMatchObject({ op: "<", right: { op: "+" } });
    expect(strip(parsed("1 - 2 mod 3"))).toMatchObject({ op: "-", right: { op: "mod" } });
    expect(strip(parsed("-${a} * 2"))).toMatchObject({
      op: "*",
      left: { kind: "negate", operand: ref("a") },
    });
    expect(strip(parsed("- -3"))).toEqual({ kind: "negate", operand: { kind: "negate", operand: num(3) } });
  });

  it("groups operators of one level to the left, and parentheses override", () => {
    expect(strip(parsed("1 - 2 - 3"))).toMatchObject({ op: "-", left: { op: "-" }, right: num(3) });
    expect(strip(parsed("8 div 4 div 2"))).toMatchObject({ op: "div", left: { op: "div" } });
    expect(strip(parsed("1 - (2 - 3)"))).toMatchObject({ op: "-", left: num(1), right: { op: "-" } });
    expect(strip(parsed("(1 + 2) * 3"))).toMatchObject({ op: "*", left: { op: "+" } });
    expect(shape("((1 + 2)) * (3)")).toBe("(1 + 2) * 3");
  });

  it("reads keyword operators only in lower case, and names with - . and a jr: prefix", () => {
    expect(strip(parsed("5div 2"))).toMatchObject({ op: "div" });
    expect(strip(parsed("a-b"))).toEqual({ kind: "column", name: "a-b" });
    expect(strip(parsed("a - b"))).toMatchObject({ op: "-" });
    expect(strip(parsed("jr:choice-name(${a}, '${a}')"))).toMatchObject({
      kind: "call",
      name: "jr:choice-name",
    });
    expect(strip(parsed("count-selected (${m})"))).toMatchObject({ kind: "call", name: "count-selected" });
    expect(strip(parsed("true()"))).toEqual({ kind: "call", name: "true", args: [] });
  });

  it("prints numbers without exponents, so that they read back exactly", () => {
    for (const value of [0, 0.1, 1 / 3, 1e21, 1.5e-7, 5e-324, Number.MAX_VALUE, 2 ** 53 + 2]) {
      const source = printExpression({ kind: "number", value, span: { start: 0, end: 0 } });
      expect(source).not.toMatch(/e/i);
      expect(strip(parsed(source))).toEqual(num(value));
    }
  });

  it("prints a text holding both quotes as a concat()", () => {
    const source = printExpression({ kind: "string", value: `l'"x"'`, span: { start: 0, end: 0 } });
    expect(source).toBe(`concat('l', "'", '"x"', "'", '')`);
  });

  it("accepts whitespace of any kind between tokens", () => {
    expect(shape("\t${a}\n>=\r\n3  and\tselected( ${c} ,'x' )")).toBe("${a} >= 3 and selected(${c}, 'x')");
  });
});

describe("parse errors", () => {
  it("says the expression is empty", () => {
    for (const source of ["", "   \n"]) {
      const error = parseError(source);
      expect(error.message).toEqual({ fr: "L'expression est vide.", en: "The expression is empty." });
      expect(error.span).toEqual({ start: 0, end: source.length });
    }
  });

  it("points at an unclosed parenthesis or function", () => {
    expect(parseError("(${a} + 1")).toMatchObject({
      message: { fr: expect.stringContaining("jamais fermée"), en: expect.stringContaining("never closed") },
      span: { start: 0, end: 1 },
    });
    expect(parseError("1 + count-selected(${a}")).toMatchObject({
      message: { fr: expect.stringContaining("count-selected( n'est jamais fermée") },
      span: { start: 4, end: 19 },
    });
  });

  it("points at an unexpected token", () => {
    expect(parseError("${a} + )")).toEqual({
      message: { fr: "Il manque une valeur avant « ) ».", en: "A value is missing before “)”." },
      span: { start: 7, end: 8 },
    });
    expect(parseError("1 + 2)")).toMatchObject({
      message: { en: "This closing parenthesis “)” has no matching opening parenthesis." },
      span: { start: 5, end: 6 },
    });
    expect(parseError("${a} ${b}")).toMatchObject({
      message: {
        fr: expect.stringContaining("« ${b} » est inattendu ici"),
        en: expect.stringContaining("operator"),
      },
      span: { start: 5, end: 9 },
    });
    expect(parseError("if(1 2, 3)").message.en).toContain("a comma or an operator");
    expect(parseError("()").message.fr).toBe("Il n'y a rien entre ces parenthèses.");
    expect(parseError("1, 2").message.fr).toContain("Virgule inattendue");
    expect(parseError("= 2").span).toEqual({ start: 0, end: 1 });
    expect(parseError("${a} and or ${b}").span).toEqual({ start: 9, end: 11 });
  });

  it("says what is missing at the end", () => {
    expect(parseError("${a} >")).toEqual({
      message: {
        fr: "L'expression est incomplète : il manque une valeur après « > ».",
        en: "The expression is incomplete: a value is missing after “>”.",
      },
      span: { start: 5, end: 6 },
    });
    expect(parseError("selected(${a},").span).toEqual({ start: 13, end: 14 });
  });

  it("reports an unterminated text from its opening quote", () => {
    expect(parseError("${a} = 'oui")).toMatchObject({
      message: {
        fr: expect.stringContaining("n'est pas fermé"),
        en: expect.stringContaining("is not closed"),
      },
      span: { start: 7, end: 11 },
    });
  });

  it("explains an apostrophe that ends a text early", () => {
    expect(parseError("${a} = 'l'école'")).toMatchObject({
      message: {
        fr: expect.stringContaining(`"l'école"`),
        en: expect.stringContaining("ends the text too early"),
      },
      span: { start: 9, end: 10 },
    });
    expect(strip(parsed("'a'and 'b'"))).toMatchObject({ op: "and" });
  });

  it("reports ${ without } and malformed references", () => {
    expect(parseError("${age > 3")).toEqual({
      message: {
        fr: "« ${age » n'est pas fermé : il manque « } » après le nom de la question.",
        en: "“${age” is not closed: “}” is missing after the question name.",
      },
      span: { start: 0, end: 5 },
    });
    expect(parseError("1 + ${}").span).toEqual({ start: 4, end: 7 });
    expect(parseError("${ age }").message.fr).toBe("Pas d'espace entre les accolades : écrivez ${age}.");
    expect(parseError("${âge}").message.fr).toContain("n'est pas un nom de question valide");
    expect(parseError(`\${${"a".repeat(65)}}`).message.en).toContain("64 characters at most");
    expect(parseError("$age").message.en).toContain("braces");
  });

  it("suggests the XPath way for habits from other languages", () => {
    const cases: Array<[string, string, string, number]> = [
      ["${a} == 2", "un seul « = »", "a single “=”", 5],
      ["${a} && ${b}", "« and »", "“and”", 5],
      ["${a} || ${b}", "« or »", "“or”", 5],
      ["!${a}", "not(…)", "not(…)", 0],
      ["${a} ! 2", "« != »", "“!=”", 5],
      ["${a} <> 2", "« != »", "“!=”", 5],
      ["${a} / 2", "« div »", "“div”", 5],
      ["${a} % 2", "« mod »", "“mod”", 5],
      ["${a} = 1 et ${b} = 2", "« and »", "“and”", 9],
      ["${a} = 1 ou ${b} = 2", "« or »", "“or”", 9],
      ["${a} = 1 AND ${b} = 2", "minuscules", "lowercase", 9],
      ["${a} = “oui”", "guillemets typographiques", "Typographic quotes", 7],
      ["${a} # 2", "Caractère « # » inattendu.", "Unexpected character “#”.", 5],
    ];
    for (const [source, fr, en, start] of cases) {
      const error = parseError(source);
      expect(error.message.fr, source).toContain(fr);
      expect(error.message.en, source).toContain(en);
      expect(error.span.start, source).toBe(start);
    }
  });

  it("reports the first problem in reading order", () => {
    expect(parseError("(1 + 'open").span.start).toBe(5);
    expect(parseError("1 2 'open").span.start).toBe(2);
  });

  it("refuses a too long or too deeply nested expression without overflowing the stack", () => {
    const long = parseError("1".repeat(MAX_EXPRESSION_LENGTH + 1));
    expect(long.message.en).toContain("too long");
    expect(long.span).toEqual({ start: MAX_EXPRESSION_LENGTH, end: MAX_EXPRESSION_LENGTH + 1 });
    expect(
      parseError(`${"(".repeat(MAX_EXPRESSION_DEPTH + 1)}1${")".repeat(MAX_EXPRESSION_DEPTH + 1)}`).message
        .en,
    ).toContain("nested too deeply");
    expect(parseError(`${"-".repeat(1000)}1`).message.fr).toContain("trop imbriquée");
    expect(parseError(`${"not(".repeat(500)}1${")".repeat(500)}`).span).toEqual({ start: 403, end: 404 });
    expect(
      parseExpression(`${"(".repeat(MAX_EXPRESSION_DEPTH)}1${")".repeat(MAX_EXPRESSION_DEPTH)}`).ok,
    ).toBe(true);
    expect(parseExpression(Array(1500).fill("1").join("+")).ok).toBe(true);
  });

  it("refuses a number too large to be a number", () => {
    expect(parseError("1".repeat(400)).message.en).toBe("This number is too large.");
  });
});
