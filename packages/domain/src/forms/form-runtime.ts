import { type CompiledQuestionnaire, expressionKey, pageExpressionKey } from "./compiled-questionnaire.ts";
import {
  type EvalEnv,
  type ExprValue,
  evaluateExpression,
  toBoolean,
  toNumber,
  toText,
} from "./expression/index.ts";
import type {
  Answers,
  AnswerValue,
  Choice,
  Page,
  Question,
  QuestionnaireDefinition,
} from "./questionnaire-model.ts";

// Runs a compiled questionnaire over answers: which pages and questions are asked, the values
// of calculations, and what is wrong with an answer. The same code runs on the respondent's
// device (page by page) and on the server (the whole submission, authoritative). No zod, no I/O.

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

const isEmpty = (value: AnswerValue | undefined): boolean =>
  value === undefined ||
  value === "" ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0);

/** Where each referenceable name lives: a question, or a row of a matrix. */
function locate(definition: QuestionnaireDefinition) {
  const questions = new Map<string, { question: Question; page: Page }>();
  const items = new Map<string, Question>();
  for (const page of definition.pages)
    for (const question of page.questions) {
      questions.set(question.name, { question, page });
      for (const item of question.items ?? []) items.set(item.name, question);
    }
  return { questions, items };
}

function toExprValue(question: Question | undefined, value: AnswerValue | undefined): ExprValue | null {
  if (value === undefined) return null;
  if (question?.type === "date" && typeof value === "string") return { date: value };
  if (typeof value === "object" && !Array.isArray(value)) return null;
  return value;
}

