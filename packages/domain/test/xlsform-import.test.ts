// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these are XLSForm expressions, where ${name} is a reference to a question.
import { describe, expect, it } from "vitest";
import type { QuestionnaireDefinition } from "../src/forms/questionnaire-model.ts";
import { type XlsformWorkbook, xlsformToQuestionnaire } from "../src/forms/xlsform/index.ts";
import { foodBankSurvey, sheet } from "./xlsform-fixtures.ts";

function imported(workbook: XlsformWorkbook) {
  const result = xlsformToQuestionnaire(workbook);
  if (!result.ok) throw new Error(`refused: ${result.errors.map((error) => error.message.en).join("\n")}`);
  return result;
}

function definitionOf(workbook: XlsformWorkbook): QuestionnaireDefinition {
  return imported(workbook).definition;
}

describe("xlsformToQuestionnaire on a realistic French form", () => {
  const { definition, unmapped } = imported(foodBankSurvey());

  it("reads the settings and both languages, French first", () => {
    expect(definition.defaultLanguage).toBe("fr");
    expect(definition.languages).toEqual(["fr", "en"]);
    expect(definition.title).toEqual({ fr: "Enquête bénéficiaires 2024" });
  });

  it("makes pages of the top-level groups and of the questions outside them", () => {
    expect(definition.pages.map((page) => page.name)).toEqual(["profil", "satisfaction", "page_3"]);
    expect(definition.pages[0]?.title).toEqual({ fr: "Votre profil", en: "Your profile" });
    expect(definition.pages[1]?.relevant).toBe("${premiere_visite} = 'no'");
    expect(definition.pages[2]).toMatchObject({ title: { fr: "Page 3", en: "Page 3" } });
    expect(definition.pages[2]?.questions.map((question) => question.name)).toEqual(["score_total", "merci"]);
  });

  it("maps each XLSForm type onto Ricochet's", () => {
    const types = Object.fromEntries(
      definition.pages.flatMap((page) => page.questions.map((question) => [question.name, question.type])),
    );
    expect(types).toEqual({
      age: "integer",
      genre: "single_choice",
      region: "single_choice",
      departement: "single_choice",
      premiere_visite: "yes_no",
      accueil: "likert",
      services: "matrix",
      note_globale: "rating",
      ameliorations: "multiple_choice",
      commentaire: "long_text",
      score_total: "calculate",
      merci: "note",
    });
  });

  it("keeps wording, rules and expressions as written", () => {
    const [age, genre, , departement] = definition.pages[0]?.questions ?? [];
    expect(age).toEqual({
      name: "age",
      type: "integer",
      label: { fr: "Quel âge avez-vous ?", en: "How old are you?" },
      hint: { fr: "En années", en: "In years" },
      easyRead: { fr: "Votre âge" },
      required: true,
      constraint: ". >= 16 and . <= 110",
      constraintMessage: { fr: "L'âge doit être entre 16 et 110 ans", en: "Age must be between 16 and 110" },
      indicatorIds: ["ind_age"],
    });
    expect(genre?.required).toBe(true);
    expect(departement).toMatchObject({ choiceList: "departement", choiceFilter: "region=${region}" });
    const calculation = definition.pages[2]?.questions[0];
    expect(calculation).toEqual({
      name: "score_total",
      type: "calculate",
      label: {},
      calculation: "${note_globale} * 10",
    });
  });

  it("turns the table-list group into one matrix with an item per row", () => {
    const matrix = definition.pages[1]?.questions.find((question) => question.name === "services");
    expect(matrix).toEqual({
      name: "services",
      type: "matrix",
      label: { fr: "Utilisez-vous ces services ?", en: "Do you use these services?" },
      choiceList: "freq",
      required: true,
      items: [
        { name: "s_epicerie", label: { fr: "Épicerie", en: "Grocery" } },
        { name: "s_atelier", label: { fr: "Ateliers cuisine", en: "Cooking workshops" } },
        { name: "s_conseil", label: { fr: "Conseil budgétaire", en: "Budget advice" } },
      ],
    });
  });

  it("reads likert, range, randomize and multiline from appearance and parameters", () => {
    const questions = definition.pages[1]?.questions ?? [];
    expect(questions[0]).toMatchObject({ type: "likert", choiceList: "accord" });
    expect(questions[0]?.appearance).toBeUndefined();
    expect(questions[0]?.indicatorIds).toEqual(["ind_accueil", "ind_lien_social"]);
    expect(questions[2]).toMatchObject({ type: "rating", scale: { min: 0, max: 10 } });
    expect(questions[3]).toMatchObject({ type: "multiple_choice", randomizeChoices: true });
    expect(questions[4]?.appearance).toBeUndefined();
  });

  it("keeps choice filters and drops the yes/no list that the yes_no type stands for", () => {
    expect(definition.choiceLists.map((list) => list.name)).toEqual([
      "genre",
      "region",
      "departement",
      "accord",
      "freq",
      "ameliorations",
    ]);
    const departements = definition.choiceLists.find((list) => list.name === "departement");
    expect(departements?.choices[0]).toEqual({
      value: "75",
      label: { fr: "Paris", en: "Paris" },
      filters: { region: "idf" },
    });
    expect(
      definition.choiceLists.find((list) => list.name === "region")?.choices[0]?.filters,
    ).toBeUndefined();
  });

  it("reports only what Ricochet does not keep: the form version", () => {
    expect(unmapped).toHaveLength(1);
    expect(unmapped[0]).toMatchObject({ sheet: "settings", line: 2, column: "version" });
  });
});

