// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions are written with ${name}
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Answers,
  checkAnswers,
  compileQuestionnaire,
  evaluateForm,
  hasValidCheckCharacter,
  offeredChoices,
  type QuestionnaireDefinition,
  respondentCodeFrom,
  validateQuestionnaire,
} from "../src/index.ts";

const clock = { today: "2026-06-15", now: "2026-06-15T10:00:00.000Z" };

const definition: QuestionnaireDefinition = {
  defaultLanguage: "fr",
  languages: ["fr", "en"],
  title: { fr: "Test", en: "Test" },
  choiceLists: [
    {
      name: "region",
      choices: [
        { value: "ara", label: { fr: "Auvergne-Rhône-Alpes" } },
        { value: "occ", label: { fr: "Occitanie" } },
      ],
    },
    {
      name: "ville",
      choices: [
        { value: "lyon", label: { fr: "Lyon" }, filters: { region: "ara" } },
        { value: "grenoble", label: { fr: "Grenoble" }, filters: { region: "ara" } },
        { value: "toulouse", label: { fr: "Toulouse" }, filters: { region: "occ" } },
      ],
    },
    {
      name: "aides",
      choices: [
        { value: "a", label: { fr: "A" } },
        { value: "b", label: { fr: "B" } },
        { value: "c", label: { fr: "C" } },
      ],
    },
  ],
  pages: [
    {
      name: "p1",
      title: { fr: "Page 1" },
      questions: [
        { name: "travaille", type: "yes_no", label: { fr: "Travaillez-vous ?" }, required: true },
        {
          name: "heures",
          type: "integer",
          label: { fr: "Heures" },
          relevant: "${travaille} = 'yes'",
          required: true,
        },
        { name: "region", type: "single_choice", choiceList: "region", label: { fr: "Région" } },
        {
          name: "ville",
          type: "single_choice",
          choiceList: "ville",
          label: { fr: "Ville" },
          choiceFilter: "region = ${region}",
        },
        { name: "aides", type: "multiple_choice", choiceList: "aides", label: { fr: "Aides" } },
        {
          name: "rang",
          type: "ranking",
          choiceList: "aides",
          label: { fr: "Classement" },
          required: true,
          relevant: "count-selected(${aides}) > 1",
        },
      ],
    },
    {
      name: "p2",
      title: { fr: "Page 2" },
      relevant: "${heures} > 10",
      questions: [
        { name: "naissance", type: "date", label: { fr: "Date de naissance" }, constraint: ". < today()" },
        { name: "double", type: "calculate", label: {}, calculation: "${heures} * 2" },
        { name: "quadruple", type: "calculate", label: {}, calculation: "${double} * 2" },
        { name: "ok", type: "consent", label: { fr: "J'accepte" }, required: true },
      ],
    },
  ],
};
const compiled = compileQuestionnaire(definition);

describe("evaluating a form", () => {
  it("asks a question only when its condition holds, and skips a whole page", () => {
    expect(evaluateForm(compiled, { travaille: "no" }, clock).relevantQuestions.has("heures")).toBe(false);
    const working = evaluateForm(compiled, { travaille: "yes", heures: 35 }, clock);
    expect(working.relevantQuestions.has("heures")).toBe(true);
    expect(working.relevantPages.has("p2")).toBe(true);
    expect(evaluateForm(compiled, { travaille: "yes", heures: 5 }, clock).relevantPages.has("p2")).toBe(
      false,
    );
  });

  it("ignores an answer to a question that is no longer asked, and what depended on it", () => {
    const state = evaluateForm(compiled, { travaille: "no", heures: 35, naissance: "1990-01-01" }, clock);
    expect(state.values).not.toHaveProperty("heures");
    expect(state.relevantPages.has("p2")).toBe(false);
    expect(state.values).not.toHaveProperty("naissance");
  });

  it("computes calculations in dependency order", () => {
    const state = evaluateForm(compiled, { travaille: "yes", heures: 12 }, clock);
    expect(state.values.double).toBe(24);
    expect(state.values.quadruple).toBe(48);
  });

  it("filters choices by an earlier answer (choice_filter)", () => {
    const question = definition.pages[0]!.questions[3]!;
    expect(offeredChoices(compiled, question, { region: "ara" }, clock).map((c) => c.value)).toEqual([
      "lyon",
      "grenoble",
    ]);
    expect(offeredChoices(compiled, question, { region: "occ" }, clock).map((c) => c.value)).toEqual([
      "toulouse",
    ]);
  });
});

