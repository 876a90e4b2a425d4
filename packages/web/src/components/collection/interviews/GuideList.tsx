import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { endpoints } from "../../../api/endpoints.ts";
import type { InterviewGuide } from "../../../api/types.ts";
import { keys } from "../../../lib/queries.ts";
import { ErrorAlert, errorMessage } from "../../ErrorAlert.tsx";
import { PageLoader } from "../../PageLoader.tsx";
import { GuideEditorModal } from "./GuideEditorModal.tsx";

/** The evaluation's interview guides: write one, change it, print it, delete it. */
export function GuideList({
  orgId,
  evaluationId,
  canWrite,
}: {
  orgId: string;
  evaluationId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<InterviewGuide | "new" | null>(null);
  const guides = useQuery({
    queryKey: keys.interviewGuides(orgId, evaluationId),
    queryFn: () => endpoints.interviewGuides(orgId, evaluationId),
  });
  const remove = useMutation({
    mutationFn: (guide: InterviewGuide) => endpoints.deleteInterviewGuide(orgId, evaluationId, guide.id),
    onSuccess: (_v, guide) => {
      void queryClient.invalidateQueries({ queryKey: keys.interviewGuides(orgId, evaluationId) });
      notifications.show({ color: "teal", message: t("interviews.guide.deleted", { title: guide.title }) });
    },
    onError: (error) =>
      notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) }),
  });
  const questionCount = (g: InterviewGuide) => g.themes.reduce((n, theme) => n + theme.questions.length, 0);

  return (
    <section aria-labelledby="guides-title">
      <Group justify="space-between" align="flex-end" mb={4}>
        <Title order={3} size="h4" id="guides-title">
          {t("interviews.guide.listTitle")}
        </Title>
        {canWrite ? <Button onClick={() => setEditing("new")}>{t("interviews.guide.new")}</Button> : null}
      </Group>
      <Text size="sm" c="dimmed" mb="xs" maw={760}>
        {t("interviews.guide.intro")}
      </Text>
      {guides.isPending ? <PageLoader /> : null}
      <ErrorAlert error={guides.error} />
      {guides.data?.length === 0 ? <Text size="sm">{t("interviews.guide.none")}</Text> : null}
      <Stack gap="xs">
        {guides.data?.map((g) => (
          <Paper
            key={g.id}
            withBorder
            p="sm"
            radius="sm"
            component="article"
            aria-labelledby={`guide-${g.id}`}
          >
            <Group justify="space-between" wrap="wrap">
              <div>
                <Title order={4} size="h5" id={`guide-${g.id}`}>
                  {g.title}
                </Title>
                <Text size="sm">
                  {t("interviews.guide.counts", {
                    themes: t("interviews.guide.themes", { count: g.themes.length }),
                    questions: t("interviews.guide.questions", { count: questionCount(g) }),
                  })}
                </Text>
              </div>
              <Group gap="xs">
                <Button
                  component={Link}
                  to={`/o/${orgId}/evaluations/${evaluationId}/interview-guides/${g.id}/print`}
                  variant="default"
                  size="xs"
                  aria-label={t("interviews.guide.printNamed", { title: g.title })}
                >
                  {t("interviews.guide.print")}
                </Button>
                {canWrite ? (
                  <>
                    <Button
                      variant="light"
                      size="xs"
                      onClick={() => setEditing(g)}
                      aria-label={t("interviews.guide.editNamed", { title: g.title })}
                    >
                      {t("common.edit")}
                    </Button>
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      aria-label={t("interviews.guide.deleteNamed", { title: g.title })}
                      onClick={() => {
                        if (window.confirm(t("interviews.guide.confirmDelete", { title: g.title })))
                          remove.mutate(g);
                      }}
                    >
                      {t("interviews.guide.delete")}
                    </Button>
                  </>
                ) : null}
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
      {editing ? (
        <GuideEditorModal
          orgId={orgId}
          evaluationId={evaluationId}
          guide={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
