/** @jsxImportSource preact */
import {
  type AnswerValue,
  type Choice,
  offeredChoices,
  type Question,
  type QuestionType,
} from "@ricochet/domain/forms/public-runtime";
import type { FunctionComponent } from "preact";
import { type FormContext, shown, textOf, useForm } from "../context.ts";
import { seededOrder } from "../keys.ts";
import { safeImage } from "./ChoiceOption.tsx";
import { ConsentQuestion } from "./ConsentQuestion.tsx";
import { DateQuestion } from "./DateQuestion.tsx";
import { LikertQuestion } from "./LikertQuestion.tsx";
import { ListenButton } from "./ListenButton.tsx";
import { MatrixQuestion } from "./MatrixQuestion.tsx";
import { MultipleChoiceQuestion } from "./MultipleChoiceQuestion.tsx";
import { NumberQuestion } from "./NumberQuestion.tsx";
import { controlId, type QuestionProps } from "./question-props.ts";
import { RankingQuestion, rankHintId } from "./RankingQuestion.tsx";
import { RatingQuestion, scaleId } from "./RatingQuestion.tsx";
import { SingleChoiceQuestion } from "./SingleChoiceQuestion.tsx";
import { speechText } from "./speech-text.ts";
import { TextQuestion } from "./TextQuestion.tsx";

/** Controls answered through a group of inputs: a fieldset whose legend is the question. */
const GROUPS: Partial<Record<QuestionType, FunctionComponent<QuestionProps>>> = {
  single_choice: SingleChoiceQuestion,
  yes_no: SingleChoiceQuestion,
  likert: LikertQuestion,
  multiple_choice: MultipleChoiceQuestion,
  rating: RatingQuestion,
  matrix: MatrixQuestion,
  ranking: RankingQuestion,
};

/** Controls with one input: a label for it. */
const SINGLES: Partial<Record<QuestionType, FunctionComponent<QuestionProps>>> = {
  text: TextQuestion,
  long_text: TextQuestion,
  integer: NumberQuestion,
  decimal: NumberQuestion,
  date: DateQuestion,
};

/** The choices offered, in the respondent's own random order when the question asks for it. */
export function choicesOf(ctx: FormContext, question: Question): Choice[] {
  if (question.type === "yes_no")
    return [
      { value: "yes", label: { [ctx.language]: ctx.t.yes } },
      { value: "no", label: { [ctx.language]: ctx.t.no } },
    ];
  const offered = offeredChoices(ctx.compiled, question, ctx.state.values, ctx.clock);
  return question.randomizeChoices ? seededOrder(offered, ctx.seed, question.name) : offered;
}

interface BlockProps {
  question: Question;
  value: AnswerValue | undefined;
  onChange: (name: string, value: AnswerValue | undefined) => void;
  draft: string | undefined;
  onDraft: (name: string, text: string | undefined) => void;
  error: string | undefined;
}

/** One question: its label or legend, required marker, hint, "Listen", error, and its control. */
export function QuestionBlock({ question, value, onChange, draft, onDraft, error }: BlockProps) {
  const ctx = useForm();
  const { t } = ctx;
  const name = question.name;
  const label = shown(ctx, question.label, question.easyRead);
  const hint = textOf(ctx, question.hint);
  const choices = choicesOf(ctx, question);
  const hintId = hint ? `h-${name}` : undefined;
  const errorId = error ? `e-${name}` : undefined;
  const image = safeImage(question.image);
  const extra =
    question.type === "rating" && (question.scale?.minLabel || question.scale?.maxLabel)
      ? scaleId(name)
      : question.type === "ranking"
        ? rankHintId(name)
        : undefined;
  const describedBy = [hintId, extra, errorId].filter(Boolean).join(" ") || undefined;
  const required = Boolean(question.required);
  const marker = required ? <span class="req"> ({t.required})</span> : null;
  const props: QuestionProps = {
    question,
    value,
    onChange: (next) => onChange(name, next),
    choices,
    describedBy,
    invalid: Boolean(error),
    required,
    draft,
    onDraft: (text) => onDraft(name, text),
  };
  const details = (
    <>
      {image ? <img class="q-image" src={image} alt="" /> : null}
      {hint ? (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {question.type === "ranking" ? (
        <p class="hint" id={rankHintId(name)}>
          {t.rankHint}
        </p>
      ) : null}
      <ListenButton text={() => speechText(ctx, question, choices)} />
      {error ? (
        <p class="err" id={errorId}>
          <span class="sr-only">{t.errorPrefix}</span>
          {error}
        </p>
      ) : null}
    </>
  );
  const wrapper = error ? "q q-invalid" : "q";

  if (question.type === "note")
    return (
      <div class="q q-note" id={`q-${name}`}>
        <p class="note-text">{label}</p>
        {details}
      </div>
    );

  const Group = GROUPS[question.type];
  if (Group)
    return (
      <fieldset
        class={wrapper}
        id={`q-${name}`}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      >
        <legend class="q-label">
          {label}
          {marker}
        </legend>
        {details}
        <Group {...props} />
      </fieldset>
    );

  if (question.type === "consent")
    return (
      <div class={wrapper} id={`q-${name}`}>
        <ConsentQuestion
          {...props}
          label={
            <>
              {label}
              {marker}
            </>
          }
        />
        {details}
      </div>
    );

  const Single = SINGLES[question.type];
  if (!Single) return null;
  return (
    <div class={wrapper} id={`q-${name}`}>
      <label class="q-label" for={controlId(name)}>
        {label}
        {marker}
      </label>
      {details}
      <Single {...props} />
    </div>
  );
}
