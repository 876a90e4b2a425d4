import { Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Campaign } from "../../api/types.ts";

/** Answers received against the number aimed for. */
export function CampaignProgress({
  campaign,
}: {
  campaign: Pick<Campaign, "responses" | "targetResponses" | "name">;
}) {
  const { t } = useTranslation();
  const { responses, targetResponses: target } = campaign;
  if (!target) return <Text size="sm">{t("campaign.responsesNoTarget", { count: responses })}</Text>;
  const percent = Math.min(100, Math.round((responses / target) * 100));
  return (
    <Stack gap={4}>
      <Text size="sm">{t("campaign.responsesOfTarget", { count: responses, target, percent })}</Text>
      <Progress
        value={percent}
        color={percent >= 100 ? "teal" : "blue"}
        aria-label={t("campaign.progressLabel", { name: campaign.name })}
      />
    </Stack>
  );
}
