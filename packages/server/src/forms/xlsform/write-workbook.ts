// Relative until @ricochet/domain re-exports the xlsform module from its index.
import type { XlsformSheet, XlsformWorkbook } from "@ricochet/domain";
import ExcelJS from "exceljs";

const SHEETS = ["survey", "choices", "settings"] as const;
const MAX_WIDTH = 60;

/**
 * Writes the sheets as an .xlsx that ODK, KoboToolbox and Ricochet read: header row in bold
 * and frozen, every value as text (so that `01` stays `01`), rows one after the other.
 */
export async function writeXlsformWorkbook(sheets: XlsformWorkbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const name of SHEETS) {
    const sheet = sheets[name];
    if (sheet) writeSheet(workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] }), sheet);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeSheet(worksheet: ExcelJS.Worksheet, sheet: XlsformSheet): void {
  worksheet.addRow(sheet.columns);
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows) {
    worksheet.addRow(
      sheet.columns.map(
        (header) => (Object.hasOwn(row.cells, header) ? (row.cells[header] ?? null) : null) || null,
      ),
    );
  }
  sheet.columns.forEach((header, index) => {
    const longest = Math.max(
      header.length,
      ...sheet.rows.map((row) => (Object.hasOwn(row.cells, header) ? (row.cells[header]?.length ?? 0) : 0)),
    );
    worksheet.getColumn(index + 1).width = Math.min(MAX_WIDTH, longest + 2);
  });
}
