/** @jsxImportSource preact */
import { textOf, useForm } from "../context.ts";
import { ChoiceOption } from "./ChoiceOption.tsx";
import { controlId, type QuestionProps } from "./question-props.ts";

export const scaleOf = (props: Pick<QuestionProps, "question">) =>
  props.question.scale ?? { min: 0, max: 10 };

/** The id of the text naming the ends of the scale (described by the question's fieldset). */
export const scaleId = (name: string) => `s-${name}`;

/** rating: one radio button per whole number from min to max, with the labels of both ends. */
export function RatingQuestion(props: QuestionProps) {
  const { question, value, onChange, required } = props;
  const ctx = useForm();
  const { min, max } = scaleOf(props);
  const scale = question.scale;
  const minLabel = textOf(ctx, scale?.minLabel);
  const maxLabel = textOf(ctx, scale?.maxLabel);
  const numbers: number[] = [];
  for (let n = min; n <= max && numbers.length < 101; n += 1) numbers.push(n);
  return (
    <div class="rating">
      <div class="opts opts-rating">
        {numbers.map((n, index) => (
          <ChoiceOption
            key={n}
            type="radio"
            name={`r-${question.name}`}
            id={controlId(question.name, index)}
            choice={{ value: String(n), label: {} }}
            text={String(n)}
            checked={value === n}
            required={required}
            onSelect={(checked) => checked && onChange(n)}
          />
        ))}
      </div>
      {minLabel || maxLabel ? (
        <p class="scale" id={scaleId(question.name)}>
          <span>
            {min} : {minLabel}
          </span>
          <span>
            {max} : {maxLabel}
          </span>
        </p>
      ) : null}
    </div>
  );
}
