import type { AnswerValue, Choice, Question } from "@ricochet/domain/forms/public-runtime";

/** What every question control receives from its QuestionBlock. */
export interface QuestionProps {
  question: Question;
  value: AnswerValue | undefined;
  /** undefined clears the answer (an unanswered question is not sent). */
  onChange: (value: AnswerValue | undefined) => void;
  /** The choices offered (choice filter applied), in the order shown. */
  choices: Choice[];
  /** ids describing a single control (hint, error); groups are described by their fieldset. */
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
  /** The raw text of a number field. */
  draft: string | undefined;
  onDraft: (text: string | undefined) => void;
}

/** The id of a question's single control, or of the first control of a group. */
export const controlId = (name: string, suffix?: string | number) =>
  suffix === undefined ? `f-${name}` : `f-${name}-${suffix}`;
