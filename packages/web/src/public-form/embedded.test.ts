import { compileQuestionnaire, type QuestionnaireDefinition } from "@ricochet/domain";
import { describe, expect, it } from "vitest";
import { formOfMessage, previewMode, resultOfMessage, staffMode } from "./embedded-mode.tsx";
import { keepWhatFits } from "./form-logic.ts";
import { strings } from "./i18n.ts";
import type { Fill } from "./types.ts";

// The embedded modes' pure parts: following an edit of the questionnaire, reading the parent's
// messages, the wording. The frames themselves are covered by e2e/public-form-embedded.e2e.ts.

const base: QuestionnaireDefinition = {
  defaultLanguage: "fr",
  languages: ["fr"],
  title: { fr: "Suivi" },
  choiceLists: [
    {
      name: "accord",
      choices: [
        { value: "1", label: { fr: "Non" } },
        { value: "2", label: { fr: "Un peu" } },
        { value: "3", label: { fr: "Oui" } },
      ],
    },
  ],
  pages: [
    {
      name: "p1",
      title: { fr: "Vous" },
      questions: [
        { name: "age", type: "integer", label: { fr: "Âge" } },
        { name: "avis", type: "single_choice", choiceList: "accord", label: { fr: "Avis" } },
        { name: "plusieurs", type: "multiple_choice", choiceList: "accord", label: { fr: "Plusieurs" } },
      ],
    },
    {
      name: "p2",
      title: { fr: "Ressenti" },
      questions: [
        {
          name: "grille",
          type: "matrix",
          choiceList: "accord",
          label: { fr: "Grille" },
          items: [
            { name: "g1", label: { fr: "Un" } },
            { name: "g2", label: { fr: "Deux" } },
          ],
        },
        { name: "mot", type: "text", label: { fr: "Un mot" } },
      ],
    },
  ],
};

const fill = (changes: Partial<Fill>): Fill => ({
  v: 1,
  key: "k".repeat(24),
  session: "s".repeat(24),
  seed: "seed",
  step: "page",
  page: "p2",
  answers: {},
  drafts: {},
  language: "fr",
  easyRead: false,
  consent: true,
  code: "",
  startedAt: null,
  furthest: 1,
  ...changes,
});

function edit(change: (d: QuestionnaireDefinition) => void) {
  const copy = structuredClone(base);
  change(copy);
  return compileQuestionnaire(copy);
}

describe("embedded public form", () => {
  const before = compileQuestionnaire(base);
  const answered = fill({
    answers: { age: 30, avis: "2", plusieurs: ["1", "3"], grille: { g1: "1", g2: "3" }, mot: "bien" },
    drafts: { age: "30" },
  });

  it("keeps the filling-in as is when the edit changes nothing it holds", () => {
    const after = edit((d) => {
      (d.pages[0] as { title: Record<string, string> }).title = { fr: "Votre profil" };
    });
    expect(keepWhatFits(answered, before, after)).toBe(answered);
  });

  it("drops answers to removed questions, changed types, removed choices and matrix rows", () => {
    const after = edit((d) => {
      const [p1, p2] = d.pages as [
        QuestionnaireDefinition["pages"][number],
        QuestionnaireDefinition["pages"][number],
      ];
      p1.questions = p1.questions.map((q) => (q.name === "age" ? { ...q, type: "decimal" } : q));
      (d.choiceLists[0] as { choices: unknown[] }).choices = (d.choiceLists[0]?.choices ?? []).filter(
        (c) => c.value !== "3",
      );
      p2.questions = p2.questions
        .filter((q) => q.name !== "mot")
        .map((q) => (q.name === "grille" ? { ...q, items: [{ name: "g1", label: { fr: "Un" } }] } : q));
    });
    const kept = keepWhatFits(answered, before, after);
    expect(kept.answers).toEqual({ avis: "2", plusieurs: ["1"], grille: { g1: "1" } });
    expect(kept.drafts).toEqual({});
    expect(kept.page).toBe("p2");
    expect(kept.key).toBe(answered.key);
  });

  it("goes to the first page when the page shown was removed", () => {
    const after = edit((d) => {
      d.pages.splice(1, 1);
    });
    const kept = keepWhatFits(answered, before, after);
    expect(kept.page).toBe("p1");
    expect(kept.answers).toEqual({ age: 30, avis: "2", plusieurs: ["1", "3"] });
  });

  it("reads the parent's form message defensively", () => {
    expect(formOfMessage({ questionnaire: { definition: {} }, campaign: {} })).toBeNull();
    expect(formOfMessage({ campaign: {} })).toBeNull();
    const form = formOfMessage({
      questionnaire: before,
      campaign: {
        name: "Vague 1",
        organisation: "Asso",
        respondentCodes: "panel",
        consent: { purpose: "P" },
      },
    });
    expect(form?.campaign).toMatchObject({
      name: "Vague 1",
      organisation: "Asso",
      respondentCodes: "panel",
      acceptingAnswers: true,
      consent: { purpose: "P", controller: "", contact: null },
    });
    expect(form?.version.contentHash).toBe("");
    expect(
      formOfMessage({ questionnaire: before, campaign: { respondentCodes: "bogus" } })?.campaign,
    ).toMatchObject({ respondentCodes: "none" });
    expect(
      formOfMessage({ questionnaire: before, campaign: {}, version: { contentHash: "abc" } })?.version
        .contentHash,
    ).toBe("abc");
  });

  it("reads the staff app's result as the public API's would read", () => {
    expect(resultOfMessage({ ok: true })).toEqual({ kind: "stored" });
    expect(
      resultOfMessage({
        ok: false,
        errors: [{ path: "answers.age", message: "Trop jeune." }, { nope: 1 }],
        message: "Refusé.",
      }),
    ).toEqual({
      kind: "invalid",
      code: "",
      errors: [{ path: "answers.age", message: "Trop jeune." }],
      message: "Refusé.",
    });
    expect(resultOfMessage({ ok: false, code: "RESPONDENT_CODE_UNKNOWN" })).toEqual({
      kind: "invalid",
      code: "RESPONDENT_CODE_UNKNOWN",
      errors: [],
    });
  });

  it("words the consent for the team member, and says where the preview runs", () => {
    const staff = staffMode().words(strings("fr"), "fr");
    expect(staff.accept).toBe("La personne interrogée a donné son accord");
    expect(staff.next).toBe(strings("fr").next);
    expect(staffMode().words(strings("en"), "en").accept).toBe("The respondent gave their consent");
    const preview = previewMode().words(strings("fr"), "fr") as ReturnType<typeof strings> & {
      banner: string;
    };
    expect(preview.banner).toBe("Aperçu\u202f: vos réponses ne sont pas envoyées");
    expect(preview.restart).toBe("Recommencer");
  });
});
