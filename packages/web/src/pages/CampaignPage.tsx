import { Alert, Anchor, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { endpoints } from "../api/endpoints.ts";
import { AnswersBrowser } from "../components/collection/answers/AnswersBrowser.tsx";
import { PaperImport } from "../components/collection/answers/PaperImport.tsx";
import { CampaignStatusBadge } from "../components/collection/CampaignStatusBadge.tsx";
import { campaignAcceptance, campaignPeriod } from "../components/collection/campaignText.ts";
import { FollowUpDashboard } from "../components/collection/followup/FollowUpDashboard.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import { allowed } from "../lib/grants.ts";
import { keys } from "../lib/queries.ts";
import { useCurrentEvaluation } from "../lib/useCurrentEvaluation.ts";
import { useLocale } from "../lib/useLocale.ts";

type Tab = "follow-up" | "answers" | "paper";

/** One campaign after launch: how the collection goes, its answers, and paper answers to import. */
export function CampaignPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { campaignId = "" } = useParams();
  const { org, evaluation } = useCurrentEvaluation();
  const [params, setParams] = useSearchParams();
  const query = useQuery({
    queryKey: [...keys.campaigns(org.id, evaluation.id), campaignId],
    queryFn: () => endpoints.campaign(org.id, evaluation.id, campaignId),
  });
  const back = `/o/${org.id}/evaluations/${evaluation.id}/steps/collection`;
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const c = query.data;
  const canRead = allowed(org, "submission.read");
  const canImport = c.channels.paperUpload && allowed(org, "data.collect");
  const wanted = params.get("tab") as Tab | null;
  const tab: Tab =
    wanted === "answers" && canRead ? "answers" : wanted === "paper" && canImport ? "paper" : "follow-up";
  const acceptance = campaignAcceptance(c, t, locale);

  return (
    <Stack gap="md">
      <Anchor component={Link} to={back} size="sm">
        ← {t("answers.page.back")}
      </Anchor>
      <div>
        <Group gap="xs" align="center">
          <Title order={2}>{c.name}</Title>
          <CampaignStatusBadge status={c.status} />
        </Group>
        <Text size="sm">
          {t(`campaign.wave.${c.wave}.label`)}
          {c.arm !== "none" ? ` · ${t(`campaign.arm.${c.arm}.label`)}` : ""} · {campaignPeriod(c, t, locale)}
        </Text>
        <Text size="sm" c={acceptance.accepting ? "teal.9" : "#9a3a00"} fw={500}>
          {acceptance.text}
        </Text>
      </div>
      <Tabs
        value={tab}
        onChange={(next) => setParams(next && next !== "follow-up" ? { tab: next } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="follow-up">{t("answers.page.followUpTab")}</Tabs.Tab>
          {canRead ? (
            <Tabs.Tab value="answers">{t("answers.page.answersTab", { count: c.responses })}</Tabs.Tab>
          ) : null}
          {canImport ? <Tabs.Tab value="paper">{t("answers.page.paperTab")}</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="follow-up" pt="md">
          {!canRead ? (
            <Alert color="gray" mb="md">
              {t("answers.page.countsOnly")}
            </Alert>
          ) : null}
          <FollowUpDashboard orgId={org.id} evaluationId={evaluation.id} campaign={c} />
        </Tabs.Panel>
        {canRead ? (
          <Tabs.Panel value="answers" pt="md">
            <AnswersBrowser
              orgId={org.id}
              evaluationId={evaluation.id}
              campaign={c}
              canManage={allowed(org, "submission.manage")}
            />
          </Tabs.Panel>
        ) : null}
        {canImport ? (
          <Tabs.Panel value="paper" pt="md">
            <PaperImport orgId={org.id} evaluationId={evaluation.id} campaign={c} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </Stack>
  );
}
