/** @jsxImportSource preact */
import type { Choice } from "@ricochet/domain/forms/public-runtime";
import { choiceLabel, useForm } from "../context.ts";

/** Pictograms are data: URLs or files of the site itself (the page's CSP allows nothing else). */
export const safeImage = (src: string | null | undefined): string | null =>
  src && (src.startsWith("data:image/") || src.startsWith("/")) ? src : null;

interface OptionProps {
  type: "radio" | "checkbox";
  /** The group's name (radios of one group share it). */
  name: string;
  id: string;
  choice: Choice;
  checked: boolean;
  required?: boolean;
  onSelect: (checked: boolean) => void;
  /** The visible text, when it is not the choice's label (a rating's number). */
  text?: string;
}

/** One radio button or checkbox with its label (and its pictogram, named by the label). */
export function ChoiceOption({ type, name, id, choice, checked, required, onSelect, text }: OptionProps) {
  const ctx = useForm();
  const label = text ?? choiceLabel(ctx, choice);
  const image = safeImage(choice.image);
  return (
    <label class={checked ? "opt is-checked" : "opt"} for={id}>
      <input
        type={type}
        id={id}
        name={name}
        value={choice.value}
        checked={checked}
        required={required}
        onChange={(event) => onSelect(event.currentTarget.checked)}
      />
      {image ? (
        <span class="opt-pict">
          <img src={image} alt={label} />
          <span aria-hidden="true">{label}</span>
        </span>
      ) : (
        <span>{label}</span>
      )}
    </label>
  );
}

interface RadioGroupProps {
  name: string;
  idPrefix: string;
  choices: Choice[];
  value: string | undefined;
  required: boolean;
  onChange: (value: string) => void;
  /** "list": one under the other; "row": side by side, wrapping on small screens. */
  layout: "list" | "row";
}

/** The radio buttons of a choice list (the fieldset and legend are the caller's). */
export function RadioOptions({
  name,
  idPrefix,
  choices,
  value,
  required,
  onChange,
  layout,
}: RadioGroupProps) {
  return (
    <div class={`opts opts-${layout}`}>
      {choices.map((choice, index) => (
        <ChoiceOption
          key={choice.value}
          type="radio"
          name={name}
          id={`${idPrefix}-${index}`}
          choice={choice}
          checked={value === choice.value}
          required={required}
          onSelect={(checked) => checked && onChange(choice.value)}
        />
      ))}
    </div>
  );
}
