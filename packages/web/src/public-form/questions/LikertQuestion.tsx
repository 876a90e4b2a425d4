/** @jsxImportSource preact */
import { RadioOptions } from "./ChoiceOption.tsx";
import { controlId, type QuestionProps } from "./question-props.ts";

/** likert: the scale's answers side by side, wrapping onto several lines on a small screen. */
export function LikertQuestion({ question, value, onChange, choices, required }: QuestionProps) {
  return (
    <RadioOptions
      name={`r-${question.name}`}
      idPrefix={controlId(question.name)}
      choices={choices}
      value={typeof value === "string" ? value : undefined}
      required={required}
      onChange={onChange}
      layout="row"
    />
  );
}
