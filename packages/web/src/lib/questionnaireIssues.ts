import {
  type FieldIssue,
  type QuestionnaireDefinition,
  validateQuestionnaire,
  ZQuestionnaireDefinition,
  zodIssuesToFieldIssues,
} from "@ricochet/domain";

/**
 * Every problem of a draft, as the server would list them: the shape first (a name with a space,
 * a choice value with a quote), then the whole-questionnaire rules, then the server's own list
 * when the draft is the saved one, without repeats.
 */
export function draftIssues(
  definition: QuestionnaireDefinition,
  server: readonly FieldIssue[] = [],
): FieldIssue[] {
  const shape = ZQuestionnaireDefinition.safeParse(definition);
  const issues = [
    ...(shape.success ? [] : zodIssuesToFieldIssues(shape.error.issues)),
    ...validateQuestionnaire(definition),
  ];
  const seen = new Set<string>();
  return [...issues, ...server].filter((issue) => {
    const key = `${issue.path}\u0000${issue.message.fr}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
