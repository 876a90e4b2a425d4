import type { FieldIssue } from "../errors/app-error.ts";
import type { Bilingual } from "../i18n/locale.ts";
import {
  type ExpressionScope,
  expressionReferences,
  parseExpression,
  type ValueKind,
  validateExpression,
} from "./expression/index.ts";
import { isChoiceQuestion, referenceableNames, VALUE_KIND_OF_TYPE } from "./question-kinds.ts";
import type { Question, QuestionnaireDefinition } from "./questionnaire-model.ts";

// Whole-questionnaire rules, after the shape was checked by ZQuestionnaireDefinition: unique
// names, existing choice lists, texts in the default language, expressions that parse and
// reference existing questions, calculations without cycles. Every problem is reported with
// its path, so the builder can show each where it is.

const msg = (fr: string, en: string): Bilingual => ({ fr, en });

export function validateQuestionnaire(definition: QuestionnaireDefinition): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, message: Bilingual) => issues.push({ path, message });
  const { defaultLanguage } = definition;

  if (!definition.languages.includes(defaultLanguage))
    add(
      "languages",
      msg(
        `La langue par défaut « ${defaultLanguage} » doit faire partie des langues du questionnaire.`,
        `The default language “${defaultLanguage}” must be one of the questionnaire's languages.`,
      ),
    );
  if (new Set(definition.languages).size !== definition.languages.length)
    add("languages", msg("Une langue est listée deux fois.", "A language is listed twice."));
  if (!definition.title[defaultLanguage]?.trim())
    add(
      "title",
      msg(
        `Le questionnaire n'a pas de titre dans la langue par défaut (${defaultLanguage}).`,
        `The questionnaire has no title in its default language (${defaultLanguage}).`,
      ),
    );

  const lists = new Map(definition.choiceLists.map((list) => [list.name, list]));
  definition.choiceLists.forEach((list, l) => {
    if (definition.choiceLists.findIndex((other) => other.name === list.name) !== l)
      add(
        `choiceLists.${l}.name`,
        msg(
          `Deux listes de choix s'appellent « ${list.name} ».`,
          `Two choice lists are named “${list.name}”.`,
        ),
      );
    const seen = new Set<string>();
    list.choices.forEach((choice, c) => {
      if (seen.has(choice.value))
        add(
          `choiceLists.${l}.choices.${c}.value`,
          msg(
            `La valeur « ${choice.value} » apparaît deux fois dans la liste « ${list.name} ».`,
            `The value “${choice.value}” appears twice in the list “${list.name}”.`,
          ),
        );
      seen.add(choice.value);
      if (!choice.label[defaultLanguage]?.trim())
        add(
          `choiceLists.${l}.choices.${c}.label`,
          msg(
            `Le choix « ${choice.value} » de la liste « ${list.name} » n'a pas de libellé en ${defaultLanguage}.`,
            `The choice “${choice.value}” of the list “${list.name}” has no label in ${defaultLanguage}.`,
          ),
        );
    });
  });

  const names = referenceableNames(definition);
  const firstPath = new Map<string, string>();
  const pageNames = new Set<string>();
  definition.pages.forEach((page, p) => {
    if (pageNames.has(page.name))
      add(
        `pages.${p}.name`,
        msg(`Deux pages s'appellent « ${page.name} ».`, `Two pages are named “${page.name}”.`),
      );
    pageNames.add(page.name);
    page.questions.forEach((question, q) => {
      const path = `pages.${p}.questions.${q}`;
      for (const name of [question.name, ...(question.items ?? []).map((i) => i.name)]) {
        const earlier = firstPath.get(name);
        if (earlier)
          add(
            `${path}.name`,
            msg(
              `Le nom « ${name} » est déjà pris par une autre question : chaque question et chaque ligne de tableau a un nom unique.`,
              `The name “${name}” is already taken by another question: every question and matrix row has a unique name.`,
            ),
          );
        else firstPath.set(name, path);
      }
      checkQuestionShape(question, path, definition, lists, add);
    });
  });

  // Expressions: each parses and references questions that exist.
  const scope = (dot?: ValueKind, columns?: ReadonlySet<string>): ExpressionScope => ({
    names,
    ...(dot ? { dot } : {}),
    ...(columns ? { columns } : {}),
  });
  const checkText = (path: string, source: string | undefined, s: ExpressionScope) => {
    if (source === undefined || source.trim() === "") return;
    for (const error of validateExpression(source, s)) add(path, error.message);
  };
  definition.pages.forEach((page, p) => {
    checkText(`pages.${p}.relevant`, page.relevant, scope());
    page.questions.forEach((question, q) => {
      const path = `pages.${p}.questions.${q}`;
      checkText(`${path}.relevant`, question.relevant, scope());
      checkText(`${path}.constraint`, question.constraint, scope(VALUE_KIND_OF_TYPE[question.type]));
      checkText(`${path}.calculation`, question.calculation, scope());
      const list = question.choiceList ? lists.get(question.choiceList) : undefined;
      const columns = new Set(list?.choices.flatMap((c) => Object.keys(c.filters ?? {})) ?? []);
      checkText(`${path}.choiceFilter`, question.choiceFilter, scope("choice", columns));
      if (question.relevant && referencesOf(question.relevant).includes(question.name))
        add(
          `${path}.relevant`,
          msg(
            `La condition d'affichage de « ${question.name} » dépend de sa propre réponse : elle ne pourrait jamais être posée.`,
            `The display condition of “${question.name}” depends on its own answer: it could never be asked.`,
          ),
        );
    });
  });

  const loop = findRelevanceCycle(definition);
  if (loop)
    add(
      loop.path,
      msg(
        `Les conditions d'affichage de ${loop.names.map((n) => `« ${n} »`).join(" → ")} dépendent les unes des autres en boucle : aucune ne peut être décidée.`,
        `The display conditions of ${loop.names.map((n) => `“${n}”`).join(" → ")} depend on each other in a loop: none can be decided.`,
      ),
    );

  const cycle = findCalculationCycle(definition);
  if (cycle)
    add(
      cycle.path,
      msg(
        `Les calculs ${cycle.names.map((n) => `\${${n}}`).join(" → ")} dépendent les uns des autres en boucle.`,
        `The calculations ${cycle.names.map((n) => `\${${n}}`).join(" → ")} depend on each other in a loop.`,
      ),
    );
  return issues;
}

