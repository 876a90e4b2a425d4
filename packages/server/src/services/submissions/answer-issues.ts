import type { AnswerIssue, FieldIssue, QuestionnaireDefinition } from "@ricochet/domain";

/**
 * Answer problems as API field issues (`answers.<question>`): the questionnaire's own message
 * when it wrote one (constraint or required message), else the generic one.
 */
export function answerIssuesToFieldIssues(
  issues: readonly AnswerIssue[],
  definition: QuestionnaireDefinition,
): FieldIssue[] {
  const fallback = definition.defaultLanguage;
  return issues.map((issue) => ({
    path: `answers.${issue.question}`,
    message: issue.custom
      ? {
          fr: issue.custom.fr ?? issue.custom[fallback] ?? issue.message.fr,
          en: issue.custom.en ?? issue.custom[fallback] ?? issue.message.en,
        }
      : issue.message,
  }));
}
