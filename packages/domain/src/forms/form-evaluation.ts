import { type CompiledQuestionnaire, expressionKey, pageExpressionKey } from "./compiled-questionnaire.ts";
import { type EvalEnv, type ExprValue, evaluateExpression, toBoolean, toText } from "./expression/index.ts";
import type {
  Answers,
  AnswerValue,
  Choice,
  Page,
  Question,
  QuestionnaireDefinition,
} from "./questionnaire-model.ts";

// Evaluating a compiled questionnaire over answers: which pages and questions are asked, the
// values of calculations, the choices offered. No zod, no I/O: the respondent's device runs it too.

export interface RuntimeClock {
  /** Today's date, YYYY-MM-DD, as the expressions' today() sees it. */
  today: string;
  /** Now, ISO 8601, for now(). */
  now: string;
}

export interface FormState {
  relevantPages: Set<string>;
  relevantQuestions: Set<string>;
  /** Answers of the questions that are asked, plus the calculated values. */
  values: Answers;
}

export const isEmpty = (value: AnswerValue | undefined): boolean =>
  value === undefined ||
  value === "" ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0);

/** Where each referenceable name lives: a question, or a row of a matrix. */
export function locate(definition: QuestionnaireDefinition) {
  const questions = new Map<string, { question: Question; page: Page }>();
  const items = new Map<string, Question>();
  for (const page of definition.pages)
    for (const question of page.questions) {
      questions.set(question.name, { question, page });
      for (const item of question.items ?? []) items.set(item.name, question);
    }
  return { questions, items };
}

export function toExprValue(
  question: Question | undefined,
  value: AnswerValue | undefined,
): ExprValue | null {
  if (value === undefined) return null;
  if (question?.type === "date" && typeof value === "string") return { date: value };
  if (typeof value === "object" && !Array.isArray(value)) return null;
  return value;
}

export function environment(
  compiled: CompiledQuestionnaire,
  values: Answers,
  clock: RuntimeClock,
  located: ReturnType<typeof locate>,
  extra: Partial<EvalEnv> = {},
): EvalEnv {
  return {
    lookup(name) {
      const matrix = located.items.get(name);
      if (matrix) {
        const row = values[matrix.name];
        return row && typeof row === "object" && !Array.isArray(row) ? (row[name] ?? null) : null;
      }
      return toExprValue(located.questions.get(name)?.question, values[name]);
    },
    today: () => clock.today,
    now: () => clock.now,
    choiceName(value, question) {
      const target = located.questions.get(question.replace(/^\$\{|\}$/g, ""))?.question;
      const list = compiled.definition.choiceLists.find((l) => l.name === target?.choiceList);
      const choice = list?.choices.find((c) => c.value === value);
      return choice ? (choice.label[compiled.definition.defaultLanguage] ?? value) : undefined;
    },
    ...extra,
  };
}

/** A calculated value as it is stored: a finite number, or text. */
function storedCalculation(value: ExprValue): AnswerValue {
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return toText(value);
}

/**
 * Which pages and questions are asked given these answers, and the calculated values. An answer
 * to a question that is not asked does not count (as in ODK): relevance is recomputed until it
 * no longer changes, since hiding a question may hide others that depended on it.
 */
export function evaluateForm(
  compiled: CompiledQuestionnaire,
  answers: Answers,
  clock: RuntimeClock,
): FormState {
  const located = locate(compiled.definition);
  let values: Answers = { ...answers };
  let previous: string | null = null;
  let state: FormState = { relevantPages: new Set(), relevantQuestions: new Set(), values: {} };
  for (let pass = 0; pass < 10; pass += 1) {
    const calculated: Answers = {};
    for (const name of compiled.calculationOrder) {
      const ast = compiled.expressions[expressionKey(name, "calculation")];
      if (!ast) continue;
      const env = environment(compiled, { ...values, ...calculated }, clock, located);
      calculated[name] = storedCalculation(evaluateExpression(ast, env));
    }
    const env = environment(compiled, { ...values, ...calculated }, clock, located);
    state = { relevantPages: new Set(), relevantQuestions: new Set(), values: {} };
    for (const page of compiled.definition.pages) {
      const pageAst = compiled.expressions[pageExpressionKey(page.name)];
      const pageAsked = !pageAst || toBoolean(evaluateExpression(pageAst, env));
      if (pageAsked) state.relevantPages.add(page.name);
      for (const question of page.questions) {
        const ast = compiled.expressions[expressionKey(question.name, "relevant")];
        if (!pageAsked || (ast && !toBoolean(evaluateExpression(ast, env)))) continue;
        state.relevantQuestions.add(question.name);
        const value =
          question.type === "calculate" ? (calculated[question.name] ?? "") : answers[question.name];
        if (value !== undefined) state.values[question.name] = value;
      }
    }
    const signature = [...state.relevantQuestions].join("\n");
    if (signature === previous) break;
    previous = signature;
    values = state.values;
  }
  return state;
}

/** The choices a question offers given the answers so far (its choice filter applied), in list order. */
export function offeredChoices(
  compiled: CompiledQuestionnaire,
  question: Question,
  values: Answers,
  clock: RuntimeClock,
): Choice[] {
  if (question.type === "yes_no") return [];
  const list = compiled.definition.choiceLists.find((l) => l.name === question.choiceList);
  if (!list) return [];
  const filter = compiled.expressions[expressionKey(question.name, "choiceFilter")];
  if (!filter) return list.choices;
  const located = locate(compiled.definition);
  return list.choices.filter((choice) =>
    toBoolean(
      evaluateExpression(
        filter,
        environment(compiled, values, clock, located, {
          dot: choice.value,
          column: (name) => (name === "name" ? choice.value : choice.filters?.[name]),
        }),
      ),
    ),
  );
}