describe("languages", () => {
  const survey = (...labelHeaders: string[]) =>
    sheet(["type", "name", ...labelHeaders], ["note", "n", ...labelHeaders.map((_, i) => `texte ${i}`)]);

  it("reads the code in parentheses, a bare code, or a language name", () => {
    const definition = definitionOf({
      survey: survey("label::French (fr)", "label::en", "label::Español", "label::Deutsch", "label::PT_br"),
    });
    expect(definition.languages).toEqual(["fr", "en", "es", "de", "pt-BR"]);
    expect(definition.pages[0]?.questions[0]?.label).toEqual({
      fr: "texte 0",
      en: "texte 1",
      es: "texte 2",
      de: "texte 3",
      "pt-BR": "texte 4",
    });
  });

  it("gives an unknown language a local-use code and says so", () => {
    const result = imported({ survey: survey("label::Français", "label::Klingon", "label::Elvish") });
    expect(result.definition.languages).toEqual(["fr", "qaa", "qab"]);
    expect(result.unmapped.map((issue) => issue.column)).toEqual(["label::Klingon", "label::Elvish"]);
    expect(result.unmapped[0]?.message.fr).toContain("Klingon");
  });

  it("puts bare columns in the default language of the settings", () => {
    const definition = definitionOf({
      survey: survey("label", "label::Français (fr)"),
      settings: sheet(["default_language"], ["English (en)"]),
    });
    expect(definition.defaultLanguage).toBe("en");
    expect(definition.languages).toEqual(["en", "fr"]);
    expect(definition.pages[0]?.questions[0]?.label).toEqual({ en: "texte 0", fr: "texte 1" });
  });

  it("defaults to French for bare columns, else to French or the first language met", () => {
    expect(definitionOf({ survey: survey("label") }).languages).toEqual(["fr"]);
    expect(
      definitionOf({ survey: survey("label::English (en)", "label::Français (fr)") }).defaultLanguage,
    ).toBe("fr");
    expect(definitionOf({ survey: survey("label::English (en)", "label::Español (es)") }).languages).toEqual([
      "en",
      "es",
    ]);
  });

  it("borrows a missing default-language text from another language and reports it", () => {
    const result = imported({
      survey: sheet(
        ["type", "name", "label::Français (fr)", "label::English (en)"],
        ["text", "nom", "", "Your name"],
      ),
    });
    expect(result.definition.pages[0]?.questions[0]?.label).toEqual({ fr: "Your name", en: "Your name" });
    expect(result.unmapped).toMatchObject([{ sheet: "survey", line: 2, column: "label::Français (fr)" }]);
  });

  it("takes the title in every language from form_title columns, else form_id, else Questionnaire", () => {
    const labels = sheet(["type", "name", "label"], ["note", "n", "x"]);
    expect(
      definitionOf({
        survey: labels,
        settings: sheet(
          ["form_title", "form_title::English (en)", "form_id"],
          ["Mon enquête", "My survey", "id"],
        ),
      }).title,
    ).toEqual({ fr: "Mon enquête", en: "My survey" });
    expect(definitionOf({ survey: labels, settings: sheet(["form_id"], ["enquete_2024"]) }).title).toEqual({
      fr: "enquete_2024",
    });
    expect(definitionOf({ survey: labels }).title).toEqual({ fr: "Questionnaire" });
  });
});

