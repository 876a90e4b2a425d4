/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";
import { controlId, type QuestionProps } from "./question-props.ts";

/** consent: one checkbox whose label is the question; unticked is unanswered. */
export function ConsentQuestion(props: QuestionProps & { label: ComponentChildren }) {
  const { question, value, onChange, describedBy, invalid, required, label } = props;
  const id = controlId(question.name);
  return (
    <label class={value === true ? "opt opt-consent is-checked" : "opt opt-consent"} for={id}>
      <input
        type="checkbox"
        id={id}
        checked={value === true}
        required={required}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange(event.currentTarget.checked ? true : undefined)}
      />
      <span class="q-label">{label}</span>
    </label>
  );
}
