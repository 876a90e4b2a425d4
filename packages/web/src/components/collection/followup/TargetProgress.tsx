import { Group, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CampaignFollowUp } from "../../../api/types.ts";

/** How many answers count today, against the number aimed for, in one sentence and a bar. */
export function TargetProgress({ followUp, name }: { followUp: CampaignFollowUp; name: string }) {
  const { t } = useTranslation();
  const { responses, target, deleted } = followUp;
  const percent = target ? Math.min(100, Math.round((responses / target) * 100)) : null;
  return (
    <Stack gap={6}>
      <Group gap="xs" align="baseline">
        <Text fz={36} fw={800} lh={1} c="teal.9">
          {responses}
        </Text>
        <Text size="lg" fw={600}>
          {target
            ? t("answers.followUp.ofTarget", { count: responses, target })
            : t("answers.followUp.answersNoTarget", { count: responses })}
        </Text>
      </Group>
      {target && percent !== null ? (
        <>
          <Progress
            value={percent}
            size="lg"
            color={percent >= 100 ? "teal" : "blue"}
            aria-label={t("answers.followUp.progressLabel", { name, percent })}
          />
          <Text size="sm">
            {responses >= target
              ? t("answers.followUp.targetReached", { percent })
              : t("answers.followUp.missing", { count: target - responses, percent })}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t("answers.followUp.noTarget")}
        </Text>
      )}
      {deleted > 0 ? (
        <Text size="sm" c="dimmed">
          {t("answers.followUp.deleted", { count: deleted })}
        </Text>
      ) : null}
    </Stack>
  );
}
