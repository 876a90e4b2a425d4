import { SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CampaignFollowUp } from "../../../api/types.ts";
import { languageName } from "../../../lib/languageNames.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { ShareBars } from "./ShareBars.tsx";

const SOURCES = ["web", "staff", "import"] as const;

/** Where the answers came from (link, team, paper), in which language, and in easy-read. */
export function AnswerBreakdown({ followUp }: { followUp: CampaignFollowUp }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { responses } = followUp;
  const count = (source: string) => followUp.bySource.find((s) => s.source === source)?.count ?? 0;
  const sources = SOURCES.map((source) => ({
    key: source,
    label: t(`answers.source.${source}`),
    count: count(source),
  }));
  const languages = [...followUp.byLanguage]
    .sort((a, b) => b.count - a.count)
    .map((l) => ({ key: l.language, label: languageName(l.language, locale), count: l.count }));
  const percent = (n: number) => (responses > 0 ? Math.round((n / responses) * 100) : 0);
  const describe = (share: { label: string; count: number }, p: number) =>
    t("answers.followUp.share", { label: share.label, count: share.count, percent: p });

  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
      <ShareBars
        title={t("answers.followUp.bySource")}
        shares={sources}
        total={responses}
        describe={describe}
      />
      <ShareBars
        title={t("answers.followUp.byLanguage")}
        shares={languages}
        total={responses}
        describe={describe}
      />
      <Stack gap={6}>
        <Title order={4} size="h5">
          {t("answers.followUp.accessibility")}
        </Title>
        <Text size="sm">
          {t("answers.followUp.easyRead", { count: followUp.easyRead, percent: percent(followUp.easyRead) })}
        </Text>
        <Text size="sm">
          {t("answers.followUp.withCode", { count: followUp.withCode, percent: percent(followUp.withCode) })}
        </Text>
      </Stack>
    </SimpleGrid>
  );
}
