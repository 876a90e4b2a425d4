import { Button, Group, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Campaign } from "../../api/types.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { CampaignProgress } from "./CampaignProgress.tsx";
import { CampaignStatusBadge } from "./CampaignStatusBadge.tsx";
import { campaignAcceptance, campaignPeriod } from "./campaignText.ts";

/** One campaign at a glance: what is asked, to whom, when, and how many have answered. */
export function CampaignCard({
  campaign: c,
  onOpen,
  followUpTo,
}: {
  campaign: Campaign;
  onOpen: () => void;
  /** The campaign's page: follow-up, answers, paper import. */
  followUpTo?: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const titleId = `campaign-${c.id}`;
  const acceptance = campaignAcceptance(c, t, locale);
  return (
    <Paper withBorder p="sm" radius="sm" component="article" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={6}>
        <Group gap="xs">
          <Title order={3} size="h4" id={titleId}>
            {c.name}
          </Title>
          <CampaignStatusBadge status={c.status} />
        </Group>
        <Group gap="xs" wrap="nowrap">
          {followUpTo ? (
            <Button
              component={Link}
              to={followUpTo}
              variant="default"
              size="xs"
              aria-label={t("answers.page.openNamed", { name: c.name })}
            >
              {t("answers.page.open")}
            </Button>
          ) : null}
          <Button
            variant="light"
            size="xs"
            onClick={onOpen}
            aria-label={t("campaign.openNamed", { name: c.name })}
          >
            {t("campaign.open")}
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={4}>
        <Text size="sm">
          {t("campaign.questionnaireVersion", {
            title: c.questionnaire.title,
            version: c.questionnaire.version,
          })}
        </Text>
        <Text size="sm">
          {c.stakeholder ? t("campaign.groupIs", { name: c.stakeholder.name }) : t("campaign.noGroup")}
        </Text>
        <Text size="sm">
          {t(`campaign.wave.${c.wave}.label`)}
          {c.arm !== "none" ? ` · ${t(`campaign.arm.${c.arm}.label`)}` : ""}
        </Text>
        <Text size="sm">{campaignPeriod(c, t, locale)}</Text>
      </SimpleGrid>
      <Text size="sm" mt={6} c={acceptance.accepting ? "teal.9" : "#9a3a00"} fw={500}>
        {acceptance.text}
      </Text>
      <div style={{ marginTop: 6 }}>
        <CampaignProgress campaign={c} />
      </div>
    </Paper>
  );
}
