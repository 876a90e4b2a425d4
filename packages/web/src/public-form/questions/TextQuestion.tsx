/** @jsxImportSource preact */
import { controlId, type QuestionProps } from "./question-props.ts";

/** text (one line) and long_text (a text area). */
export function TextQuestion({ question, value, onChange, describedBy, invalid, required }: QuestionProps) {
  const text = typeof value === "string" ? value : "";
  const set = (next: string) => onChange(next === "" ? undefined : next);
  if (question.type === "long_text")
    return (
      <textarea
        id={controlId(question.name)}
        rows={5}
        maxLength={20000}
        value={text}
        required={required}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onInput={(event) => set(event.currentTarget.value)}
      />
    );
  return (
    <input
      type="text"
      id={controlId(question.name)}
      maxLength={2000}
      autoComplete="off"
      value={text}
      required={required}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onInput={(event) => set(event.currentTarget.value)}
    />
  );
}
