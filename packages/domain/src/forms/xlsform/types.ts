import type { Bilingual } from "../../i18n/locale.ts";
import type { QuestionnaireDefinition } from "../questionnaire-model.ts";

/** One spreadsheet row: `line` is its 1-based row number, so that messages point at what the user sees. */
export interface XlsformRow {
  line: number;
  /** Keyed by the header text as written; values already strings, trimmed; an empty cell may be absent. */
  cells: Record<string, string>;
}

export interface XlsformSheet {
  columns: string[];
  rows: XlsformRow[];
}

export interface XlsformWorkbook {
  survey?: XlsformSheet;
  choices?: XlsformSheet;
  settings?: XlsformSheet;
}

export type XlsformSheetName = "survey" | "choices" | "settings" | "workbook";

/** A problem or a loss, located as precisely as the file allows. */
export interface XlsformIssue {
  sheet: XlsformSheetName;
  line: number | null;
  column: string | null;
  message: Bilingual;
}

export type XlsformImportResult =
  | { ok: true; definition: QuestionnaireDefinition; unmapped: XlsformIssue[] }
  | { ok: false; errors: XlsformIssue[] };

/** What export produces: the three sheets of a standard XLSForm. */
export interface XlsformSheets {
  survey: XlsformSheet;
  choices: XlsformSheet;
  settings: XlsformSheet;
}