function environment(
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

export type AnswerIssueKind = "unknown" | "not_asked" | "type" | "choice" | "required" | "constraint";

export interface AnswerIssue {
  question: string;
  kind: AnswerIssueKind;
  /** The generic explanation, in French and English. */
  message: { fr: string; en: string };
  /** The questionnaire's own message (constraint or required message), in its languages. */
  custom?: Record<string, string>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function isIsoDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** What is wrong with the value of one question, by its type; null when the shape is right. */
function typeProblem(
  question: Question,
  value: AnswerValue,
  offered: readonly string[],
): { kind: AnswerIssueKind; fr: string; en: string } | null {
  const label = `« ${question.name} »`;
  const labelEn = `“${question.name}”`;
  const type = (fr: string, en: string) => ({
    kind: "type" as const,
    fr: `${label} : ${fr}`,
    en: `${labelEn}: ${en}`,
  });
  const choice = (v: string) => ({
    kind: "choice" as const,
    fr: `${label} : « ${v} » ne fait pas partie des choix proposés.`,
    en: `${labelEn}: “${v}” is not one of the choices offered.`,
  });
  switch (question.type) {
    case "text":
    case "long_text":
      if (typeof value !== "string") return type("un texte est attendu.", "a text is expected.");
      if (value.length > (question.type === "text" ? 2000 : 20000))
        return type("le texte est trop long.", "the text is too long.");
      return null;
    case "integer":
      return typeof value === "number" && Number.isInteger(value) && Math.abs(value) <= 1e12
        ? null
        : type("un nombre entier est attendu.", "a whole number is expected.");
    case "decimal":
      return typeof value === "number" && Number.isFinite(value) && Math.abs(value) <= 1e15
        ? null
        : type("un nombre est attendu.", "a number is expected.");
    case "rating": {
      const scale = question.scale ?? { min: 0, max: 10 };
      return typeof value === "number" && Number.isInteger(value) && value >= scale.min && value <= scale.max
        ? null
        : type(
            `une note entière de ${scale.min} à ${scale.max} est attendue.`,
            `a whole rating from ${scale.min} to ${scale.max} is expected.`,
          );
    }
    case "date":
      return typeof value === "string" && isIsoDate(value)
        ? null
        : type("une date (AAAA-MM-JJ) est attendue.", "a date (YYYY-MM-DD) is expected.");
    case "yes_no":
      return value === "yes" || value === "no"
        ? null
        : type("oui ou non est attendu.", "yes or no is expected.");
    case "single_choice":
    case "likert":
      if (typeof value !== "string") return type("un seul choix est attendu.", "one choice is expected.");
      return offered.includes(value) ? null : choice(value);
    case "multiple_choice":
    case "ranking": {
      if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
        return type("une liste de choix est attendue.", "a list of choices is expected.");
      const wrong = value.find((v) => !offered.includes(v));
      if (wrong !== undefined) return choice(wrong);
      if (new Set(value).size !== value.length)
        return type("un choix est donné deux fois.", "a choice is given twice.");
      return null;
    }
    case "matrix": {
      if (typeof value !== "object" || value === null || Array.isArray(value))
        return type(
          "une réponse par ligne du tableau est attendue.",
          "one answer per row of the matrix is expected.",
        );
      const rows = new Set((question.items ?? []).map((i) => i.name));
      for (const [row, v] of Object.entries(value)) {
        if (!rows.has(row))
          return type(`la ligne « ${row} » n'existe pas.`, `the row “${row}” does not exist.`);
        if (typeof v !== "string" || !offered.includes(v)) return choice(String(v));
      }
      return null;
    }
    case "consent":
      return typeof value === "boolean" ? null : type("oui ou non est attendu.", "yes or no is expected.");
    default:
      return type("cette question n'attend pas de réponse.", "this question takes no answer.");
  }
}

function requiredUnmet(
  question: Question,
  value: AnswerValue | undefined,
  offered: readonly string[],
): boolean {
  if (isEmpty(value)) return true;
  if (question.type === "consent") return value !== true;
  if (question.type === "matrix" && typeof value === "object" && !Array.isArray(value))
    return (question.items ?? []).some((item) => !(value as Record<string, string>)[item.name]);
  if (question.type === "ranking" && Array.isArray(value)) return value.length < offered.length;
  return false;
}

/**
 * Checks answers against the questionnaire. `only` limits the checks to the questions of one
 * page (the respondent's device, page by page); without it the whole submission is checked and
 * an answer to an unknown question or to a question not asked is refused too.
 */
export function checkAnswers(
  compiled: CompiledQuestionnaire,
  answers: Answers,
  clock: RuntimeClock,
  only?: { page: string },
): { state: FormState; issues: AnswerIssue[] } {
  const located = locate(compiled.definition);
  // Only the questionnaire's own questions take part in the evaluation; the others are reported.
  const known: Answers = {};
  for (const [name, value] of Object.entries(answers)) if (located.questions.has(name)) known[name] = value;
  const state = evaluateForm(compiled, known, clock);
  const issues: AnswerIssue[] = [];
  if (!only) {
    for (const [name, value] of Object.entries(answers)) {
      const found = located.questions.get(name);
      if (!found)
        issues.push({
          question: name,
          kind: "unknown",
          message: {
            fr: `La question « ${name} » n'existe pas dans ce questionnaire.`,
            en: `The question “${name}” does not exist in this questionnaire.`,
          },
        });
      else if (found.question.type === "calculate") continue;
      else if (!state.relevantQuestions.has(name) && !isEmpty(value))
        issues.push({
          question: name,
          kind: "not_asked",
          message: {
            fr: `« ${name} » a une réponse alors que la question n'est pas posée (sa condition d'affichage est fausse).`,
            en: `“${name}” has an answer although the question is not asked (its display condition is false).`,
          },
        });
    }
  }
  for (const page of compiled.definition.pages) {
    if (only && page.name !== only.page) continue;
    for (const question of page.questions) {
      if (!state.relevantQuestions.has(question.name) || question.type === "calculate") continue;
      const value = answers[question.name];
      if (question.type === "note") {
        if (!isEmpty(value))
          issues.push({
            question: question.name,
            kind: "type",
            message: {
              fr: `« ${question.name} » est un texte d'information : il n'attend pas de réponse.`,
              en: `“${question.name}” is an information text: it takes no answer.`,
            },
          });
        continue;
      }
      const offered =
        question.type === "yes_no"
          ? ["yes", "no"]
          : offeredChoices(compiled, question, state.values, clock).map((c) => c.value);
      if (isEmpty(value) || (question.type === "consent" && value === false)) {
        if (question.required && requiredUnmet(question, value, offered))
          issues.push({
            question: question.name,
            kind: "required",
            message: {
              fr: `« ${question.name} » : une réponse est obligatoire.`,
              en: `“${question.name}”: an answer is required.`,
            },
            ...(question.requiredMessage ? { custom: question.requiredMessage } : {}),
          });
        continue;
      }
      const problem = typeProblem(question, value as AnswerValue, offered);
      if (problem) {
        issues.push({
          question: question.name,
          kind: problem.kind,
          message: { fr: problem.fr, en: problem.en },
        });
        continue;
      }
      if (question.required && requiredUnmet(question, value, offered)) {
        issues.push({
          question: question.name,
          kind: "required",
          message: {
            fr: `« ${question.name} » : la réponse est incomplète.`,
            en: `“${question.name}”: the answer is incomplete.`,
          },
          ...(question.requiredMessage ? { custom: question.requiredMessage } : {}),
        });
        continue;
      }
      const constraint = compiled.expressions[expressionKey(question.name, "constraint")];
      if (constraint) {
        const env = environment(compiled, state.values, clock, located, {
          dot: toExprValue(question, value as AnswerValue),
        });
        if (!toBoolean(evaluateExpression(constraint, env)))
          issues.push({
            question: question.name,
            kind: "constraint",
            message: {
              fr: `« ${question.name} » : la réponse ne respecte pas la règle de la question.`,
              en: `“${question.name}”: the answer does not meet the question's rule.`,
            },
            ...(question.constraintMessage ? { custom: question.constraintMessage } : {}),
          });
      }
    }
  }
  // A thousand problems help no one and cost a large answer: the first ones are enough to act on.
  return { state, issues: issues.slice(0, MAX_ISSUES) };
}

const MAX_ISSUES = 100;

/** A numeric reading of an answer for summaries (NaN when it has none). */
export function numericAnswer(value: AnswerValue | undefined): number {
  if (typeof value === "number") return value;
  if (typeof value === "string") return toNumber(value);
  return Number.NaN;
}
