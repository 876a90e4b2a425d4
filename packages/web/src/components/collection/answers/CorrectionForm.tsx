import { Alert, Button, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import type { Question, QuestionnaireDefinition } from "@ricochet/domain";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { endpoints } from "../../../api/endpoints.ts";
import type { SubmissionDetail } from "../../../api/types.ts";
import { errorMessage } from "../../ErrorAlert.tsx";
import { AnswerField } from "./AnswerField.tsx";
import { type Draft, fromDraft, hasRepeatedRank, toDraft } from "./answerDraft.ts";

export interface SubmissionRef {
  orgId: string;
  evaluationId: string;
  campaignId: string;
  submissionId: string;
}

/** The server's message for this question (a matrix's rows count as the question). */
function fieldError(error: unknown, question: Question): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const names = [question.name, ...(question.items ?? []).map((i) => i.name)];
  return error.errors.find((e) => names.some((n) => e.path === `answers.${n}`))?.message;
}

/** Corrects one answer: the new value and why (kept in the history with the old value). */
export function CorrectionForm({
  target,
  definition,
  question,
  value,
  onDone,
  onCancel,
}: {
  target: SubmissionRef;
  definition: QuestionnaireDefinition;
  question: Question;
  value: unknown;
  onDone: (saved: SubmissionDetail) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => toDraft(question, value));
  const [reason, setReason] = useState("");
  const [local, setLocal] = useState<{ field?: string; reason?: string }>({});
  const save = useMutation({
    mutationFn: () =>
      endpoints.correctSubmission(target.orgId, target.evaluationId, target.campaignId, target.submissionId, {
        changes: { [question.name]: fromDraft(question, draft) },
        reason: reason.trim(),
      }),
    onSuccess: onDone,
  });
  const serverField = fieldError(save.error, question);
  const serverReason =
    save.error instanceof ApiError ? save.error.errors.find((e) => e.path === "reason")?.message : undefined;
  const otherError = save.error && !serverField && !serverReason ? errorMessage(save.error, t) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: typeof local = {};
    if (reason.trim().length < 3) problems.reason = t("answers.correct.reasonRequired");
    if (hasRepeatedRank(question, draft)) problems.field = t("answers.correct.rankTwice");
    setLocal(problems);
    if (!problems.reason && !problems.field) save.mutate();
  };

  return (
    <Paper withBorder p="sm" radius="sm" bg="gray.0" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <AnswerField
          definition={definition}
          question={question}
          draft={draft}
          onChange={setDraft}
          error={local.field ?? serverField}
        />
        <Textarea
          label={t("answers.correct.reason")}
          description={t("answers.correct.reasonHint")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          autosize
          minRows={2}
          maxLength={500}
          error={local.reason ?? serverReason}
        />
        {otherError ? (
          <Alert color="red" role="alert">
            {otherError}
          </Alert>
        ) : null}
        <Text size="xs" c="dimmed">
          {t("answers.correct.kept")}
        </Text>
        <Group gap="xs">
          <Button type="submit" loading={save.isPending}>
            {t("answers.correct.save")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
