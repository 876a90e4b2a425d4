import { SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SubmissionDetail } from "../../../api/types.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { languageName } from "../../../lib/languageNames.ts";
import { useLocale } from "../../../lib/useLocale.ts";

/** Where an answer comes from: its code, how it arrived, in which language, who typed it. */
export function SubmissionMeta({ submission: s }: { submission: SubmissionDetail }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const item = (label: string, value: string) => (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {value}
      </Text>
    </div>
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" verticalSpacing="xs" component="dl" m={0}>
      {item(t("answers.columns.code"), s.respondentCode ?? t("answers.table.noCode"))}
      {item(t("answers.columns.source"), t(`answers.source.${s.source}`))}
      {item(t("answers.columns.language"), languageName(s.language, locale))}
      {item(t("answers.columns.easyRead"), s.easyRead ? t("common.yes") : t("common.no"))}
      {item(t("answers.detail.receivedAt"), formatDateTime(s.receivedAt, locale))}
      {s.enteredBy ? item(t("answers.detail.enteredBy"), s.enteredBy) : null}
    </SimpleGrid>
  );
}
