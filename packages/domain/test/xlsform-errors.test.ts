import { describe, expect, it } from "vitest";
import {
  type XlsformIssue,
  type XlsformWorkbook,
  xlsformToQuestionnaire,
} from "../src/forms/xlsform/index.ts";
import { sheet } from "./xlsform-fixtures.ts";

function errorsOf(workbook: XlsformWorkbook): XlsformIssue[] {
  const result = xlsformToQuestionnaire(workbook);
  if (result.ok) throw new Error("accepted");
  for (const error of result.errors) {
    expect(error.message.fr).not.toBe(error.message.en);
    expect(error.message.fr.length).toBeGreaterThan(20);
    expect(error.message.en.length).toBeGreaterThan(20);
  }
  return result.errors;
}

const where = (errors: XlsformIssue[]) => errors.map(({ sheet, line, column }) => [sheet, line, column]);

describe("xlsformToQuestionnaire refusals", () => {
  it("lists every error of the file together, each at its row and column", () => {
    const errors = errorsOf({
      survey: sheet(
        ["type", "name", "label"],
        ["begin_group", "g1", "Groupe"],
        ["text", "", "Sans nom"],
        ["select_one absente", "q1", "Q1"],
        ["text", "dup", "A"],
        ["integer", "dup", "B"],
        ["foo", "x", "X"],
        ["select_one_couleur", "y", "Y"],
        ["text", "mauvais nom", "Z"],
        ["integer", "sans_libelle", ""],
        ["calculate", "calc", ""],
        ["end_repeat"],
        ["end_group"],
        ["begin_group", "g2", "G2"],
        ["select_one", "z", "Z"],
      ),
      choices: sheet(
        ["list_name", "name", "label"],
        ["couleur", "r", "Rouge"],
        ["couleur", "r", "Rouge encore"],
        ["couleur", "", "Vide"],
        ["couleur", "b", ""],
        ["mauvaise liste", "a", "A"],
        ["couleur", "bleu clair", "Bleu clair"],
      ),
    });
    expect(where(errors)).toEqual(
      expect.arrayContaining([
        ["choices", 3, "name"],
        ["choices", 4, "name"],
        ["choices", 5, "label"],
        ["choices", 6, "list_name"],
        ["choices", 7, "name"],
        ["survey", 7, "type"],
        ["survey", 8, "type"],
        ["survey", 12, "type"],
        ["survey", 13, "type"],
        ["survey", 15, "type"],
        ["survey", 14, "type"],
        ["survey", 3, "name"],
        ["survey", 6, "name"],
        ["survey", 9, "name"],
        ["survey", 4, "type"],
        ["survey", 10, "label"],
        ["survey", 11, "calculation"],
      ]),
    );
    expect(errors).toHaveLength(17);
    const message = (line: number, column: string, sheetName = "survey") =>
      errors.find((error) => error.sheet === sheetName && error.line === line && error.column === column)
        ?.message;
    expect(message(4, "type")?.fr).toContain("« absente » n'existe pas dans la feuille « choices »");
    expect(message(6, "name")?.en).toContain("already used on row 5");
    expect(message(8, "type")?.fr).toContain("« select_one couleur »");
    expect(message(12, "type")?.en).toContain("does not match row 2");
    expect(message(14, "type")?.fr).toContain("n'est jamais fermé");
    expect(message(13, "type")?.fr).toContain("qui n'a pas été ouvert");
    expect(message(15, "type")?.en).toContain("must be followed by the name of a list");
    expect(message(3, "name", "choices")?.en).toContain("appears twice");
    expect(message(4, "name", "choices")?.en).toContain("has no value");
  });

  it("refuses a form with no question Ricochet can use", () => {
    const errors = errorsOf({ survey: sheet(["type", "name", "label"], ["geopoint", "gps", "Où ?"]) });
    expect(where(errors)).toEqual([["survey", null, null]]);
  });

  it("refuses range bounds that are not whole numbers within reason", () => {
    const errors = errorsOf({
      survey: sheet(["type", "name", "label", "parameters"], ["range", "r", "Note", "start=0.5 end=1000"]),
    });
    expect(where(errors)).toEqual([
      ["survey", 2, "parameters"],
      ["survey", 2, "parameters"],
    ]);
  });

  it("refuses a workbook without a survey sheet", () => {
    expect(errorsOf({ choices: sheet(["list_name", "name", "label"]) })).toMatchObject([
      { sheet: "workbook", line: null, column: null },
    ]);
  });

  it("names every missing survey column, and still checks the choices sheet", () => {
    const errors = errorsOf({
      survey: sheet(["hint"], ["Une aide"]),
      choices: sheet(["list_name", "label"], ["l", "A"]),
    });
    expect(where(errors)).toEqual([
      ["survey", null, "type"],
      ["survey", null, "name"],
      ["survey", null, "label"],
      ["choices", null, "name"],
    ]);
  });

  it("reports a missing label column once rather than once per question", () => {
    const errors = errorsOf({ survey: sheet(["type", "name"], ["text", "a"], ["text", "b"]) });
    expect(where(errors)).toEqual([["survey", null, "label"]]);
  });

  it("explains that a select needs a choices sheet when there is none", () => {
    const [error] = errorsOf({
      survey: sheet(["type", "name", "label"], ["select_one genre", "g", "Genre"]),
    });
    expect(error?.message.en).toContain("the file has no “choices” sheet");
  });

  it("refuses a range whose bounds are not numbers and a table on a missing list", () => {
    const errors = errorsOf({
      survey: sheet(
        ["type", "name", "label", "parameters", "appearance"],
        ["range", "r", "Note", "start=zero end=10"],
        ["begin_group", "t", "Tableau", "", "table-list"],
        ["select_one absente", "l1", "Ligne"],
        ["end_group"],
      ),
    });
    expect(where(errors)).toEqual([
      ["survey", 2, "parameters"],
      ["survey", 4, "type"],
    ]);
  });

  it("refuses a question without any label, but not a note or a calculation", () => {
    const errors = errorsOf({
      survey: sheet(
        ["type", "name", "label", "calculation"],
        ["note", "n", ""],
        ["calculate", "c", "", "1 + 1"],
        ["begin_group", "t", "", ""],
        ["end_group"],
        ["text", "sans", ""],
      ),
    });
    expect(where(errors)).toEqual([["survey", 6, "label"]]);
  });
});
