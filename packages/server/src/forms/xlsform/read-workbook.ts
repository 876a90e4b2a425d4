// Relative until @ricochet/domain re-exports the xlsform module from its index.
import type { XlsformIssue, XlsformRow, XlsformSheet, XlsformWorkbook } from "@ricochet/domain";
import ExcelJS from "exceljs";
import { cellText } from "./cell-text.ts";

export const MAX_SURVEY_ROWS = 20_000;

const SHEETS = ["survey", "choices", "settings"] as const;
type SheetName = (typeof SHEETS)[number];

export type XlsformReadResult =
  | { ok: true; workbook: XlsformWorkbook }
  | { ok: false; errors: XlsformIssue[] };

function fail(sheet: XlsformIssue["sheet"], fr: string, en: string): XlsformReadResult {
  return { ok: false, errors: [{ sheet, line: null, column: null, message: { fr, en } }] };
}

/** A, B… Z, AA: how the spreadsheet names the column the user must look at. */
function columnLetters(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Reads an .xlsx XLSForm into plain sheets for `xlsformToQuestionnaire`. Anything that is not
 * an xlsx is refused with a message, never an exception: the bytes come from an upload.
 */
export async function readXlsformWorkbook(data: Buffer | Uint8Array): Promise<XlsformReadResult> {
  const notXlsx = () =>
    fail(
      "workbook",
      "Ce fichier n'est pas un classeur Excel (.xlsx) lisible. Enregistrez votre XLSForm au format .xlsx (pas .xls, .csv ni .ods) puis importez-le à nouveau.",
      "This file is not a readable Excel workbook (.xlsx). Save your XLSForm as .xlsx (not .xls, .csv or .ods) and import it again.",
    );
  if (!data || data.byteLength === 0) {
    return fail(
      "workbook",
      "Le fichier est vide. Choisissez le fichier .xlsx de votre XLSForm.",
      "The file is empty. Choose the .xlsx file of your XLSForm.",
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    // exceljs's types predate Node's generic Buffer.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return notXlsx();
  }
  if (workbook.worksheets.length === 0) return notXlsx();

  const result: XlsformWorkbook = {};
  const errors: XlsformIssue[] = [];
  for (const name of SHEETS) {
    const worksheet = workbook.worksheets.find((each) => each.name.trim().toLowerCase() === name);
    if (!worksheet) continue;
    if (name === "survey" && worksheet.actualRowCount - 1 > MAX_SURVEY_ROWS) {
      return fail(
        "survey",
        `La feuille « survey » compte ${worksheet.actualRowCount - 1} lignes : Ricochet en accepte ${MAX_SURVEY_ROWS} au plus. Découpez le formulaire en plusieurs questionnaires.`,
        `The “survey” sheet has ${worksheet.actualRowCount - 1} rows: Ricochet accepts ${MAX_SURVEY_ROWS} at most. Split the form into several questionnaires.`,
      );
    }
    const read = readSheet(worksheet, name);
    errors.push(...read.errors);
    result[name] = read.sheet;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, workbook: result };
}

/** The header is the first row that says anything; blank rows are skipped, their numbers kept. */
function readSheet(
  worksheet: ExcelJS.Worksheet,
  name: SheetName,
): { sheet: XlsformSheet; errors: XlsformIssue[] } {
  const headers: Array<{ index: number; header: string }> = [];
  const duplicates = new Map<number, { header: string; first: number }>();
  const rows: XlsformRow[] = [];
  const errors: XlsformIssue[] = [];
  const duplicatesWithData = new Set<number>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (headers.length === 0 && duplicates.size === 0) {
      const seen = new Map<string, number>();
      row.eachCell({ includeEmpty: false }, (cell, index) => {
        const header = cellText(cell.value);
        if (!header) return;
        const first = seen.get(header);
        if (first === undefined) {
          seen.set(header, index);
          headers.push({ index, header });
        } else {
          duplicates.set(index, { header, first });
        }
      });
      return;
    }
    const cells: Record<string, string> = {};
    for (const { index, header } of headers) {
      const text = cellText(row.getCell(index).value);
      // defineProperty, not assignment: a column called `__proto__` must stay a column.
      if (text)
        Object.defineProperty(cells, header, {
          value: text,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    for (const index of duplicates.keys())
      if (cellText(row.getCell(index).value)) duplicatesWithData.add(index);
    if (Object.keys(cells).length > 0) rows.push({ line: rowNumber, cells });
  });
  for (const index of duplicatesWithData) {
    const duplicate = duplicates.get(index);
    if (!duplicate) continue;
    const [here, there] = [columnLetters(duplicate.first), columnLetters(index)];
    errors.push({
      sheet: name,
      line: null,
      column: duplicate.header,
      message: {
        fr: `Feuille « ${name} » : deux colonnes s'appellent « ${duplicate.header} » (colonnes ${here} et ${there}). Renommez ou supprimez l'une d'elles.`,
        en: `Sheet “${name}”: two columns are called “${duplicate.header}” (columns ${here} and ${there}). Rename or delete one of them.`,
      },
    });
  }
  return { sheet: { columns: headers.map((each) => each.header), rows }, errors };
}
