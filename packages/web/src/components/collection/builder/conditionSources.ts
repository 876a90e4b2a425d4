import { pickText, type QuestionnaireDefinition, VALUE_KIND_OF_TYPE } from "@ricochet/domain";
import type { ValueKind } from "../../../lib/conditionLogic.ts";

/** A question a condition can test: earlier in the questionnaire, with its kind and its choices. */
export interface ConditionSource {
  name: string;
  label: string;
  kind: ValueKind;
  choices: Array<{ value: string; label: string }> | null;
}

/**
 * What a condition may test: the questions before `page`/`question` (for a page, those of the
 * pages before it), matrix rows included. Notes and calculations without a kind are left out.
 */
export function conditionSources(
  draft: QuestionnaireDefinition,
  at: { page: number; question?: number },
  language: string,
  yesNo: { yes: string; no: string },
): ConditionSource[] {
  const text = (texts: Record<string, string> | undefined) =>
    pickText(texts, language, draft.defaultLanguage);
  const listChoices = (name: string | undefined) => {
    const list = draft.choiceLists.find((l) => l.name === name);
    return list ? list.choices.map((c) => ({ value: c.value, label: text(c.label) || c.value })) : [];
  };
  const sources: ConditionSource[] = [];
  draft.pages.forEach((page, p) => {
    if (p > at.page) return;
    page.questions.forEach((question, q) => {
      if (p === at.page && (at.question === undefined || q >= at.question)) return;
      const label = text(question.label) || question.name;
      if (question.type === "matrix") {
        for (const item of question.items ?? [])
          sources.push({
            name: item.name,
            label: `${label} › ${text(item.label) || item.name}`,
            kind: "choice",
            choices: listChoices(question.choiceList),
          });
        return;
      }
      const kind = VALUE_KIND_OF_TYPE[question.type];
      if (kind === "none") return;
      const choices =
        question.type === "yes_no"
          ? [
              { value: "yes", label: yesNo.yes },
              { value: "no", label: yesNo.no },
            ]
          : question.choiceList
            ? listChoices(question.choiceList)
            : null;
      sources.push({ name: question.name, label, kind, choices });
    });
  });
  return sources;
}
