import { ActionIcon, Anchor, Badge, Button, Group, Paper, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { endpoints } from "../../api/endpoints.ts";
import type { QuestionnaireSummary } from "../../api/types.ts";
import { formatDate } from "../../lib/format.ts";
import { languageName } from "../../lib/languageNames.ts";
import { keys } from "../../lib/queries.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { errorMessage } from "../ErrorAlert.tsx";
import { WarningBadge } from "./WarningBadge.tsx";

/** One questionnaire: its languages, size, published version and whether the draft moved on. */
export function QuestionnaireCard({
  orgId,
  evaluationId,
  questionnaire: q,
  canWrite,
}: {
  orgId: string;
  evaluationId: string;
  questionnaire: QuestionnaireSummary;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const to = `/o/${orgId}/evaluations/${evaluationId}/questionnaires/${q.id}`;
  const titleId = `questionnaire-${q.id}`;
  const remove = useMutation({
    mutationFn: () => endpoints.deleteQuestionnaire(orgId, evaluationId, q.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.questionnaires(orgId, evaluationId) });
      notifications.show({
        color: "teal",
        message: t("collection.questionnaireDeleted", { title: q.title }),
      });
    },
    onError: (error) =>
      notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) }),
  });

  return (
    <Paper withBorder p="sm" radius="sm" component="article" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Group gap="xs" mb={4}>
            <Title order={3} size="h4" id={titleId}>
              <Anchor component={Link} to={to} c="inherit">
                {q.title}
              </Anchor>
            </Title>
            {q.currentVersion === null ? (
              <Badge color="gray" variant="light">
                {t("collection.neverPublished")}
              </Badge>
            ) : (
              <Badge color="teal" variant="light">
                {t("collection.publishedVersion", { version: q.currentVersion })}
              </Badge>
            )}
            {q.currentVersion !== null && q.draftChanged ? (
              <WarningBadge>{t("collection.unpublishedChanges")}</WarningBadge>
            ) : null}
          </Group>
          <Text size="sm">
            {t("collection.questionCount", { count: q.questionCount })} ·{" "}
            {q.languages.map((l) => languageName(l, locale)).join(", ")} ·{" "}
            {t("collection.campaignCount", { count: q.campaignCount })}
          </Text>
          <Text size="xs" c="dimmed">
            {t("collection.updatedOn", { date: formatDate(q.updatedAt, locale) })}
          </Text>
        </div>
        <Group gap={4} wrap="nowrap">
          <Button
            component={Link}
            to={to}
            variant="light"
            size="xs"
            aria-label={t("collection.openNamed", { title: q.title })}
          >
            {canWrite ? t("collection.edit") : t("collection.open")}
          </Button>
          {canWrite && q.campaignCount === 0 ? (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t("collection.deleteNamed", { title: q.title })}
              loading={remove.isPending}
              onClick={() => {
                if (window.confirm(t("collection.confirmDelete", { title: q.title }))) remove.mutate();
              }}
            >
              ✕
            </ActionIcon>
          ) : null}
        </Group>
      </Group>
    </Paper>
  );
}