describe("checking answers", () => {
  const check = (answers: Answers, page?: string) =>
    checkAnswers(compiled, answers, clock, page ? { page } : undefined).issues.map(
      (i) => `${i.question}:${i.kind}`,
    );

  it("accepts a complete, valid submission", () => {
    expect(
      check({
        travaille: "yes",
        heures: 35,
        aides: ["a", "c"],
        rang: ["c", "a", "b"],
        naissance: "1990-05-01",
        ok: true,
      }),
    ).toEqual([]);
  });

  it("reports required, type, choice, constraint, not-asked and unknown problems", () => {
    expect(check({})).toEqual(["travaille:required"]);
    expect(check({ travaille: "yes", heures: 2.5 })).toEqual(["heures:type"]);
    expect(check({ travaille: "peut-être" })).toEqual(["travaille:type"]);
    expect(check({ travaille: "no", region: "ara", ville: "toulouse" })).toEqual(["ville:choice"]);
    expect(check({ travaille: "no", heures: 3 })).toEqual(["heures:not_asked"]);
    expect(check({ travaille: "no", inconnue: 1 })).toEqual(["inconnue:unknown"]);
    expect(check({ travaille: "yes", heures: 20, naissance: "2030-01-01", ok: true })).toEqual([
      "naissance:constraint",
    ]);
    expect(check({ travaille: "yes", heures: 20, ok: false })).toEqual(["ok:required"]);
    expect(check({ travaille: "no", aides: ["a", "b"], rang: ["a"] })).toEqual(["rang:required"]);
    expect(check({ travaille: "no", aides: ["a", "a"] })).toEqual(["aides:type", "rang:required"]);
    expect(check({ travaille: "yes", heures: 20, naissance: "2026-02-30", ok: true })).toEqual([
      "naissance:type",
    ]);
  });

  it("checks one page at a time for the respondent's device", () => {
    expect(check({ travaille: "yes" }, "p1")).toEqual(["heures:required"]);
    expect(check({ travaille: "yes", heures: 20 }, "p2")).toEqual(["ok:required"]);
  });

  it("never throws, whatever the answers", () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.array(fc.string(), { maxLength: 4 }),
      fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })),
    );
    const names = fc.constantFrom(
      "travaille",
      "heures",
      "region",
      "ville",
      "aides",
      "rang",
      "naissance",
      "double",
      "ok",
      "x",
    );
    fc.assert(
      fc.property(fc.dictionary(names, value), (answers) => {
        const result = checkAnswers(compiled, answers as Answers, clock);
        expect(Array.isArray(result.issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("validating a questionnaire", () => {
  it("lists every problem with its path", () => {
    const broken: QuestionnaireDefinition = structuredClone(definition);
    broken.pages[0]!.questions[1]!.relevant = "${travail} = 'yes'";
    broken.pages[0]!.questions[2]!.name = "travaille";
    broken.pages[0]!.questions[4]!.choiceList = "absente";
    broken.pages[1]!.questions[1]!.calculation = "${quadruple} + 1";
    broken.pages[1]!.questions[0]!.label = { en: "Birth date" };
    const issues = validateQuestionnaire(broken);
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message.fr]));
    expect(byPath["pages.0.questions.1.relevant"]).toContain("travaille");
    expect(byPath["pages.0.questions.2.name"]).toContain("déjà pris");
    expect(byPath["pages.0.questions.4.choiceList"]).toContain("n'existe pas");
    expect(byPath["pages.1.questions.0.label"]).toContain("fr");
    expect(
      Object.entries(byPath).some(([path, m]) => path.endsWith("calculation") && m.includes("boucle")),
    ).toBe(true);
    expect(() => compileQuestionnaire(broken)).toThrow();
  });

  it("refuses display conditions that depend on each other in a loop", () => {
    const looped: QuestionnaireDefinition = structuredClone(definition);
    looped.pages[0]!.questions.push(
      { name: "email", type: "text", label: { fr: "E-mail" }, relevant: "${telephone} = ''" },
      { name: "telephone", type: "text", label: { fr: "Téléphone" }, relevant: "${email} = ''" },
    );
    const issues = validateQuestionnaire(looped);
    expect(issues.some((i) => i.message.fr.includes("en boucle") && i.path.endsWith("relevant"))).toBe(true);
  });
});

describe("respondent codes", () => {
  it("are readable, grouped, and carry a check character that catches a typo", () => {
    const code = respondentCodeFrom(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), "VC");
    expect(code).toMatch(/^VC-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(hasValidCheckCharacter(code)).toBe(true);
    const typo = code.slice(0, -2) + (code.at(-2) === "2" ? "3" : "2") + code.at(-1);
    expect(hasValidCheckCharacter(typo)).toBe(false);
  });
});
