// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these are XLSForm expressions, where ${name} is a reference to a question.
import { describe, expect, it } from "vitest";
import {
  checkExpression,
  type ExpressionScope,
  expressionReferences,
  renameReference,
  type ValueKind,
  validateExpression,
} from "../src/forms/expression/index.ts";
import { parsed } from "./expression-helpers.ts";

const names = new Map<string, ValueKind>([
  ["age", "number"],
  ["commune", "choice"],
  ["activites", "choices"],
  ["naissance", "date"],
]);
const scope: ExpressionScope = { names };

describe("checking an expression against the questionnaire", () => {
  it("accepts a valid expression", () => {
    expect(validateExpression("${age} > 3 and selected(${activites}, 'sport')", scope)).toEqual([]);
    expect(checkExpression(parsed("jr:choice-name(${commune}, '${commune}')"), scope)).toEqual([]);
  });

  it("names an unknown question, suggesting the closest one", () => {
    expect(validateExpression("${agee} > 3", scope)).toEqual([
      {
        message: {
          fr: "La question « agee » n'existe pas dans ce questionnaire. Vouliez-vous dire ${age} ?",
          en: "There is no question “agee” in this questionnaire. Did you mean ${age}?",
        },
        span: { start: 0, end: 7 },
      },
    ]);
    expect(validateExpression("${Commune} = 'x'", scope)[0]?.message.en).toContain(
      "Did you mean ${commune}?",
    );
    expect(validateExpression("${zzz} = 1", scope)[0]?.message).toEqual({
      fr: "La question « zzz » n'existe pas dans ce questionnaire.",
      en: "There is no question “zzz” in this questionnaire.",
    });
    expect(validateExpression("jr:choice-name(${commune}, '${comune}')", scope)[0]).toMatchObject({
      message: { fr: expect.stringContaining("Vouliez-vous dire ${commune} ?") },
      span: { start: 27, end: 38 },
    });
  });

  it("names an unknown function, suggesting the closest one", () => {
    expect(validateExpression("count_selected(${activites}) > 1", scope)).toEqual([
      {
        message: {
          fr: "La fonction « count_selected » n'existe pas. Vouliez-vous dire count-selected ?",
          en: "There is no function “count_selected”. Did you mean count-selected?",
        },
        span: { start: 0, end: 14 },
      },
    ]);
    expect(validateExpression("IF(1, 2, 3)", scope)[0]?.message.en).toContain("Did you mean if?");
    expect(validateExpression("frobnicate(1)", scope)[0]?.message.fr).toBe(
      "La fonction « frobnicate » n'existe pas.",
    );
  });

  it("checks how many values a function is given", () => {
    const arity = (source: string) => validateExpression(source, scope)[0]?.message;
    expect(arity("1 + selected(${activites})")).toEqual({
      fr: "La fonction selected() attend 2 valeurs, mais en reçoit 1.",
      en: "The function selected() takes 2 values, but is given 1.",
    });
    expect(validateExpression("1 + selected(${activites})", scope)[0]?.span).toEqual({ start: 4, end: 12 });
    expect(arity("today(1)")?.fr).toBe("La fonction today() n'attend aucune valeur, mais en reçoit 1.");
    expect(arity("concat()")).toEqual({
      fr: "La fonction concat() attend au moins 1 valeur, mais n'en reçoit aucune.",
      en: "The function concat() takes at least 1 value, but is given none.",
    });
    expect(arity("round(1, 2, 3)")?.en).toBe("The function round() takes 1 or 2 values, but is given 3.");
    expect(validateExpression("concat(1, 2, 3, 4, 5)", scope)).toEqual([]);
  });

  it("allows . only where the scope says so", () => {
    expect(validateExpression(". > 3", scope)[0]).toMatchObject({
      message: { fr: expect.stringContaining("contrainte"), en: expect.stringContaining("constraint") },
      span: { start: 0, end: 1 },
    });
    expect(validateExpression(". > 3", { names, dot: "number" })).toEqual([]);
  });

  it("allows bare column names only in a choice filter, and only its columns", () => {
    const filter: ExpressionScope = { names, dot: "choice", columns: new Set(["region", "name"]) };
    expect(validateExpression("region = ${commune}", filter)).toEqual([]);
    expect(validateExpression("regoin = ${commune}", filter)[0]).toEqual({
      message: {
        fr: "La liste de choix n'a pas de colonne « regoin ». Vouliez-vous dire region ?",
        en: "The choice list has no column “regoin”. Did you mean region?",
      },
      span: { start: 0, end: 6 },
    });
    expect(validateExpression("region = 'x'", scope)[0]?.message.fr).toBe(
      "« region » n'est pas compris. Pour un texte, mettez-le entre apostrophes : 'region'. Pour une question, écrivez ${region}.",
    );
    expect(validateExpression("age > 3", filter)[0]?.message.fr).toBe(
      "Pour désigner la question « age », écrivez ${age}.",
    );
    expect(validateExpression("true or false", scope)[0]?.message.en).toBe(
      "Write true() with the parentheses.",
    );
  });

  it("reports every problem, in source order", () => {
    const errors = validateExpression("nope(${x}) + selected(.)", scope);
    expect(errors.map((e) => e.span.start)).toEqual([0, 5, 13, 22]);
  });

  it("gives the parse error when the expression does not parse", () => {
    expect(validateExpression("", scope)).toEqual([
      {
        message: { fr: "L'expression est vide.", en: "The expression is empty." },
        span: { start: 0, end: 0 },
      },
    ]);
    expect(validateExpression("${age} >", scope)).toHaveLength(1);
  });
});

describe("references", () => {
  it("lists the distinct ${names} in order of first appearance", () => {
    expect(expressionReferences(parsed("${b} + ${a} * ${b} - -${c} > count-selected(${a})"))).toEqual([
      "b",
      "a",
      "c",
    ]);
    expect(expressionReferences(parsed("jr:choice-name(${x}, '${y}')"))).toEqual(["x", "y"]);
    expect(expressionReferences(parsed("concat('${z}', 1)"))).toEqual([]);
    expect(expressionReferences(parsed(". = county"))).toEqual([]);
  });
});

describe("renaming a question", () => {
  it("rewrites ${from} only, leaving the rest byte for byte", () => {
    expect(renameReference('${age}>3  and  ${age2} = "${age}"', "age", "years")).toBe(
      '${years}>3  and  ${age2} = "${years}"',
    );
    expect(renameReference("age + ${page} + ${age.x}", "age", "years")).toBe("age + ${page} + ${age.x}");
    expect(renameReference("${age} > (", "age", "years")).toBe("${years} > (");
  });
});
