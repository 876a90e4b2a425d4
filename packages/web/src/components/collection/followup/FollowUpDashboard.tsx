import { Divider, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { pickText } from "@ricochet/domain";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../../api/endpoints.ts";
import type { Campaign } from "../../../api/types.ts";
import { keys } from "../../../lib/queries.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { ErrorAlert } from "../../ErrorAlert.tsx";
import { PageLoader } from "../../PageLoader.tsx";
import { useCampaignQuestionnaire } from "../answers/useCampaignQuestionnaire.ts";
import { AnswerBreakdown } from "./AnswerBreakdown.tsx";
import { CompletionFunnel } from "./CompletionFunnel.tsx";
import { CumulativeChart } from "./CumulativeChart.tsx";
import { TargetProgress } from "./TargetProgress.tsx";

/** How a campaign's collection goes: counts only, no one's answers (viewers see it too). */
export function FollowUpDashboard({
  orgId,
  evaluationId,
  campaign,
}: {
  orgId: string;
  evaluationId: string;
  campaign: Campaign;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const followUp = useQuery({
    queryKey: keys.followUp(orgId, evaluationId, campaign.id),
    queryFn: () => endpoints.campaignFollowUp(orgId, evaluationId, campaign.id),
  });
  const { definition } = useCampaignQuestionnaire(orgId, evaluationId, campaign.id);
  const pageTitle = (index: number, fallback: string) => {
    const page = definition?.pages[index];
    return page ? pickText(page.title, locale, definition.defaultLanguage) || fallback : fallback;
  };
  if (followUp.isPending) return <PageLoader />;
  if (followUp.isError) return <ErrorAlert error={followUp.error} />;
  const data = followUp.data;

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="follow-up-count">
        <Title order={3} size="h4" id="follow-up-count" mb="xs">
          {t("answers.followUp.countTitle")}
        </Title>
        <TargetProgress followUp={data} name={campaign.name} />
        <Divider my="md" />
        <CumulativeChart followUp={data} />
      </Paper>
      <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="follow-up-who">
        <Title order={3} size="h4" id="follow-up-who" mb="xs">
          {t("answers.followUp.whoTitle")}
        </Title>
        {data.responses === 0 ? (
          <Text size="sm">{t("answers.followUp.noAnswersYet")}</Text>
        ) : (
          <AnswerBreakdown followUp={data} />
        )}
      </Paper>
      <Paper withBorder p="md" radius="md" bg="white">
        <CompletionFunnel followUp={data} pageTitle={pageTitle} />
      </Paper>
      <Group>
        <Text size="xs" c="dimmed">
          {t("answers.followUp.countsOnly")}
        </Text>
      </Group>
    </Stack>
  );
}
