/** @jsxImportSource preact */
import { useForm } from "../context.ts";
import { numberFromText, textOfNumber } from "../numbers.ts";
import { controlId, type QuestionProps } from "./question-props.ts";

/**
 * integer and decimal: a text field with a numeric keyboard, so that "12,5" can be typed. What
 * was typed stays as typed; the answer is the number it reads as.
 */
export function NumberQuestion(props: QuestionProps) {
  const { question, value, onChange, describedBy, invalid, required, draft, onDraft } = props;
  const { language } = useForm();
  const integer = question.type === "integer";
  return (
    <input
      type="text"
      id={controlId(question.name)}
      class="input-number"
      inputMode={integer ? "numeric" : "decimal"}
      autoComplete="off"
      maxLength={30}
      value={draft ?? textOfNumber(value, language)}
      required={required}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onInput={(event) => {
        const text = event.currentTarget.value;
        onDraft(text === "" ? undefined : text);
        onChange(numberFromText(text, integer));
      }}
    />
  );
}
