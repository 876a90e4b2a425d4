/** @jsxImportSource preact */
import { RadioOptions } from "./ChoiceOption.tsx";
import { controlId, type QuestionProps } from "./question-props.ts";

/** single_choice and yes_no: radio buttons one under the other. */
export function SingleChoiceQuestion({ question, value, onChange, choices, required }: QuestionProps) {
  return (
    <RadioOptions
      name={`r-${question.name}`}
      idPrefix={controlId(question.name)}
      choices={choices}
      value={typeof value === "string" ? value : undefined}
      required={required}
      onChange={onChange}
      layout={question.type === "yes_no" ? "row" : "list"}
    />
  );
}
