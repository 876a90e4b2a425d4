import { compileQuestionnaire, type QuestionnaireDefinition } from "@ricochet/domain";
import { checkAnswers, evaluateForm } from "@ricochet/domain/forms/public-runtime";
import { describe, expect, it } from "vitest";
import { runtimeClock } from "./clock.ts";
import type { FormContext } from "./context.ts";
import { answersToSend, findQuestion, neighbourPage, shownPages } from "./form-logic.ts";
import { frenchSpacing, strings } from "./i18n.ts";
import { seededOrder } from "./keys.ts";
import { messagesByQuestion, serverMessages } from "./messages.ts";
import { numberFromText, textOfNumber } from "./numbers.ts";

// The public form's pure logic; the screens are covered by e2e/public-form.e2e.ts. Only this test
// imports the domain root (to compile a questionnaire); the bundle never does.

const definition: QuestionnaireDefinition = {
  defaultLanguage: "fr",
  languages: ["fr", "en"],
  title: { fr: "Suivi" },
  choiceLists: [
    {
      name: "situation",
      choices: [
        { value: "emploi", label: { fr: "En emploi" } },
        { value: "formation", label: { fr: "En formation" } },
      ],
    },
  ],
  pages: [
    {
      name: "p1",
      title: { fr: "Vous" },
      questions: [
        {
          name: "age",
          type: "integer",
          label: { fr: "Âge" },
          required: true,
          constraint: ". >= 16",
          constraintMessage: { fr: "16 ans au moins.", en: "16 or more." },
        },
        { name: "situation", type: "single_choice", choiceList: "situation", label: { fr: "Situation" } },
      ],
    },
    {
      name: "p2",
      title: { fr: "Travail" },
      // biome-ignore lint/suspicious/noTemplateCurlyInString: an XLSForm expression, not a template.
      relevant: "${situation} = 'emploi'",
      questions: [{ name: "heures", type: "decimal", label: { fr: "Heures" }, required: true }],
    },
    {
      name: "p3",
      title: { fr: "Fin" },
      questions: [
        { name: "info", type: "note", label: { fr: "Merci." } },
        // biome-ignore lint/suspicious/noTemplateCurlyInString: an XLSForm expression, not a template.
        { name: "double", type: "calculate", label: {}, calculation: "${age} * 2" },
      ],
    },
  ],
};
const compiled = compileQuestionnaire(definition);
const clock = runtimeClock(new Date(2026, 2, 12, 10, 0));

function context(language = "fr", answers = {}): FormContext {
  return {
    compiled,
    state: evaluateForm(compiled, answers, clock),
    clock,
    language,
    defaultLanguage: "fr",
    easyRead: false,
    seed: "seed",
    t: strings(language),
  };
}

describe("public form logic", () => {
  it("reads numbers as typed, French decimal comma included", () => {
    expect(numberFromText("12,5", false)).toBe(12.5);
    expect(numberFromText(" 1 200 ", true)).toBe(1200);
    expect(numberFromText("-3", true)).toBe(-3);
    expect(numberFromText("12,5", true)).toBe("12,5");
    expect(numberFromText("abc", false)).toBe("abc");
    expect(numberFromText("  ", false)).toBeUndefined();
    expect(textOfNumber(35.5, "fr")).toBe("35,5");
    expect(textOfNumber(35.5, "en")).toBe("35.5");
  });

  it("gives each respondent a stable order of choices, kept when the list is filtered", () => {
    const items = ["a", "b", "c", "d", "e", "f"].map((value) => ({ value }));
    const order = seededOrder(items, "respondent-1", "q").map((i) => i.value);
    expect(seededOrder(items, "respondent-1", "q").map((i) => i.value)).toEqual(order);
    expect(order.slice().sort()).toEqual(["a", "b", "c", "d", "e", "f"]);
    const filtered = seededOrder(
      items.filter((i) => i.value !== "c"),
      "respondent-1",
      "q",
    ).map((i) => i.value);
    expect(filtered).toEqual(order.filter((v) => v !== "c"));
    const others = new Set(
      Array.from({ length: 8 }, (_, n) =>
        seededOrder(items, `respondent-${n}`, "q")
          .map((i) => i.value)
          .join(""),
      ),
    );
    expect(others.size).toBeGreaterThan(1);
  });

  it("skips pages not asked or with nothing to show, and sends only real answers", () => {
    const training = evaluateForm(compiled, { age: 30, situation: "formation", heures: 3 }, clock);
    expect(shownPages(definition, training).map((p) => p.name)).toEqual(["p1", "p3"]);
    expect(neighbourPage(definition, training, "p1", 1)?.name).toBe("p3");
    expect(neighbourPage(definition, training, "p3", -1)?.name).toBe("p1");
    expect(answersToSend(compiled, training)).toEqual({ age: 30, situation: "formation" });
    const working = evaluateForm(compiled, { age: 30, situation: "emploi", heures: 35 }, clock);
    expect(neighbourPage(definition, working, "p1", 1)?.name).toBe("p2");
    expect(answersToSend(compiled, working)).toEqual({ age: 30, situation: "emploi", heures: 35 });
  });

  it("words problems for respondents, never with the question's technical name", () => {
    const ctx = context();
    const find = (name: string) => findQuestion(definition, name);
    const empty = checkAnswers(compiled, {}, clock, { page: "p1" }).issues;
    expect(messagesByQuestion(ctx, empty, find, {})).toEqual({ age: "Cette réponse est obligatoire." });
    const young = checkAnswers(compiled, { age: 12 }, clock, { page: "p1" }).issues;
    expect(messagesByQuestion(ctx, young, find, { age: 12 })).toEqual({ age: "16 ans au moins." });
    expect(messagesByQuestion(context("en"), young, find, { age: 12 })).toEqual({ age: "16 or more." });
    const typed = checkAnswers(compiled, { age: "12,5" }, clock, { page: "p1" }).issues;
    expect(messagesByQuestion(ctx, typed, find, { age: "12,5" }).age).toBe(
      "Écrivez un nombre entier, par exemple 12.",
    );
  });

  it("maps a server refusal (422) onto the questions, in the respondent's words", () => {
    const ctx = context();
    const messages = serverMessages(
      ctx,
      [
        { path: "answers.age", message: "« age » : une réponse est obligatoire." },
        { path: "answers.situation", message: "Choisissez votre situation actuelle." },
        { path: "answers.heures", message: "« heures » : un nombre est attendu." },
      ],
      { age: "Cette réponse est obligatoire." },
    );
    expect(messages).toEqual({
      age: "Cette réponse est obligatoire.",
      situation: "Choisissez votre situation actuelle.",
      heures: "Cette réponse ne convient pas.",
    });
  });

  it("keeps French punctuation with its word", () => {
    expect(frenchSpacing("Quel âge avez-vous ?")).toBe("Quel âge avez-vous\u202f?");
    expect(frenchSpacing("« Monter »")).toBe("«\u202fMonter\u202f»");
    expect(strings("fr").pageOf).toBe("Page {n} sur {total}");
    expect(strings("es").next).toBe("Next");
  });
});
