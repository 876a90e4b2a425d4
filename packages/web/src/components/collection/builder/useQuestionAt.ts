import type { Question } from "@ricochet/domain";
import { withQuestion } from "../../../lib/questionnaireOps.ts";
import { useBuilder } from "./BuilderContext.tsx";

/** The question at a place of the draft, and a way to change it. */
export function useQuestionAt(page: number, index: number) {
  const builder = useBuilder();
  const question = builder.draft.pages[page]?.questions[index];
  const change = (edit: (q: Question) => Question) =>
    builder.update((d) => withQuestion(d, page, index, edit));
  return { ...builder, question, change };
}
