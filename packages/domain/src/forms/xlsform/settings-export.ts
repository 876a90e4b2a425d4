import type { QuestionnaireDefinition } from "../questionnaire-model.ts";
import { foldName } from "./language-names.ts";
import { languageLabel } from "./languages.ts";
import { type Cell, languageHeader, languageHeaders, SheetBuilder, textCells } from "./sheet-builder.ts";
import type { XlsformSheet } from "./types.ts";

/** ODK servers want a form_id; one derived from the title reads best in their lists. */
function formId(title: string): string {
  const slug = foldName(title)
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 60);
  return /^[a-z]/.test(slug) ? slug : `questionnaire${slug ? `_${slug}` : ""}`.slice(0, 64);
}

/**
 * Settings: the default-language title goes in the bare `form_title` ODK tools read, the
 * others in `form_title::<language>` columns that Ricochet reads back.
 */
export function exportSettings(definition: QuestionnaireDefinition): XlsformSheet {
  const { languages, defaultLanguage, title } = definition;
  const others = languages.filter((language) => language !== defaultLanguage);
  const builder = new SheetBuilder(
    [
      ["form_title"],
      others.map((language) => languageHeader("form_title", language)),
      ["form_id"],
      ["default_language"],
      languageHeaders("ricochet_description", languages),
    ],
    new Set(["form_title", "form_id", "default_language"]),
  );
  const cells: Cell[] = [
    ["form_title", title[defaultLanguage]],
    ...others.map((language) => [languageHeader("form_title", language), title[language]] as const),
    ["form_id", formId(title[defaultLanguage] ?? "")],
    ["default_language", languageLabel(defaultLanguage)],
    ...textCells("ricochet_description", definition.description, languages),
  ];
  builder.add(cells);
  return builder.build();
}
