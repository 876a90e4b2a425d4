import { requiredUnmet, typeProblem } from "./answer-shape.ts";
import { type CompiledQuestionnaire, expressionKey } from "./compiled-questionnaire.ts";
import { evaluateExpression, toBoolean, toNumber } from "./expression/index.ts";
import {
  environment,
  evaluateForm,
  type FormState,
  isEmpty,
  locate,
  offeredChoices,
  type RuntimeClock,
  toExprValue,
} from "./form-evaluation.ts";
import type { Answers, AnswerValue } from "./questionnaire-model.ts";

// What is wrong with a submission or one page of it: unknown questions, answers to questions not
// asked, wrong shapes, missing required answers, broken constraints — with the questionnaire's
// own messages where it wrote them. The same check runs on the device and on the server.

export type AnswerIssueKind = "unknown" | "not_asked" | "type" | "choice" | "required" | "constraint";

export interface AnswerIssue {
  question: string;
  kind: AnswerIssueKind;
  /** The generic explanation, in French and English. */
  message: { fr: string; en: string };
  /** The questionnaire's own message (constraint or required message), in its languages. */
  custom?: Record<string, string>;
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
