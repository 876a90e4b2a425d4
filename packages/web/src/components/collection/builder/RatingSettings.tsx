import { Group, NumberInput, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { questionPath } from "../../../lib/builderSelection.ts";
import { issuesAt } from "../../../lib/expressionTools.ts";
import { setOptionalText } from "../../../lib/questionnaireOps.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { LocalisedInput } from "./LocalisedInput.tsx";
import { useQuestionAt } from "./useQuestionAt.ts";

/** A numeric scale (e.g. 0 to 10) and what its two ends mean. */
export function RatingSettings({ page, index }: { page: number; index: number }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { question, change, language, issues, canWrite } = useQuestionAt(page, index);
  if (!question) return null;
  const scale = question.scale ?? { min: 0, max: 10 };
  const error =
    issuesAt(issues, `${questionPath(page, index)}.scale`)
      .map(pick)
      .join(" ") || undefined;
  const setBound = (bound: "min" | "max", value: number | string) => {
    const n = typeof value === "number" ? value : Number.parseInt(value, 10);
    if (!Number.isNaN(n)) change((q) => ({ ...q, scale: { ...scale, ...q.scale, [bound]: n } }));
  };
  return (
    <Stack gap="xs">
      <Group align="flex-start">
        <NumberInput
          label={t("builder.rating.min")}
          value={scale.min}
          min={-100}
          max={100}
          allowDecimal={false}
          onChange={(v) => setBound("min", v)}
          readOnly={!canWrite}
          w={140}
        />
        <NumberInput
          label={t("builder.rating.max")}
          value={scale.max}
          min={-100}
          max={100}
          allowDecimal={false}
          onChange={(v) => setBound("max", v)}
          readOnly={!canWrite}
          w={140}
        />
      </Group>
      {error ? (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      ) : null}
      <LocalisedInput
        label={t("builder.rating.minLabel", { n: scale.min })}
        placeholder={t("builder.rating.minPlaceholder")}
        texts={scale.minLabel}
        onChange={(value) =>
          change((q) => ({
            ...q,
            scale: { ...scale, ...q.scale, minLabel: setOptionalText(q.scale?.minLabel, language, value) },
          }))
        }
      />
      <LocalisedInput
        label={t("builder.rating.maxLabel", { n: scale.max })}
        placeholder={t("builder.rating.maxPlaceholder")}
        texts={scale.maxLabel}
        onChange={(value) =>
          change((q) => ({
            ...q,
            scale: { ...scale, ...q.scale, maxLabel: setOptionalText(q.scale?.maxLabel, language, value) },
          }))
        }
      />
    </Stack>
  );
}
