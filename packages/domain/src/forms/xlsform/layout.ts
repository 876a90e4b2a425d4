import { cellText, type ParsedColumn, parseColumns } from "./columns.ts";
import type { IssueLog } from "./issues.ts";
import { short, t } from "./issues.ts";
import { assignLanguageCodes } from "./languages.ts";
import type { XlsformRow, XlsformSheet, XlsformWorkbook } from "./types.ts";
import { CHOICES_VOCABULARY, SETTINGS_VOCABULARY, SURVEY_VOCABULARY, WORDING_FIELDS } from "./vocabulary.ts";

export type DataSheet = "survey" | "choices" | "settings";

/** A column with its language code: the default language for a bare translatable header. */
export interface ResolvedColumn {
  header: string;
  field: string;
  language: string | null;
}

/** How the workbook's columns read, decided once for all sheets so that languages agree. */
export interface Layout {
  defaultLanguage: string;
  languages: string[];
  columns: Record<DataSheet, ResolvedColumn[]>;
}

/** The questionnaire's source language, used when a file gives none and writes bare `label` columns. */
const FALLBACK_LANGUAGE = "fr";

/** Settings hold one row of values; the first row that says anything is it. */
export function firstFilledRow(
  sheet: XlsformSheet | undefined,
  columns: ReadonlyArray<{ header: string }>,
): XlsformRow | null {
  const rows = Array.isArray(sheet?.rows) ? sheet.rows : [];
  return rows.find((row) => columns.some((column) => cellText(row?.cells, column.header) !== "")) ?? null;
}

export function buildLayout(workbook: XlsformWorkbook, log: IssueLog): Layout {
  const parsed: Record<DataSheet, ParsedColumn[]> = {
    survey: parseColumns(workbook.survey, SURVEY_VOCABULARY),
    choices: parseColumns(workbook.choices, CHOICES_VOCABULARY),
    settings: parseColumns(workbook.settings, SETTINGS_VOCABULARY),
  };
  const settingsRow = firstFilledRow(workbook.settings, parsed.settings);
  const defaultColumn = parsed.settings.find((column) => column.field === "default_language");
  const defaultSpec = defaultColumn ? cellText(settingsRow?.cells, defaultColumn.header) : "";

  const all = [...parsed.survey, ...parsed.choices, ...parsed.settings];
  const specs = all.flatMap((column) => (column.languageSpec === null ? [] : [column.languageSpec]));
  const codes = assignLanguageCodes(defaultSpec ? [defaultSpec, ...specs] : specs);
  for (const { spec, code } of codes.unrecognised) {
    const header =
      all.find((column) => column.languageSpec === spec)?.header ?? defaultColumn?.header ?? null;
    log.loss(
      { sheet: "workbook", line: null, column: header },
      t(
        `La langue « ${short(spec)} » n'est pas reconnue : elle reçoit le code « ${code} », réservé aux langues locales. Écrivez plutôt son nom suivi de son code, par exemple « Français (fr) ».`,
        `The language “${short(spec)}” is not recognised: it gets the code “${code}”, reserved for local languages. Write its name followed by its code instead, for example “English (en)”.`,
      ),
    );
  }

  const wording = all.filter((column) => WORDING_FIELDS.has(column.field));
  const named = wording.flatMap((column) =>
    column.languageSpec === null ? [] : [codes.bySpec.get(column.languageSpec) ?? FALLBACK_LANGUAGE],
  );
  const defaultLanguage = defaultSpec
    ? (codes.bySpec.get(defaultSpec) ?? FALLBACK_LANGUAGE)
    : wording.some((column) => column.languageSpec === null) || named.includes(FALLBACK_LANGUAGE)
      ? FALLBACK_LANGUAGE
      : (named[0] ?? FALLBACK_LANGUAGE);
  const languages = [...new Set([defaultLanguage, ...named])];

  const resolve = (columns: ParsedColumn[]): ResolvedColumn[] =>
    columns.map((column) => ({
      header: column.header,
      field: column.field,
      language:
        column.languageSpec !== null
          ? (codes.bySpec.get(column.languageSpec) ?? defaultLanguage)
          : isTranslatable(column.field)
            ? defaultLanguage
            : null,
    }));
  return {
    defaultLanguage,
    languages,
    columns: {
      survey: resolve(parsed.survey),
      choices: resolve(parsed.choices),
      settings: resolve(parsed.settings),
    },
  };
}

function isTranslatable(field: string): boolean {
  return (
    SURVEY_VOCABULARY.translatable.has(field) ||
    CHOICES_VOCABULARY.translatable.has(field) ||
    SETTINGS_VOCABULARY.translatable.has(field)
  );
}
