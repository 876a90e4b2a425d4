import { MultiSelect, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useQuestionAt } from "./useQuestionAt.ts";

/** The framework's indicators this question's answers feed (at most 20). */
export function IndicatorLinks({ page, index }: { page: number; index: number }) {
  const { t } = useTranslation();
  const { question, change, indicators, canWrite } = useQuestionAt(page, index);
  if (!question) return null;
  if (indicators.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("builder.indicators.none")}
      </Text>
    );
  const known = new Set(indicators.map((i) => i.value));
  const value = (question.indicatorIds ?? []).filter((id) => known.has(id));
  const elsewhere = (question.indicatorIds ?? []).filter((id) => !known.has(id));
  return (
    <>
      <MultiSelect
        label={t("builder.indicators.label")}
        description={t("builder.indicators.hint")}
        placeholder={value.length === 0 ? t("builder.indicators.placeholder") : undefined}
        data={indicators}
        value={value}
        onChange={(ids) =>
          change((q) => ({
            ...q,
            indicatorIds: ids.length + elsewhere.length ? [...ids, ...elsewhere] : undefined,
          }))
        }
        searchable
        maxValues={20}
        readOnly={!canWrite}
        hidePickedOptions
      />
      {elsewhere.length > 0 ? (
        <Text size="xs" c="dimmed">
          {t("builder.indicators.elsewhere", { count: elsewhere.length })}
        </Text>
      ) : null}
    </>
  );
}
