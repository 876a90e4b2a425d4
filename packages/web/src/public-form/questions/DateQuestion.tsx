/** @jsxImportSource preact */
import { controlId, type QuestionProps } from "./question-props.ts";

/** date: the device's own date picker; the answer is "YYYY-MM-DD". */
export function DateQuestion({ question, value, onChange, describedBy, invalid, required }: QuestionProps) {
  return (
    <input
      type="date"
      id={controlId(question.name)}
      class="input-date"
      value={typeof value === "string" ? value : ""}
      required={required}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onInput={(event) => onChange(event.currentTarget.value || undefined)}
    />
  );
}
