import type { MatrixItem, Page, Question, QuestionnaireDefinition } from "../questionnaire-model.ts";
import { type Cell, languageHeaders, SheetBuilder, textCells } from "./sheet-builder.ts";
import type { XlsformSheet } from "./types.ts";

const TRANSLATED = [
  "label",
  "hint",
  "required_message",
  "constraint_message",
  "easy_read",
  "ricochet_rating_min_label",
  "ricochet_rating_max_label",
] as const;

function surveyColumns(languages: readonly string[]): string[][] {
  const translated = (field: (typeof TRANSLATED)[number]) => languageHeaders(field, languages);
  return [
    ["type"],
    ["name"],
    translated("label"),
    translated("hint"),
    ["required"],
    translated("required_message"),
    ["constraint"],
    translated("constraint_message"),
    ["relevant"],
    ["calculation"],
    ["choice_filter"],
    ["appearance"],
    ["parameters"],
    ["image"],
    translated("easy_read"),
    ["ricochet_indicators"],
    translated("ricochet_rating_min_label"),
    translated("ricochet_rating_max_label"),
  ];
}

/** The survey sheet: every page a field-list group, every matrix a table-list group inside it. */
export function exportSurvey(definition: QuestionnaireDefinition, yesNoList: string): XlsformSheet {
  const { languages } = definition;
  const builder = new SheetBuilder(
    surveyColumns(languages),
    new Set(["type", "name", ...languageHeaders("label", languages)]),
  );
  for (const page of definition.pages) {
    builder.add(pageRow(page, languages));
    for (const question of page.questions) {
      if (question.type === "matrix") {
        builder.add(matrixRow(question, languages));
        for (const item of question.items ?? []) builder.add(itemRow(item, question, languages));
        builder.add([["type", "end_group"]]);
      } else {
        builder.add(questionRow(question, languages, yesNoList));
      }
    }
    builder.add([["type", "end_group"]]);
  }
  return builder.build();
}

function pageRow(page: Page, languages: readonly string[]): Cell[] {
  return [
    ["type", "begin_group"],
    ["name", page.name],
    ...textCells("label", page.title, languages),
    ["relevant", page.relevant],
    ["appearance", "field-list"],
  ];
}

/** The appearance with the word that makes the type, first: `multiline minimal`. */
function appearance(structural: string | null, own: string | undefined): string | undefined {
  const words = [structural, ...(own ?? "").split(/\s+/)].filter((word): word is string => Boolean(word));
  return [...new Set(words)].join(" ") || undefined;
}

function typeCell(question: Question, yesNoList: string): string {
  const list = question.choiceList ?? "";
  switch (question.type) {
    case "long_text":
      return "text";
    case "consent":
      return "acknowledge";
    case "single_choice":
    case "likert":
      return `select_one ${list}`;
    case "yes_no":
      return `select_one ${yesNoList}`;
    case "multiple_choice":
      return `select_multiple ${list}`;
    case "ranking":
      return `rank ${list}`;
    case "rating":
      return "range";
    case "matrix":
      return "begin_group";
    default:
      return question.type;
  }
}

function structuralAppearance(question: Question): string | null {
  if (question.type === "long_text") return "multiline";
  if (question.type === "likert") return "likert";
  if (question.type === "matrix") return "table-list";
  return null;
}

function parameters(question: Question): string | undefined {
  const pieces: string[] = [];
  if (question.type === "rating" && question.scale) {
    pieces.push(`start=${question.scale.min}`, `end=${question.scale.max}`);
  }
  if (question.randomizeChoices) pieces.push("randomize=true");
  return pieces.join(" ") || undefined;
}

function questionRow(question: Question, languages: readonly string[], yesNoList: string): Cell[] {
  return [
    ["type", typeCell(question, yesNoList)],
    ["name", question.name],
    ...textCells("label", question.label, languages),
    ...textCells("hint", question.hint, languages),
    ["required", question.required ? "yes" : undefined],
    ...textCells("required_message", question.requiredMessage, languages),
    ["constraint", question.constraint],
    ...textCells("constraint_message", question.constraintMessage, languages),
    ["relevant", question.relevant],
    ["calculation", question.type === "calculate" ? question.calculation : undefined],
    ["choice_filter", question.choiceFilter],
    ["appearance", appearance(structuralAppearance(question), question.appearance)],
    ["parameters", parameters(question)],
    ["image", question.image ?? undefined],
    ...textCells("easy_read", question.easyRead, languages),
    ["ricochet_indicators", question.indicatorIds?.join(" ")],
    ...textCells("ricochet_rating_min_label", question.scale?.minLabel, languages),
    ...textCells("ricochet_rating_max_label", question.scale?.maxLabel, languages),
  ];
}

/** The begin_group of a table: what belongs to the matrix as a whole. */
function matrixRow(matrix: Question, languages: readonly string[]): Cell[] {
  return [
    ["type", "begin_group"],
    ["name", matrix.name],
    ...textCells("label", matrix.label, languages),
    ...textCells("hint", matrix.hint, languages),
    ["relevant", matrix.relevant],
    ["appearance", appearance("table-list", matrix.appearance)],
    ["image", matrix.image ?? undefined],
    ...textCells("easy_read", matrix.easyRead, languages),
    ["ricochet_indicators", matrix.indicatorIds?.join(" ")],
  ];
}

/** A row of a table carries the matrix's rules, since XLSForm has them per question. */
function itemRow(item: MatrixItem, matrix: Question, languages: readonly string[]): Cell[] {
  return [
    ["type", `select_one ${matrix.choiceList ?? ""}`],
    ["name", item.name],
    ...textCells("label", item.label, languages),
    ["required", matrix.required ? "yes" : undefined],
    ...textCells("required_message", matrix.requiredMessage, languages),
    ["constraint", matrix.constraint],
    ...textCells("constraint_message", matrix.constraintMessage, languages),
    ["choice_filter", matrix.choiceFilter],
    ["parameters", matrix.randomizeChoices ? "randomize=true" : undefined],
    ...textCells("easy_read", item.easyRead, languages),
  ];
}