function checkQuestionShape(
  question: Question,
  path: string,
  definition: QuestionnaireDefinition,
  lists: Map<string, QuestionnaireDefinition["choiceLists"][number]>,
  add: (path: string, message: Bilingual) => void,
) {
  const { defaultLanguage } = definition;
  const named = `« ${question.name} »`;
  const namedEn = `“${question.name}”`;
  if (question.type !== "calculate" && !question.label[defaultLanguage]?.trim())
    add(
      `${path}.label`,
      msg(
        `La question ${named} n'a pas de libellé en ${defaultLanguage}.`,
        `The question ${namedEn} has no label in ${defaultLanguage}.`,
      ),
    );
  if (isChoiceQuestion(question)) {
    if (!question.choiceList)
      add(
        `${path}.choiceList`,
        msg(
          `La question ${named} propose des choix : indiquez sa liste de choix.`,
          `The question ${namedEn} offers choices: name its choice list.`,
        ),
      );
    else if (!lists.has(question.choiceList))
      add(
        `${path}.choiceList`,
        msg(
          `La liste de choix « ${question.choiceList} » de la question ${named} n'existe pas.`,
          `The choice list “${question.choiceList}” of the question ${namedEn} does not exist.`,
        ),
      );
  }
  if (question.type === "matrix" && (question.items ?? []).length === 0)
    add(`${path}.items`, msg(`Le tableau ${named} n'a aucune ligne.`, `The matrix ${namedEn} has no row.`));
  if (question.type === "matrix")
    (question.items ?? []).forEach((item, i) => {
      if (!item.label[defaultLanguage]?.trim())
        add(
          `${path}.items.${i}.label`,
          msg(
            `La ligne « ${item.name} » du tableau ${named} n'a pas de libellé en ${defaultLanguage}.`,
            `The row “${item.name}” of the matrix ${namedEn} has no label in ${defaultLanguage}.`,
          ),
        );
    });
  if (question.type === "rating") {
    const scale = question.scale;
    if (!scale || scale.min >= scale.max || scale.max - scale.min > 100)
      add(
        `${path}.scale`,
        msg(
          `L'échelle de ${named} doit aller d'un minimum à un maximum plus grand (100 crans au plus, ex. 0 à 10).`,
          `The scale of ${namedEn} must go from a minimum to a larger maximum (100 steps at most, e.g. 0 to 10).`,
        ),
      );
  }
  if (question.type === "calculate" && !question.calculation?.trim())
    add(
      `${path}.calculation`,
      msg(`Le calcul ${named} n'a pas de formule.`, `The calculation ${namedEn} has no formula.`),
    );
}

