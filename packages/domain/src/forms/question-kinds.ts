import type { ValueKind } from "./expression/index.ts";
import type { Question, QuestionnaireDefinition, QuestionType } from "./questionnaire-model.ts";

/** The kind of value an expression reads from `${name}` for each question type. */
export const VALUE_KIND_OF_TYPE: Record<QuestionType, ValueKind> = {
  text: "text",
  long_text: "text",
  integer: "number",
  decimal: "number",
  single_choice: "choice",
  multiple_choice: "choices",
  likert: "choice",
  rating: "number",
  yes_no: "choice",
  date: "date",
  matrix: "none",
  ranking: "choices",
  note: "none",
  consent: "boolean",
  calculate: "text",
};

/**
 * Every name an expression may reference, with its kind: each question, and each matrix row
 * (answered on the matrix's list, referenced by its own name as XLSForm's table-list rows are).
 */
export function referenceableNames(definition: QuestionnaireDefinition): Map<string, ValueKind> {
  const names = new Map<string, ValueKind>();
  for (const page of definition.pages)
    for (const question of page.questions) {
      names.set(question.name, VALUE_KIND_OF_TYPE[question.type]);
      for (const item of question.items ?? []) names.set(item.name, "choice");
    }
  return names;
}

/** The values yes/no questions answer with (no choice list needed). */
export const YES_NO_VALUES = ["yes", "no"] as const;

export function isChoiceQuestion(question: Question): boolean {
  return ["single_choice", "multiple_choice", "likert", "ranking", "matrix"].includes(question.type);
}
