import type { Question, QuestionType } from "../questionnaire-model.ts";
import {
  appearanceTokens,
  appearanceWithout,
  hasToken,
  parseFlag,
  parseIndicatorIds,
} from "./cell-values.ts";
import type { ImportContext } from "./import-context.ts";
import { short, t } from "./issues.ts";
import { isValidName } from "./names.ts";
import { readRatingScale } from "./rating-import.ts";
import {
  filled,
  isRandomized,
  joinConditions,
  readImage,
  readParameters,
  reportLeftovers,
  reportMissingList,
} from "./row-fields.ts";
import type { RowReader } from "./row-reader.ts";
import type { QuestionNode } from "./survey-tree.ts";

const CHOICE_TYPES: readonly QuestionType[] = [
  "single_choice",
  "multiple_choice",
  "likert",
  "ranking",
  "yes_no",
];

/** One survey row as a question; null when Ricochet has no such question or the row is in error. */
export function importQuestion(
  node: QuestionNode,
  ctx: ImportContext,
  conditions: readonly string[],
): Question | null {
  const { reader } = node;
  const { log } = ctx;
  const name = reader.value("name");
  const type = node.type;
  if (type.kind === "unsupported") {
    log.loss(
      reader.at("type"),
      t(
        `la question « ${short(name || "?")} » (type « ${short(type.written)} ») n'est pas reprise : ${type.why.fr}.`,
        `the question “${short(name || "?")}” (type “${short(type.written)}”) is not kept: ${type.why.en}.`,
      ),
    );
    return null;
  }
  // Its error was reported with the names.
  if (!isValidName(name)) return null;
  const shape = resolveType(node, name, ctx);
  if (!shape) return null;
  const { questionType, appearance, choiceList } = shape;

  const label = reader.texts("label");
  if (
    ctx.hasLabelColumn &&
    Object.keys(label).length === 0 &&
    questionType !== "note" &&
    questionType !== "calculate"
  ) {
    log.error(
      reader.at("label"),
      t(
        `la question « ${name} » n'a pas de libellé : écrivez dans la colonne « label » le texte que verra la personne qui répond.`,
        `the question “${name}” has no label: write in the “label” column the text the respondent will see.`,
      ),
    );
  }
  const question: Question = { name, type: questionType, label };
  if (choiceList) question.choiceList = choiceList;
  if (appearance) question.appearance = appearance;
  readCommonFields(reader, ctx, question, conditions);

  if (questionType === "calculate") {
    const calculation = reader.value("calculation");
    if (calculation) question.calculation = calculation;
    else {
      log.error(
        reader.at("calculation"),
        t(
          `le calcul « ${name} » n'a pas de formule : remplissez la colonne « calculation ».`,
          `the calculation “${name}” has no formula: fill in the “calculation” column.`,
        ),
      );
    }
  }
  if (CHOICE_TYPES.includes(questionType)) {
    const choiceFilter = reader.value("choice_filter");
    if (choiceFilter) question.choiceFilter = choiceFilter;
    if (isRandomized(readParameters(reader, log, name, ["randomize"]))) question.randomizeChoices = true;
  } else if (questionType === "rating") {
    question.scale = readRatingScale(reader, ctx, name);
  } else {
    readParameters(reader, log, name, []);
  }
  reportLeftovers(reader, log, name);
  return question;
}

interface QuestionShape {
  questionType: QuestionType;
  appearance?: string;
  choiceList?: string;
}

/** Ricochet's type from the XLSForm type, its list and the appearance words that make a type. */
function resolveType(node: QuestionNode, name: string, ctx: ImportContext): QuestionShape | null {
  const { reader, type } = node;
  const { log } = ctx;
  const tokens = appearanceTokens(reader.value("appearance"));
  if (type.kind === "unsupported") return null;
  if (type.kind === "plain") {
    if (type.approximates) {
      log.loss(
        reader.at("type"),
        t(
          `Ricochet n'a pas de question de type « ${type.approximates} » : « ${name} » devient une question de type « ${type.type} ».`,
          `Ricochet has no “${type.approximates}” question: “${name}” becomes a “${type.type}” question.`,
        ),
      );
    }
    if (type.type === "text" && hasToken(tokens, "multiline")) {
      return { questionType: "long_text", appearance: appearanceWithout(tokens, "multiline") };
    }
    return { questionType: type.type, appearance: appearanceWithout(tokens) };
  }
  if (!ctx.lists.has(type.list)) {
    reportMissingList(reader, log, type.list, ctx.hasChoicesSheet);
    return null;
  }
  if (type.orOther) {
    log.loss(
      reader.at("type"),
      t(
        `l'option « Autre » (or_other) de « ${name} » n'est pas reprise : ajoutez un choix « Autre » à la liste et une question texte affichée quand il est choisi.`,
        `the “Other” option (or_other) of “${name}” is not kept: add an “Other” choice to the list and a text question shown when it is picked.`,
      ),
    );
  }
  if (type.mode === "one" && ctx.yesNoLists.has(type.list)) {
    ctx.usedByYesNo.add(type.list);
    return { questionType: "yes_no", appearance: appearanceWithout(tokens) };
  }
  if (type.mode === "one" && hasToken(tokens, "likert")) {
    return { questionType: "likert", appearance: appearanceWithout(tokens, "likert"), choiceList: type.list };
  }
  const questionType =
    type.mode === "one" ? "single_choice" : type.mode === "multiple" ? "multiple_choice" : "ranking";
  return { questionType, appearance: appearanceWithout(tokens), choiceList: type.list };
}

/** The fields any question may carry. */
function readCommonFields(
  reader: RowReader,
  ctx: ImportContext,
  question: Question,
  conditions: readonly string[],
): void {
  const { log, layout } = ctx;
  const hint = filled(reader.texts("hint"));
  if (hint) question.hint = hint;
  const easyRead = filled(reader.texts("easy_read"));
  if (easyRead) question.easyRead = easyRead;
  const image = readImage(reader, log, layout.defaultLanguage);
  if (image) question.image = image;
  const required = reader.value("required");
  const flag = parseFlag(required);
  if (flag) question.required = true;
  else if (flag === null) {
    log.loss(
      reader.at("required"),
      t(
        `« ${question.name} » n'est obligatoire que sous une condition (« ${short(required)} ») ; Ricochet rend une question toujours ou jamais obligatoire : elle devient facultative.`,
        `“${question.name}” is required only under a condition (“${short(required)}”); Ricochet makes a question always or never required: it becomes optional.`,
      ),
    );
  }
  const requiredMessage = filled(reader.texts("required_message"));
  if (requiredMessage) question.requiredMessage = requiredMessage;
  const constraint = reader.value("constraint");
  if (constraint) question.constraint = constraint;
  const constraintMessage = filled(reader.texts("constraint_message"));
  if (constraintMessage) question.constraintMessage = constraintMessage;
  const relevant = joinConditions(conditions, reader.value("relevant"));
  if (relevant) question.relevant = relevant;
  const indicatorIds = parseIndicatorIds(reader.value("ricochet_indicators"));
  if (indicatorIds) question.indicatorIds = indicatorIds;
}
