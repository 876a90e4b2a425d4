import type { Bilingual } from "@ricochet/domain";

// Problems of one field of the draft, as validateQuestionnaire lists them (`pages.0.questions.2.relevant`…).

/** The bilingual problems at one path. */
export function issuesAt(issues: ReadonlyArray<{ path: string; message: Bilingual }>, path: string) {
  return issues.filter((issue) => issue.path === path).map((issue) => issue.message);
}
