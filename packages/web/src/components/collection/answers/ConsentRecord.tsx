import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SubmissionDetail } from "../../../api/types.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { useLocale } from "../../../lib/useLocale.ts";

/** What the person agreed to, and when: the proof kept with the answers. */
export function ConsentRecord({ consent }: { consent: SubmissionDetail["consent"] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (!consent) return <Text size="sm">{t("answers.consent.none")}</Text>;
  return (
    <Text size="sm">
      {consent.given
        ? t("answers.consent.given", { date: formatDateTime(consent.at, locale) })
        : t("answers.consent.refused", { date: formatDateTime(consent.at, locale) })}{" "}
      <Text span size="xs" c="dimmed">
        {t("answers.consent.notice", { hash: consent.noticeHash.slice(0, 10) })}
      </Text>
    </Text>
  );
}
