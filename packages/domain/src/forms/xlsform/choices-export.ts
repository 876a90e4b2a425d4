import type { ChoiceList, QuestionnaireDefinition } from "../questionnaire-model.ts";
import { languageHeaders, SheetBuilder, textCells } from "./sheet-builder.ts";
import type { XlsformSheet } from "./types.ts";

/** The choices sheet; filter columns follow, in the order the lists first use them. */
export function exportChoices(
  definition: QuestionnaireDefinition,
  extraLists: readonly ChoiceList[],
): XlsformSheet {
  const { languages } = definition;
  const label = languageHeaders("label", languages);
  const builder = new SheetBuilder(
    [["list_name"], ["name"], label, ["image"], languageHeaders("easy_read", languages)],
    new Set(["list_name", "name", ...label]),
  );
  for (const list of [...definition.choiceLists, ...extraLists]) {
    for (const choice of list.choices) {
      builder.add([
        ["list_name", list.name],
        ["name", choice.value],
        ...textCells("label", choice.label, languages),
        ["image", choice.image ?? undefined],
        ...textCells("easy_read", choice.easyRead, languages),
        ...Object.entries(choice.filters ?? {}),
      ]);
    }
  }
  return builder.build();
}
