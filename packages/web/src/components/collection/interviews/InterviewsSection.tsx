import { Button, Divider, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../../api/endpoints.ts";
import type { Interview, OrganisationWithAccess } from "../../../api/types.ts";
import { formatDay } from "../../../lib/days.ts";
import { allowed } from "../../../lib/grants.ts";
import { keys } from "../../../lib/queries.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { ErrorAlert, errorMessage } from "../../ErrorAlert.tsx";
import { PageLoader } from "../../PageLoader.tsx";
import { GuideList } from "./GuideList.tsx";
import { InterviewFormModal } from "./InterviewFormModal.tsx";
import { InterviewList } from "./InterviewList.tsx";

/** Qualitative collection: interview guides, then the interviews held and their transcripts. */
export function InterviewsSection({
  org,
  evaluationId,
  canWrite,
}: {
  org: OrganisationWithAccess;
  evaluationId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const orgId = org.id;
  const canRead = allowed(org, "submission.read");
  const canRecord = allowed(org, "data.collect");
  const [editing, setEditing] = useState<Interview | "new" | null>(null);
  const guides = useQuery({
    queryKey: keys.interviewGuides(orgId, evaluationId),
    queryFn: () => endpoints.interviewGuides(orgId, evaluationId),
  });
  const interviews = useQuery({
    queryKey: keys.interviews(orgId, evaluationId),
    queryFn: () => endpoints.interviews(orgId, evaluationId),
    enabled: canRead,
  });
  const remove = useMutation({
    mutationFn: (i: Interview) => endpoints.deleteInterview(orgId, evaluationId, i.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.interviews(orgId, evaluationId) });
      notifications.show({ color: "teal", message: t("interviews.list.deleted") });
    },
    onError: (error) =>
      notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) }),
  });

  return (
    <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="interviews-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="interviews-title">
            {t("interviews.title")}
          </Title>
          <Text size="sm" maw={760}>
            {t("interviews.intro")}
          </Text>
        </div>
        <GuideList orgId={orgId} evaluationId={evaluationId} canWrite={canWrite} />
        <Divider />
        <section aria-labelledby="interviews-list">
          <Group justify="space-between" align="flex-end" mb={4}>
            <Title order={3} size="h4" id="interviews-list">
              {t("interviews.list.title")}
            </Title>
            {canRecord ? <Button onClick={() => setEditing("new")}>{t("interviews.list.new")}</Button> : null}
          </Group>
          {!canRead ? (
            <Text size="sm" c="dimmed">
              {t("interviews.list.restricted")}
            </Text>
          ) : null}
          {interviews.isLoading ? <PageLoader /> : null}
          <ErrorAlert error={interviews.error} />
          {interviews.data?.length === 0 ? <Text size="sm">{t("interviews.list.none")}</Text> : null}
          {interviews.data && interviews.data.length > 0 ? (
            <InterviewList
              interviews={interviews.data}
              guides={guides.data ?? []}
              canEdit={canRecord}
              canDelete={allowed(org, "submission.manage")}
              onEdit={setEditing}
              onDelete={(i) => {
                if (window.confirm(t("interviews.list.confirmDelete", { date: formatDay(i.heldOn, locale) })))
                  remove.mutate(i);
              }}
            />
          ) : null}
        </section>
      </Stack>
      {editing ? (
        <InterviewFormModal
          orgId={orgId}
          evaluationId={evaluationId}
          interview={editing === "new" ? null : editing}
          guides={guides.data ?? []}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Paper>
  );
}
