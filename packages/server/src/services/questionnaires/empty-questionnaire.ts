import type { QuestionnaireDefinition } from "@ricochet/domain";

/** A new questionnaire: French first, one empty page to add questions to. */
export function emptyQuestionnaire(title: string): QuestionnaireDefinition {
  return {
    defaultLanguage: "fr",
    languages: ["fr"],
    title: { fr: title },
    choiceLists: [],
    pages: [{ name: "page_1", title: { fr: "Page 1" }, questions: [] }],
  };
}
