import { questionnaireToXlsform, type XlsformIssue, xlsformToQuestionnaire } from "@ricochet/domain";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { foodBankSurvey } from "../../domain/test/xlsform-fixtures.ts";
import { plainNumber } from "../src/forms/xlsform/cell-text.ts";
import { MAX_SURVEY_ROWS, readXlsformWorkbook, writeXlsformWorkbook } from "../src/forms/xlsform/index.ts";

async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function expectRefused(result: Awaited<ReturnType<typeof readXlsformWorkbook>>): XlsformIssue[] {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("accepted");
  for (const error of result.errors) {
    expect(error.message.fr.length).toBeGreaterThan(10);
    expect(error.message.en.length).toBeGreaterThan(10);
  }
  return result.errors;
}

describe("writeXlsformWorkbook → readXlsformWorkbook", () => {
  it("reads back exactly the sheets it wrote", async () => {
    const imported = xlsformToQuestionnaire(foodBankSurvey());
    if (!imported.ok) throw new Error("fixture refused");
    const sheets = questionnaireToXlsform(imported.definition);
    const read = await readXlsformWorkbook(await writeXlsformWorkbook(sheets));
    expect(read).toEqual({ ok: true, workbook: sheets });
  });

  it("writes survey, choices and settings in that order with a bold header", async () => {
    const imported = xlsformToQuestionnaire(foodBankSurvey());
    if (!imported.ok) throw new Error("fixture refused");
    const buffer = await writeXlsformWorkbook(questionnaireToXlsform(imported.definition));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["survey", "choices", "settings"]);
    const survey = workbook.getWorksheet("survey")!;
    expect(survey.getCell("A1").value).toBe("type");
    expect(survey.getCell("A1").font?.bold).toBe(true);
    expect(survey.getCell("C1").value).toBe("label::Français (fr)");
  });

  it("keeps text that looks like a number or a formula as text", async () => {
    const sheets = {
      survey: {
        columns: ["type", "name", "label"],
        rows: [{ line: 2, cells: { type: "note", name: "n", label: "=1+1" } }],
      },
      choices: {
        columns: ["list_name", "name", "label"],
        rows: [{ line: 2, cells: { list_name: "l", name: "01", label: "Un" } }],
      },
    };
    const read = await readXlsformWorkbook(await writeXlsformWorkbook(sheets));
    expect(read).toEqual({ ok: true, workbook: sheets });
  });

  it("round-trips a whole questionnaire through a real file", async () => {
    const imported = xlsformToQuestionnaire(foodBankSurvey());
    if (!imported.ok) throw new Error("fixture refused");
    const read = await readXlsformWorkbook(
      await writeXlsformWorkbook(questionnaireToXlsform(imported.definition)),
    );
    if (!read.ok) throw new Error("file refused");
    const again = xlsformToQuestionnaire(read.workbook);
    expect(again).toEqual({ ok: true, definition: imported.definition, unmapped: [] });
  });
});

describe("readXlsformWorkbook", () => {
  it("reads a workbook made elsewhere: rich text, numbers, formulas, dates, booleans, case-insensitive sheet names", async () => {
    const buffer = await xlsx((workbook) => {
      const survey = workbook.addWorksheet("Survey");
      survey.addRow([]);
      survey.addRow([
        "type",
        "name",
        { richText: [{ text: "label::" }, { font: { bold: true }, text: "Français (fr)" }] },
      ]);
      survey.addRow([
        "integer",
        { richText: [{ text: "âge" }, { font: { italic: true }, text: "_1" }] },
        { richText: [{ text: "  Quel " }, { font: { bold: true }, text: "âge" }, { text: " ? " }] },
      ]);
      survey.addRow(["note", 12, 0.5]);
      survey.addRow(["note", 1e21, 1e-7]);
      survey.addRow(["note", { formula: "1+1", result: 2 }, true]);
      survey.addRow([
        "date",
        new Date(Date.UTC(2024, 2, 5)),
        { text: "lien", hyperlink: "https://example.org" },
      ]);
      survey.addRow([]);
      survey.addRow([]);
      workbook.addWorksheet("CHOICES ").addRow(["list_name", "name", "label"]);
      workbook.addWorksheet("notes").addRow(["ignored"]);
    });
    const read = await readXlsformWorkbook(new Uint8Array(buffer));
    expect(read).toEqual({
      ok: true,
      workbook: {
        survey: {
          columns: ["type", "name", "label::Français (fr)"],
          rows: [
            { line: 3, cells: { type: "integer", name: "âge_1", "label::Français (fr)": "Quel âge ?" } },
            { line: 4, cells: { type: "note", name: "12", "label::Français (fr)": "0.5" } },
            {
              line: 5,
              cells: { type: "note", name: "1000000000000000000000", "label::Français (fr)": "0.0000001" },
            },
            { line: 6, cells: { type: "note", name: "2", "label::Français (fr)": "true" } },
            { line: 7, cells: { type: "date", name: "2024-03-05", "label::Français (fr)": "lien" } },
          ],
        },
        choices: { columns: ["list_name", "name", "label"], rows: [] },
      },
    });
  });

  it("refuses an empty buffer, random bytes, a CSV and a zip that is not a workbook, with a message", async () => {
    const random = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256));
    const csv = Buffer.from("type,name,label\ntext,nom,Votre nom\n", "utf8");
    const fakeZip = Buffer.from("PK\u0003\u0004not really a zip file");
    for (const data of [Buffer.alloc(0), new Uint8Array(0), random, csv, fakeZip]) {
      const [error] = expectRefused(await readXlsformWorkbook(data));
      expect(error?.sheet).toBe("workbook");
    }
  });

  it("refuses more survey rows than it accepts", async () => {
    const buffer = await xlsx((workbook) => {
      const survey = workbook.addWorksheet("survey");
      survey.addRow(["type", "name", "label"]);
      for (let i = 0; i <= MAX_SURVEY_ROWS; i++) survey.addRow(["note", `n${i}`, "x"]);
    });
    const [error] = expectRefused(await readXlsformWorkbook(buffer));
    expect(error?.sheet).toBe("survey");
    expect(error?.message.fr).toContain("20000");
  });

  it("refuses two columns of the same name that both hold data", async () => {
    const buffer = await xlsx((workbook) => {
      const survey = workbook.addWorksheet("survey");
      survey.addRow(["type", "name", "label", "label"]);
      survey.addRow(["text", "a", "A", "B"]);
    });
    const [error] = expectRefused(await readXlsformWorkbook(buffer));
    expect(error).toMatchObject({ sheet: "survey", column: "label" });
    expect(error?.message.en).toContain("columns C and D");
  });
});

describe("plainNumber", () => {
  it("writes numbers without exponent notation", () => {
    expect(plainNumber(12)).toBe("12");
    expect(plainNumber(-2.5)).toBe("-2.5");
    expect(plainNumber(1.5e21)).toBe("1500000000000000000000");
    expect(plainNumber(-1.25e-7)).toBe("-0.000000125");
  });
});
