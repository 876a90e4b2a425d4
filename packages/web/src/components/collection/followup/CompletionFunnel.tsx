import { Alert, Progress, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { CampaignFollowUp } from "../../../api/types.ts";

/**
 * Where people filling in the form online stop: how many reached each page, how many gave up
 * just before it, and how many sent their answers.
 */
export function CompletionFunnel({
  followUp,
  pageTitle,
}: {
  followUp: CampaignFollowUp;
  /** The page's title in the app's language when the questionnaire has it. */
  pageTitle: (index: number, fallback: string) => string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { started, completed } = followUp.sessions;
  const percent = (n: number) => (started > 0 ? Math.round((n / started) * 100) : 0);
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id}>
        {t("answers.followUp.funnelTitle")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("answers.followUp.funnelExplain")}
      </Text>
      {started === 0 ? (
        <Alert color="gray">{t("answers.followUp.funnelEmpty")}</Alert>
      ) : (
        <>
          <Text size="sm" fw={600}>
            {t("answers.followUp.funnelStarted", { count: started })}
          </Text>
          <ol style={{ margin: 0, paddingLeft: "1.25rem", display: "grid", gap: 10 }}>
            {followUp.pages.map((page, i) => {
              const next = followUp.pages[i + 1]?.reached ?? completed;
              const stopped = Math.max(0, page.reached - next);
              return (
                <li key={page.name}>
                  <Text size="sm">
                    {t("answers.followUp.reached", {
                      count: page.reached,
                      page: page.index + 1,
                      title: pageTitle(page.index, page.title),
                      percent: percent(page.reached),
                    })}
                  </Text>
                  <Progress value={percent(page.reached)} size="sm" color="blue" aria-hidden />
                  {stopped > 0 ? (
                    <Text size="xs" c="#9a3a00">
                      {t("answers.followUp.stoppedHere", { count: stopped, percent: percent(stopped) })}
                    </Text>
                  ) : null}
                </li>
              );
            })}
          </ol>
          <Text size="sm" fw={600}>
            {t("answers.followUp.completed", { count: completed, percent: percent(completed) })}
          </Text>
        </>
      )}
    </Stack>
  );
}
