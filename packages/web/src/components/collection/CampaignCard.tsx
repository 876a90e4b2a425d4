import { Button, Group, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Campaign } from "../../api/types.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { CampaignProgress } from "./CampaignProgress.tsx";
import { CampaignStatusBadge } from "./CampaignStatusBadge.tsx";
import { campaignAcceptance, campaignPeriod } from "./campaignText.ts";

/** One campaign at a glance: what is asked, to whom, when, and how many have answered. */
export function CampaignCard({ campaign: c, onOpen }: { campaign: Campaign; onOpen: () => void }) {
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
        <Button
          variant="light"
          size="xs"
          onClick={onOpen}
          aria-label={t("campaign.openNamed", { name: c.name })}
        >
          {t("campaign.open")}
        </Button>
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
