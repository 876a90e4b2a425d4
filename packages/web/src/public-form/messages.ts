import {
  type AnswerIssue,
  type Answers,
  pickText,
  type Question,
} from "@ricochet/domain/forms/public-runtime";
import type { FieldProblem } from "./api.ts";
import type { FormContext } from "./context.ts";
import { fmt } from "./i18n.ts";

// What a respondent reads when an answer does not fit: the questionnaire's own message when it
// has one, else a short friendly sentence. Never the question's technical name.

export function issueMessage(
  ctx: FormContext,
  issue: AnswerIssue,
  question: Question | null,
  answered: boolean,
): string {
  const custom = issue.custom ? pickText(issue.custom, ctx.language, ctx.defaultLanguage) : "";
  if (custom) return custom;
  const { t } = ctx;
  const type = question?.type;
  switch (issue.kind) {
    case "required":
      if (type === "consent") return t.errConsent;
      if (type === "matrix") return t.errMatrix;
      if (type === "ranking") return t.errRanking;
      return answered ? t.errIncomplete : t.errRequired;
    case "choice":
      return t.errChoice;
    case "type":
      if (type === "integer") return t.errInteger;
      if (type === "decimal") return t.errDecimal;
      if (type === "date") return t.errDate;
      if (type === "rating")
        return fmt(t.errRating, { min: question?.scale?.min ?? 0, max: question?.scale?.max ?? 10 });
      if (type === "text" || type === "long_text") return t.errTooLong;
      return t.errInvalid;
    default:
      return t.errInvalid;
  }
}

/** The first message per question. */
export function messagesByQuestion(
  ctx: FormContext,
  issues: readonly AnswerIssue[],
  questionOf: (name: string) => Question | null,
  answers: Answers,
): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of issues)
    if (!messages[issue.question])
      messages[issue.question] = issueMessage(
        ctx,
        issue,
        questionOf(issue.question),
        answers[issue.question] !== undefined,
      );
  return messages;
}

/**
 * A server refusal (422, `answers.<name>`) in the respondent's words: the device's own reading of
 * the same problem when it sees one, else the server's message unless it names the question.
 */
export function serverMessages(
  ctx: FormContext,
  problems: readonly FieldProblem[],
  local: Record<string, string>,
): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const problem of problems) {
    const name = problem.path.replace(/^answers\./, "");
    if (!name || messages[name]) continue;
    const technical = problem.message.includes(`« ${name} »`) || problem.message.includes(`“${name}”`);
    messages[name] = local[name] ?? (technical || !problem.message ? ctx.t.errInvalid : problem.message);
  }
  return messages;
}
