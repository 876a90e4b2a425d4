import type { ChoiceList, QuestionnaireDefinition } from "../questionnaire-model.ts";
import { exportChoices } from "./choices-export.ts";
import { exportSettings } from "./settings-export.ts";
import { exportSurvey } from "./survey-export.ts";
import type { XlsformSheets } from "./types.ts";
import { isYesNoList, YES_NO_LIST_NAME, yesNoList } from "./yes-no.ts";

/**
 * Writes a questionnaire as a standard XLSForm that ODK and KoboToolbox read, plus Ricochet's
 * own columns (easy read, indicators, scale labels) so that reading it back loses nothing.
 */
export function questionnaireToXlsform(definition: QuestionnaireDefinition): XlsformSheets {
  const extraLists: ChoiceList[] = [];
  let yesNo = definition.choiceLists.find(isYesNoList)?.name;
  const asksYesNo = definition.pages.some((page) =>
    page.questions.some((question) => question.type === "yes_no"),
  );
  if (asksYesNo && !yesNo) {
    const taken = new Set(definition.choiceLists.map((list) => list.name));
    let name = YES_NO_LIST_NAME;
    for (let suffix = 2; taken.has(name); suffix++) name = `${YES_NO_LIST_NAME}_${suffix}`;
    extraLists.push(yesNoList(name, definition.languages, definition.defaultLanguage));
    yesNo = name;
  }
  return {
    survey: exportSurvey(definition, yesNo ?? YES_NO_LIST_NAME),
    choices: exportChoices(definition, extraLists),
    settings: exportSettings(definition),
  };
}
