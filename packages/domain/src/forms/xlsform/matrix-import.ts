import type { MatrixItem, Question, Texts } from "../questionnaire-model.ts";
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
import {
  filled,
  isRandomized,
  joinConditions,
  readImage,
  readParameters,
  reportLeftovers,
  reportMissingList,
} from "./row-fields.ts";
import type { GroupNode, QuestionNode } from "./survey-tree.ts";

/** ODK's table-list mechanics on the rows of a table; Ricochet draws its matrices itself. */
const TABLE_ROW_APPEARANCES = ["label", "list-nolabel"];

/** A table-list group whose rows all pick from the same list is one question in Ricochet. */
export function isMatrixGroup(node: GroupNode): boolean {
  if (node.repeat || node.children.length === 0) return false;
  if (!hasToken(appearanceTokens(node.reader.value("appearance")), "table-list")) return false;
  const lists = node.children.map((child) =>
    child.kind === "question" &&
    child.type.kind === "select" &&
    child.type.mode === "one" &&
    !child.type.orOther
      ? child.type.list
      : null,
  );
  return lists.every((list) => list !== null && list === lists[0]);
}

/** What Ricochet holds once for the whole matrix but XLSForm writes on every row. */
interface RowRules {
  required: boolean;
  requiredMessage?: Texts;
  constraint?: string;
  constraintMessage?: Texts;
  choiceFilter?: string;
  randomizeChoices: boolean;
}

export function importMatrix(
  node: GroupNode,
  ctx: ImportContext,
  conditions: readonly string[],
): Question | null {
  const { reader } = node;
  const { log } = ctx;
  const name = reader.value("name");
  const rows = node.children as QuestionNode[];
  const first = rows[0];
  const list = first?.type.kind === "select" ? first.type.list : "";
  if (!isValidName(name) || !first) return null;
  if (!ctx.lists.has(list)) {
    reportMissingList(first.reader, log, list, ctx.hasChoicesSheet);
    return null;
  }
  const label = reader.texts("label");
  if (ctx.hasLabelColumn && Object.keys(label).length === 0) {
    log.error(
      reader.at("label"),
      t(
        `le tableau « ${name} » (groupe table-list) n'a pas de libellé : écrivez sa consigne dans la colonne « label » de la ligne begin_group.`,
        `the table “${name}” (table-list group) has no label: write its instruction in the “label” column of the begin_group row.`,
      ),
    );
  }
  const items: MatrixItem[] = [];
  const rules: RowRules[] = [];
  for (const row of rows) {
    const item = readItem(row, ctx, name);
    if (!item) continue;
    items.push(item.item);
    rules.push(item.rules);
  }
  const question: Question = { name, type: "matrix", label, choiceList: list, items };
  const hint = filled(reader.texts("hint"));
  if (hint) question.hint = hint;
  const easyRead = filled(reader.texts("easy_read"));
  if (easyRead) question.easyRead = easyRead;
  const image = readImage(reader, log, ctx.layout.defaultLanguage);
  if (image) question.image = image;
  const relevant = joinConditions(conditions, reader.value("relevant"));
  if (relevant) question.relevant = relevant;
  const indicatorIds = parseIndicatorIds(reader.value("ricochet_indicators"));
  if (indicatorIds) question.indicatorIds = indicatorIds;
  const appearance = appearanceWithout(appearanceTokens(reader.value("appearance")), "table-list");
  if (appearance) question.appearance = appearance;
  applySharedRules(question, rules, node, ctx);
  reportLeftovers(reader, log, name);
  return question;
}

function readItem(
  row: QuestionNode,
  ctx: ImportContext,
  matrix: string,
): { item: MatrixItem; rules: RowRules } | null {
  const { reader } = row;
  const { log } = ctx;
  const name = reader.value("name");
  if (!isValidName(name)) return null;
  const label = reader.texts("label");
  if (ctx.hasLabelColumn && Object.keys(label).length === 0) {
    log.error(
      reader.at("label"),
      t(
        `la ligne « ${name} » du tableau « ${matrix} » n'a pas de libellé : écrivez-le dans la colonne « label ».`,
        `the row “${name}” of the table “${matrix}” has no label: write it in the “label” column.`,
      ),
    );
  }
  const item: MatrixItem = { name, label };
  const easyRead = filled(reader.texts("easy_read"));
  if (easyRead) item.easyRead = easyRead;
  const rules: RowRules = {
    required: parseFlag(reader.value("required")) === true,
    randomizeChoices: isRandomized(readParameters(reader, log, name, ["randomize"])),
  };
  const requiredMessage = filled(reader.texts("required_message"));
  if (requiredMessage) rules.requiredMessage = requiredMessage;
  const constraint = reader.value("constraint");
  if (constraint) rules.constraint = constraint;
  const constraintMessage = filled(reader.texts("constraint_message"));
  if (constraintMessage) rules.constraintMessage = constraintMessage;
  const choiceFilter = reader.value("choice_filter");
  if (choiceFilter) rules.choiceFilter = choiceFilter;
  const extra = appearanceWithout(appearanceTokens(reader.value("appearance")), ...TABLE_ROW_APPEARANCES);
  if (extra) {
    log.loss(
      reader.at("appearance"),
      t(
        `l'apparence « ${short(extra)} » de la ligne « ${name} » n'est pas reprise : Ricochet présente toutes les lignes d'un tableau de la même façon.`,
        `the appearance “${short(extra)}” of the row “${name}” is not kept: Ricochet shows every row of a table the same way.`,
      ),
    );
  }
  reportLeftovers(reader, log, name);
  return { item, rules };
}

const RULE_NAMES: Record<keyof RowRules, { fr: string; en: string }> = {
  required: { fr: "le caractère obligatoire", en: "whether an answer is required" },
  requiredMessage: { fr: "le message de réponse obligatoire", en: "the required message" },
  constraint: { fr: "la contrainte", en: "the constraint" },
  constraintMessage: { fr: "le message de la contrainte", en: "the constraint message" },
  choiceFilter: { fr: "le filtre de choix", en: "the choice filter" },
  randomizeChoices: { fr: "l'ordre aléatoire des choix", en: "the random order of choices" },
};

/** A rule every row agrees on becomes the matrix's; one the rows disagree on cannot be kept. */
function applySharedRules(
  question: Question,
  rules: readonly RowRules[],
  node: GroupNode,
  ctx: ImportContext,
): void {
  const keys = Object.keys(RULE_NAMES) as Array<keyof RowRules>;
  for (const key of keys) {
    const values = rules.map((rule) => JSON.stringify(rule[key] ?? null));
    if (values.length === 0) continue;
    if (values.some((value) => value !== values[0])) {
      ctx.log.loss(
        node.reader.at(),
        t(
          `les lignes du tableau « ${question.name} » diffèrent par ${RULE_NAMES[key].fr} : Ricochet applique ce réglage au tableau entier, il n'est donc pas repris${key === "required" ? " (le tableau devient facultatif)" : ""}.`,
          `the rows of the table “${question.name}” differ in ${RULE_NAMES[key].en}: Ricochet applies this setting to the whole table, so it is not kept${key === "required" ? " (the table becomes optional)" : ""}.`,
        ),
      );
      continue;
    }
    const shared = rules[0]?.[key];
    if (shared === undefined || shared === false) continue;
    Object.assign(question, { [key]: shared });
  }
}
