import type { Texts } from "../questionnaire-model.ts";
import { cellText, UNKNOWN_FIELD } from "./columns.ts";
import { type IssueLog, short, t } from "./issues.ts";
import { firstFilledRow, type Layout } from "./layout.ts";
import { filled } from "./row-fields.ts";
import { RowReader } from "./row-reader.ts";
import type { XlsformWorkbook } from "./types.ts";
import { reportDroppedColumns } from "./unknown-columns.ts";

export interface ImportedSettings {
  title: Texts;
  description?: Texts;
}

/** Title from form_title, else the form_id, else a plain "Questionnaire": a questionnaire always has one. */
export function importSettings(workbook: XlsformWorkbook, layout: Layout, log: IssueLog): ImportedSettings {
  const columns = layout.columns.settings;
  const sheet = workbook.settings;
  const row = firstFilledRow(sheet, columns);
  const fallback = (text: string): Texts => ({ [layout.defaultLanguage]: text });
  if (!row) return { title: fallback("Questionnaire") };
  reportDroppedColumns("settings", sheet, columns, (column) => column.field === UNKNOWN_FIELD, log);
  const reader = new RowReader("settings", row, columns, layout, log);
  const title = filled(reader.texts("form_title")) ?? fallback(reader.value("form_id") || "Questionnaire");
  // form_id names the file for ODK servers and default_language was read with the columns.
  reader.consume("form_id", "default_language");
  const settings: ImportedSettings = { title };
  const description = filled(reader.texts("ricochet_description"));
  if (description) settings.description = description;
  const version = reader.value("version");
  if (version) {
    log.loss(
      reader.at("version"),
      t(
        `la version « ${short(version)} » du formulaire n'est pas reprise : Ricochet date lui-même les versions du questionnaire.`,
        `the form version “${short(version)}” is not kept: Ricochet dates the questionnaire's versions itself.`,
      ),
    );
  }
  const rows = Array.isArray(sheet?.rows) ? sheet.rows : [];
  for (const extra of rows) {
    if (extra === row || columns.every((column) => cellText(extra?.cells, column.header) === "")) continue;
    log.loss(
      { sheet: "settings", line: extra.line, column: null },
      t(
        "seule la première ligne remplie de la feuille « settings » est lue : cette ligne est ignorée.",
        "only the first filled row of the “settings” sheet is read: this row is ignored.",
      ),
    );
  }
  return settings;
}
