/** @jsxImportSource preact */
import { shown, useForm } from "../context.ts";
import { RadioOptions } from "./ChoiceOption.tsx";
import { controlId, type QuestionProps } from "./question-props.ts";

/**
 * matrix: each row is its own group (fieldset and legend) of radio buttons, so that it reads well
 * with a screen reader and fits a 320 px screen; the answer is { row: choice }.
 */
export function MatrixQuestion({ question, value, onChange, choices, required }: QuestionProps) {
  const ctx = useForm();
  const rows = value && typeof value === "object" && !Array.isArray(value) ? value : {};
  return (
    <div class="matrix">
      {(question.items ?? []).map((item, index) => (
        <fieldset class="mrow" key={item.name}>
          <legend>{shown(ctx, item.label, item.easyRead)}</legend>
          <RadioOptions
            name={`r-${question.name}-${item.name}`}
            idPrefix={controlId(question.name, index)}
            choices={choices}
            value={rows[item.name]}
            required={required}
            onChange={(choice) => onChange({ ...rows, [item.name]: choice })}
            layout="row"
          />
        </fieldset>
      ))}
    </div>
  );
}
