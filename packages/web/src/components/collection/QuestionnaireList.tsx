import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import { keys } from "../../lib/queries.ts";
import { EmptyHint } from "../EmptyHint.tsx";
import { ErrorAlert } from "../ErrorAlert.tsx";
import { PageLoader } from "../PageLoader.tsx";
import { NewQuestionnaireModal } from "./NewQuestionnaireModal.tsx";
import { QuestionnaireCard } from "./QuestionnaireCard.tsx";
import { XlsformImportButton } from "./XlsformImportButton.tsx";

/** The evaluation's questionnaires, with a new blank one or an XLSForm import. */
export function QuestionnaireList({
  orgId,
  evaluationId,
  canWrite,
}: {
  orgId: string;
  evaluationId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const list = useQuery({
    queryKey: keys.questionnaires(orgId, evaluationId),
    queryFn: () => endpoints.questionnaires(orgId, evaluationId),
  });
  const actions = canWrite ? (
    <Group gap="xs">
      <Button onClick={() => setCreating(true)}>{t("collection.newQuestionnaire")}</Button>
      <XlsformImportButton orgId={orgId} evaluationId={evaluationId} />
    </Group>
  ) : null;

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      bg="white"
      component="section"
      aria-labelledby="questionnaires-title"
    >
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Title order={2} size="h3" id="questionnaires-title">
            {t("collection.questionnaires")}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t("collection.questionnairesIntro")}
          </Text>
        </div>
        {list.data && list.data.length > 0 ? actions : null}
      </Group>
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.data?.length === 0 ? (
        <EmptyHint title={t("collection.noQuestionnaireTitle")} action={actions}>
          {t("collection.noQuestionnaireText")}
        </EmptyHint>
      ) : null}
      <Stack gap="sm">
        {list.data?.map((q) => (
          <QuestionnaireCard
            key={q.id}
            orgId={orgId}
            evaluationId={evaluationId}
            questionnaire={q}
            canWrite={canWrite}
          />
        ))}
      </Stack>
      {creating ? (
        <NewQuestionnaireModal orgId={orgId} evaluationId={evaluationId} onClose={() => setCreating(false)} />
      ) : null}
    </Paper>
  );
}
