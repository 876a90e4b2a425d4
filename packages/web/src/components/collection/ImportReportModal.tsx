import { Alert, Button, Group, List, Modal, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../api/client.ts";
import type { XlsformImportResult } from "../../api/types.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { errorMessage } from "../ErrorAlert.tsx";

/**
 * After an XLSForm import: the questionnaire made from it and, in plain words, what could not be
 * carried over (a sheet, a line, a column); or why nothing was imported.
 */
export function ImportReportModal({
  orgId,
  evaluationId,
  fileName,
  result,
  failure,
  retrying,
  onKeepProblems,
  onClose,
}: {
  orgId: string;
  evaluationId: string;
  fileName: string;
  result: XlsformImportResult | null;
  failure: unknown;
  retrying: boolean;
  /** Imports the file anyway, its problems to fix in the builder; null when not worth offering. */
  onKeepProblems: (() => void) | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const where = (sheet: string, line: number | null, column: string | null) =>
    [
      t("collection.import.sheet", { sheet }),
      line != null ? t("collection.import.line", { line }) : null,
      column ? t("collection.import.column", { column }) : null,
    ]
      .filter(Boolean)
      .join(", ");

  if (!result) {
    const errors = failure instanceof ApiError ? failure.errors : [];
    return (
      <Modal
        opened
        onClose={onClose}
        size="lg"
        title={t("collection.import.failedTitle", { file: fileName })}
      >
        <Stack>
          <Alert color="red" role="alert">
            {errorMessage(failure, t)}
          </Alert>
          {errors.length > 0 ? (
            <List size="sm" spacing={4}>
              {errors.map((e) => (
                <List.Item key={`${e.path}-${e.message}`}>
                  <Text span fw={600}>
                    {e.path}
                  </Text>{" "}
                  — {e.message}
                </List.Item>
              ))}
            </List>
          ) : null}
          <Text size="sm">{t("collection.import.failedHint")}</Text>
          {onKeepProblems && failure instanceof ApiError && failure.code === "XLSFORM_INVALID" ? (
            <Text size="sm">{t("collection.import.keepProblemsHint")}</Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.close")}
            </Button>
            {onKeepProblems && failure instanceof ApiError && failure.code === "XLSFORM_INVALID" ? (
              <Button onClick={onKeepProblems} loading={retrying}>
                {t("collection.import.keepProblems")}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Modal>
    );
  }

  const q = result.questionnaire;
  return (
    <Modal opened onClose={onClose} size="lg" title={t("collection.import.doneTitle", { title: q.title })}>
      <Stack>
        <Text>{t("collection.import.done", { count: q.questionCount, file: fileName })}</Text>
        <Title order={3} size="h5">
          {t("collection.import.unmappedTitle")}
        </Title>
        {result.unmapped.length === 0 ? (
          <Text size="sm" c="teal.9">
            {t("collection.import.allMapped")}
          </Text>
        ) : (
          <>
            <Text size="sm">{t("collection.import.unmappedHint", { count: result.unmapped.length })}</Text>
            <List size="sm" spacing={4}>
              {result.unmapped.map((u) => (
                <List.Item key={`${u.sheet}-${u.line}-${u.column}-${u.message.fr}`}>
                  <Text span fw={600}>
                    {where(u.sheet, u.line, u.column)}
                  </Text>{" "}
                  — {pick(u.message)}
                </List.Item>
              ))}
            </List>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.close")}
          </Button>
          <Button component={Link} to={`/o/${orgId}/evaluations/${evaluationId}/questionnaires/${q.id}`}>
            {t("collection.import.open")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
