// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these are XLSForm expressions, where ${name} is a reference to a question.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { QuestionnaireDefinition } from "../src/forms/questionnaire-model.ts";
import {
  questionnaireToXlsform,
  type XlsformWorkbook,
  xlsformToQuestionnaire,
} from "../src/forms/xlsform/index.ts";
import { definitionArb, plausibleWorkbookArb, workbookArb } from "./xlsform-arbitraries.ts";
import { foodBankSurvey, sheet } from "./xlsform-fixtures.ts";

function definitionOf(workbook: XlsformWorkbook): QuestionnaireDefinition {
  const result = xlsformToQuestionnaire(workbook);
  if (!result.ok) throw new Error(`refused: ${result.errors.map((error) => error.message.en).join("\n")}`);
  return result.definition;
}

describe("questionnaireToXlsform", () => {
  const definition = definitionOf(foodBankSurvey());
  const { survey, choices, settings } = questionnaireToXlsform(definition);

  it("writes a column per language, named and coded", () => {
    expect(survey.columns.slice(0, 4)).toEqual([
      "type",
      "name",
      "label::Français (fr)",
      "label::English (en)",
    ]);
    expect(survey.columns).toEqual(
      expect.arrayContaining([
        "hint::English (en)",
        "easy_read::Français (fr)",
        "ricochet_indicators",
        "parameters",
      ]),
    );
    expect(settings.rows[0]?.cells).toEqual({
      form_title: "Enquête bénéficiaires 2024",
      form_id: "enquete_beneficiaires_2024",
      default_language: "Français (fr)",
    });
  });

  it("writes pages as field-list groups and matrices as table-list groups", () => {
    const rows = survey.rows.map((row) => [row.cells.type, row.cells.name ?? "", row.cells.appearance ?? ""]);
    expect(rows.slice(0, 2)).toEqual([
      ["begin_group", "profil", "field-list"],
      ["integer", "age", ""],
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ["begin_group", "services", "table-list"],
        ["select_one freq", "s_epicerie", ""],
        ["select_one accord", "accueil", "likert"],
        ["text", "commentaire", "multiline"],
        ["range", "note_globale", ""],
      ]),
    );
    expect(survey.rows.find((row) => row.cells.name === "note_globale")?.cells.parameters).toBe(
      "start=0 end=10",
    );
    expect(survey.rows.filter((row) => row.cells.type === "end_group")).toHaveLength(4);
    expect(survey.rows.every((row, index) => row.line === index + 2)).toBe(true);
  });

  it("writes yes_no questions on a generated yes_no list in the questionnaire's languages", () => {
    expect(survey.rows.find((row) => row.cells.name === "premiere_visite")?.cells.type).toBe(
      "select_one yes_no",
    );
    expect(choices.rows.filter((row) => row.cells.list_name === "yes_no").map((row) => row.cells)).toEqual([
      { list_name: "yes_no", name: "yes", "label::Français (fr)": "Oui", "label::English (en)": "Yes" },
      { list_name: "yes_no", name: "no", "label::Français (fr)": "Non", "label::English (en)": "No" },
    ]);
    expect(choices.columns).toEqual([
      "list_name",
      "name",
      "label::Français (fr)",
      "label::English (en)",
      "region",
    ]);
  });

  it("reads back to the same questionnaire, with nothing reported", () => {
    expect(xlsformToQuestionnaire({ survey, choices, settings })).toEqual({
      ok: true,
      definition,
      unmapped: [],
    });
  });
});

describe("round trips", () => {
  it("import(export(import(X))) equals import(X) for a hand-written form with losses and flattening", () => {
    const workbook: XlsformWorkbook = {
      survey: sheet(
        ["type", "name", "label::Français", "label::Klingon", "relevant", "appearance", "default"],
        ["note", "intro", "Bonjour", "nuqneH"],
        ["begin_group", "p", "Page", "", "${x} = 1", "field-list"],
        ["begin_group", "sous", "Sous-groupe", "", "${y} = 2"],
        ["select_one oui_non", "q", "Question", "", "${z} = 3", "minimal", "yes"],
        ["end_group"],
        ["geopoint", "gps", "Où ?"],
        ["begin_group", "tab", "Tableau", "", "", "table-list"],
        ["select_one oui_non", "t1", "Ligne"],
        ["end_group"],
        ["end_group"],
        ["text", "fin", "Fin", "", "", "multiline"],
      ),
      choices: sheet(
        ["list_name", "name", "label::Français"],
        ["oui_non", "yes", "Oui"],
        ["oui_non", "no", "Non"],
      ),
    };
    const once = definitionOf(workbook);
    expect(once.pages.map((page) => page.name)).toEqual(["page_1", "p", "page_3"]);
    expect(once.pages[1]?.questions.map((question) => [question.type, question.relevant])).toEqual([
      ["yes_no", "(${y} = 2) and (${z} = 3)"],
      ["matrix", undefined],
    ]);
    expect(definitionOf(questionnaireToXlsform(once))).toEqual(once);
  });

  it("round-trips every definition import can produce (property)", () => {
    fc.assert(
      fc.property(definitionArb, (definition) => {
        const result = xlsformToQuestionnaire(questionnaireToXlsform(definition));
        expect(result).toEqual({ ok: true, definition, unmapped: [] });
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary sheets, and what imports round-trips (property)", () => {
    fc.assert(
      fc.property(fc.oneof(workbookArb, plausibleWorkbookArb), (workbook) => {
        const result = xlsformToQuestionnaire(workbook);
        const issues = result.ok ? result.unmapped : result.errors;
        for (const issue of issues) {
          expect(typeof issue.message.fr).toBe("string");
          expect(issue.message.en.length).toBeGreaterThan(0);
        }
        if (result.ok) {
          expect(xlsformToQuestionnaire(questionnaireToXlsform(result.definition))).toMatchObject({
            ok: true,
            definition: result.definition,
          });
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
