import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import type { Campaign, EvaluationDetail, OrganisationWithAccess } from "../../api/types.ts";
import { keys } from "../../lib/queries.ts";
import { EmptyHint } from "../EmptyHint.tsx";
import { ErrorAlert } from "../ErrorAlert.tsx";
import { PageLoader } from "../PageLoader.tsx";
import { CampaignCard } from "./CampaignCard.tsx";
import { CampaignDrawer } from "./CampaignDrawer.tsx";
import { CampaignFormModal } from "./CampaignFormModal.tsx";

/** The evaluation's campaigns: who is asked, with which questionnaire, when, and how it goes. */
export function CampaignList({
  org,
  evaluation,
  canWrite,
}: {
  org: OrganisationWithAccess;
  evaluation: EvaluationDetail;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const orgId = org.id;
  const evaluationId = evaluation.id;
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Campaign | "new" | null>(null);
  const list = useQuery({
    queryKey: keys.campaigns(orgId, evaluationId),
    queryFn: () => endpoints.campaigns(orgId, evaluationId),
  });
  const questionnaires = useQuery({
    queryKey: keys.questionnaires(orgId, evaluationId),
    queryFn: () => endpoints.questionnaires(orgId, evaluationId),
  });
  const published = (questionnaires.data ?? []).filter((q) => q.currentVersion !== null);
  const opened = list.data?.find((c) => c.id === openId) ?? null;

  const newButton =
    canWrite && published.length > 0 ? (
      <Button onClick={() => setEditing("new")}>{t("campaign.new")}</Button>
    ) : null;

  return (
    <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="campaigns-title">
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Title order={2} size="h3" id="campaigns-title">
            {t("campaign.title")}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t("campaign.intro")}
          </Text>
        </div>
        {list.data && list.data.length > 0 ? newButton : null}
      </Group>
      {canWrite && questionnaires.data && published.length === 0 ? (
        <Alert color="blue" mb="sm">
          {t("campaign.publishFirst")}
        </Alert>
      ) : null}
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.data?.length === 0 ? (
        <EmptyHint title={t("campaign.emptyTitle")} action={newButton}>
          {t("campaign.emptyText")}
        </EmptyHint>
      ) : null}
      <Stack gap="sm">
        {list.data?.map((c) => (
          <CampaignCard
            key={c.id}
            campaign={c}
            onOpen={() => setOpenId(c.id)}
            followUpTo={`/o/${orgId}/evaluations/${evaluationId}/campaigns/${c.id}`}
          />
        ))}
      </Stack>
      {opened ? (
        <CampaignDrawer
          org={org}
          evaluationId={evaluationId}
          campaign={opened}
          canWrite={canWrite}
          onClose={() => setOpenId(null)}
          onEdit={() => {
            setOpenId(null);
            setEditing(opened);
          }}
        />
      ) : null}
      {editing ? (
        <CampaignFormModal
          org={org}
          evaluation={evaluation}
          questionnaires={questionnaires.data ?? []}
          campaign={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onDone={(saved) => {
            setEditing(null);
            setOpenId(saved.id);
          }}
        />
      ) : null}
    </Paper>
  );
}
