import {
  Checkbox,
  Fieldset,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { Question, QuestionnaireDefinition } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../../lib/useLocale.ts";
import type { Draft } from "./answerDraft.ts";
import { choicesOf, textIn } from "./answerText.ts";

/** The input for one question's corrected answer, suited to its type. */
export function AnswerField({
  definition,
  question,
  draft,
  onChange,
  error,
}: {
  definition: QuestionnaireDefinition;
  question: Question;
  draft: Draft;
  onChange: (draft: Draft) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const text = textIn(definition, locale);
  const label = text(question.label) || question.name;
  const choices = choicesOf(definition, question, { yes: t("common.yes"), no: t("common.no") }).map((c) => ({
    value: c.value,
    label:
      question.type === "yes_no" ? (c.value === "yes" ? t("common.yes") : t("common.no")) : text(c.label),
  }));
  const none = { value: "", label: t("answers.correct.noAnswer") };

  switch (question.type) {
    case "long_text":
      return (
        <Textarea
          label={label}
          value={String(draft)}
          onChange={(e) => onChange(e.currentTarget.value)}
          autosize
          minRows={3}
          error={error}
        />
      );
    case "integer":
    case "decimal":
    case "rating":
      return (
        <NumberInput
          label={label}
          description={
            question.scale
              ? t("answers.correct.scale", { min: question.scale.min, max: question.scale.max })
              : undefined
          }
          value={draft as number | string}
          onChange={(v) => onChange(v)}
          allowDecimal={question.type === "decimal"}
          decimalSeparator={locale === "fr" ? "," : "."}
          min={question.scale?.min}
          max={question.scale?.max}
          error={error}
        />
      );
    case "date":
      return (
        <TextInput
          type="date"
          label={label}
          value={String(draft)}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
        />
      );
    case "single_choice":
    case "likert":
    case "yes_no":
      return (
        <NativeSelect
          label={label}
          data={[none, ...choices]}
          value={String(draft)}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
        />
      );
    case "multiple_choice":
      return (
        <Checkbox.Group label={label} value={draft as string[]} onChange={onChange} error={error}>
          <Stack gap={6} mt={6}>
            {choices.map((c) => (
              <Checkbox key={c.value} value={c.value} label={c.label} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case "matrix": {
      const rows = draft as Record<string, string>;
      return (
        <Fieldset legend={label} variant="unstyled">
          <Stack gap={6}>
            {(question.items ?? []).map((item) => (
              <NativeSelect
                key={item.name}
                label={text(item.label) || item.name}
                data={[none, ...choices]}
                value={rows[item.name] ?? ""}
                onChange={(e) => onChange({ ...rows, [item.name]: e.currentTarget.value })}
              />
            ))}
            {error ? (
              <Text size="sm" c="red.8" role="alert">
                {error}
              </Text>
            ) : null}
          </Stack>
        </Fieldset>
      );
    }
    case "ranking": {
      const ranked = draft as string[];
      return (
        <Fieldset legend={label} variant="unstyled">
          <Stack gap={6}>
            {choices.map((_c, index) => (
              <NativeSelect
                // biome-ignore lint/suspicious/noArrayIndexKey: one select per rank, in order
                key={index}
                label={t("answers.correct.rank", { n: index + 1 })}
                data={[none, ...choices]}
                value={ranked[index] ?? ""}
                onChange={(e) => {
                  const next = choices.map((_x, i) => ranked[i] ?? "");
                  next[index] = e.currentTarget.value;
                  onChange(next);
                }}
              />
            ))}
            {error ? (
              <Text size="sm" c="red.8" role="alert">
                {error}
              </Text>
            ) : null}
          </Stack>
        </Fieldset>
      );
    }
    case "consent":
      return (
        <Checkbox
          label={label}
          checked={draft === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
          error={error}
        />
      );
    default:
      return (
        <TextInput
          label={label}
          value={String(draft)}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
        />
      );
  }
}
