export { questionnaireToXlsform } from "./export.ts";
export { xlsformToQuestionnaire } from "./import.ts";
export type {
  XlsformImportResult,
  XlsformIssue,
  XlsformRow,
  XlsformSheet,
  XlsformSheetName,
  XlsformSheets,
  XlsformWorkbook,
} from "./types.ts";