describe("survey details", () => {
  const choices = sheet(
    ["list_name", "name", "label"],
    ["oui_non", "no", "Non"],
    ["oui_non", "yes", "Oui"],
    ["couleur", "r", "Rouge"],
  );

  it("accepts spaced and upper-case spellings of types and of required", () => {
    const definition = definitionOf({
      survey: sheet(
        ["Type", "Name", "Label", "Required"],
        ["Begin Group", "p", "Page"],
        ["select_one   couleur", "c", "Couleur", "TRUE()"],
        ["select one couleur", "c2", "Couleur", "Yes"],
        ["Select_Multiple couleur", "c3", "Couleurs", "1"],
        ["rank couleur", "c4", "Classement", "no"],
        ["acknowledge", "ok", "J'accepte", "true"],
        ["end group"],
      ),
      choices,
    });
    expect(
      definition.pages[0]?.questions.map((question) => [question.type, question.required ?? false]),
    ).toEqual([
      ["single_choice", true],
      ["single_choice", true],
      ["multiple_choice", true],
      ["ranking", false],
      ["consent", true],
    ]);
  });

  it("makes a yes_no question of a select_one on a list of exactly yes and no, in any order", () => {
    const definition = definitionOf({
      survey: sheet(["type", "name", "label"], ["select_one oui_non", "q", "D'accord ?"]),
      choices,
    });
    expect(definition.pages[0]?.questions[0]).toEqual({
      name: "q",
      type: "yes_no",
      label: { fr: "D'accord ?" },
    });
    expect(definition.choiceLists.map((list) => list.name)).toEqual(["couleur"]);
  });

  it("keeps a yes/no list that a multiple choice also uses", () => {
    const definition = definitionOf({
      survey: sheet(
        ["type", "name", "label"],
        ["select_one oui_non", "q", "?"],
        ["select_multiple oui_non", "m", "?"],
      ),
      choices,
    });
    expect(definition.pages[0]?.questions.map((question) => question.type)).toEqual([
      "yes_no",
      "multiple_choice",
    ]);
    expect(definition.choiceLists.map((list) => list.name)).toEqual(["oui_non", "couleur"]);
  });

  it("reads Ricochet's own columns: easy read of choices, images, scale labels", () => {
    const definition = definitionOf({
      survey: sheet(
        [
          "type",
          "name",
          "label",
          "media::image",
          "parameters",
          "ricochet_rating_min_label::Français (fr)",
          "ricochet_rating_max_label::Français (fr)",
        ],
        ["range", "r", "Note", "asset:etoile", "start=1 end=5 step=1", "Pas du tout", "Tout à fait"],
      ),
      choices: sheet(
        ["list name", "name", "label", "easy_read::Français (fr)", "image"],
        ["c", "a", "Assez", "Un peu", "data:image/png;base64,iVBORw0KGgo="],
      ),
    });
    expect(definition.pages[0]?.questions[0]).toEqual({
      name: "r",
      type: "rating",
      label: { fr: "Note" },
      image: "asset:etoile",
      scale: { min: 1, max: 5, minLabel: { fr: "Pas du tout" }, maxLabel: { fr: "Tout à fait" } },
    });
    expect(definition.choiceLists[0]?.choices[0]).toEqual({
      value: "a",
      label: { fr: "Assez" },
      easyRead: { fr: "Un peu" },
      image: "data:image/png;base64,iVBORw0KGgo=",
    });
  });

  it("keeps a table-list matrix inside a page and leaves other appearance words on the question", () => {
    const definition = definitionOf({
      survey: sheet(
        ["type", "name", "label", "appearance"],
        ["begin_group", "p", "Page", "field-list"],
        ["begin_group", "t", "Tableau", "table-list w4"],
        ["select_one couleur", "l1", "Ligne 1", "label"],
        ["select_one couleur", "l2", "Ligne 2", "list-nolabel"],
        ["end_group"],
        ["select_one couleur", "m", "Menu", "minimal"],
        ["end_group"],
      ),
      choices,
    });
    expect(definition.pages).toHaveLength(1);
    expect(definition.pages[0]?.questions).toEqual([
      {
        name: "t",
        type: "matrix",
        label: { fr: "Tableau" },
        choiceList: "couleur",
        appearance: "w4",
        items: [
          { name: "l1", label: { fr: "Ligne 1" } },
          { name: "l2", label: { fr: "Ligne 2" } },
        ],
      },
      {
        name: "m",
        type: "single_choice",
        label: { fr: "Menu" },
        choiceList: "couleur",
        appearance: "minimal",
      },
    ]);
  });

  it("groups consecutive ungrouped questions into numbered pages, avoiding names in use", () => {
    const definition = definitionOf({
      survey: sheet(
        ["type", "name", "label"],
        ["note", "page_1", "Bienvenue"],
        ["note", "b", "Deux"],
        ["begin_group", "g", "Groupe"],
        ["note", "c", "Trois"],
        ["end_group"],
        ["note", "d", "Quatre"],
      ),
    });
    expect(
      definition.pages.map((page) => [page.name, page.questions.map((question) => question.name)]),
    ).toEqual([
      ["page_1_2", ["page_1", "b"]],
      ["g", ["c"]],
      ["page_3", ["d"]],
    ]);
  });
});