function referencesOf(source: string): string[] {
  const parsed = parseExpression(source);
  return parsed.ok ? expressionReferences(parsed.ast) : [];
}

/** The first loop among calculations (a → b → a), with the path of where it starts. */
function findCalculationCycle(definition: QuestionnaireDefinition): { names: string[]; path: string } | null {
  const paths = new Map<string, string>();
  const edges = new Map<string, string[]>();
  definition.pages.forEach((page, p) => {
    page.questions.forEach((question, q) => {
      if (question.type !== "calculate" || !question.calculation) return;
      paths.set(question.name, `pages.${p}.questions.${q}.calculation`);
      edges.set(question.name, referencesOf(question.calculation));
    });
  });

  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (name: string): string[] | null => {
    if (state.get(name) === "done" || !edges.has(name)) return null;
    if (state.get(name) === "visiting") return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, "visiting");
    stack.push(name);
    for (const next of edges.get(name) ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    stack.pop();
    state.set(name, "done");
    return null;
  };
  for (const name of edges.keys()) {
    const names = visit(name);
    if (names) return { names, path: paths.get(names[0] ?? "") ?? "pages" };
  }
  return null;
}

/**
 * The first loop among display conditions (a shown if b, b shown if a), counting a page's
 * condition for each of its questions and a matrix row as its matrix. A question reading only
 * itself is reported apart.
 */
function findRelevanceCycle(definition: QuestionnaireDefinition): { names: string[]; path: string } | null {
  const owner = new Map<string, string>();
  for (const page of definition.pages)
    for (const question of page.questions) {
      owner.set(question.name, question.name);
      for (const item of question.items ?? []) owner.set(item.name, question.name);
    }
  const edges = new Map<string, string[]>();
  const paths = new Map<string, string>();
  definition.pages.forEach((page, p) => {
    const pageRefs = page.relevant ? referencesOf(page.relevant) : [];
    page.questions.forEach((question, q) => {
      const refs = [...pageRefs, ...(question.relevant ? referencesOf(question.relevant) : [])]
        .map((name) => owner.get(name))
        .filter((name): name is string => name !== undefined && name !== question.name);
      edges.set(question.name, [...new Set(refs)]);
      paths.set(
        question.name,
        question.relevant ? `pages.${p}.questions.${q}.relevant` : `pages.${p}.relevant`,
      );
    });
  });
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (name: string): string[] | null => {
    if (state.get(name) === "done") return null;
    if (state.get(name) === "visiting") return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, "visiting");
    stack.push(name);
    for (const next of edges.get(name) ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    stack.pop();
    state.set(name, "done");
    return null;
  };
  for (const name of edges.keys()) {
    const names = visit(name);
    if (names) return { names, path: paths.get(names[0] ?? "") ?? "pages" };
  }
  return null;
}

/** Calculations in an order where each comes after those it reads (assumes no cycle). */
export function calculationOrder(definition: QuestionnaireDefinition): string[] {
  const calculations = new Map<string, string[]>();
  for (const page of definition.pages)
    for (const question of page.questions)
      if (question.type === "calculate" && question.calculation)
        calculations.set(question.name, referencesOf(question.calculation));
  const order: string[] = [];
  const placed = new Set<string>();
  const place = (name: string, depth: number) => {
    if (placed.has(name) || depth > calculations.size) return;
    for (const dependency of calculations.get(name) ?? [])
      if (calculations.has(dependency)) place(dependency, depth + 1);
    placed.add(name);
    order.push(name);
  };
  for (const name of calculations.keys()) place(name, 0);
  return order;
}
