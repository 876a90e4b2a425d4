/** @jsxImportSource preact */
import { ChoiceOption } from "./ChoiceOption.tsx";
import { controlId, type QuestionProps } from "./question-props.ts";

/** multiple_choice: checkboxes; the answer lists the values ticked, in the order shown. */
export function MultipleChoiceQuestion({ question, value, onChange, choices }: QuestionProps) {
  const ticked = new Set(Array.isArray(value) ? value : []);
  const toggle = (choice: string, checked: boolean) => {
    if (checked) ticked.add(choice);
    else ticked.delete(choice);
    const next = choices.map((c) => c.value).filter((v) => ticked.has(v));
    onChange(next.length ? next : undefined);
  };
  return (
    <div class="opts opts-list">
      {choices.map((choice, index) => (
        <ChoiceOption
          key={choice.value}
          type="checkbox"
          name={`c-${question.name}`}
          id={controlId(question.name, index)}
          choice={choice}
          checked={ticked.has(choice.value)}
          onSelect={(checked) => toggle(choice.value, checked)}
        />
      ))}
    </div>
  );
}
