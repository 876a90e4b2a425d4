import { Button, Checkbox, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { EVALUATION_STEPS, type EvaluationStep, STEP_GUIDANCE, type StepStatus } from "@ricochet/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { endpoints } from "../../api/endpoints.ts";
import type { EvaluationDetail } from "../../api/types.ts";
import { keys } from "../../lib/queries.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { errorMessage } from "../ErrorAlert.tsx";
import { StepStatusBadge } from "./StepStatusBadge.tsx";

/** The step's checklist, saved as it is ticked, and the buttons that close or reopen the step. */
export function StepChecklist({
  orgId,
  evaluation,
  step,
  canWrite,
}: {
  orgId: string;
  evaluation: EvaluationDetail;
  step: EvaluationStep;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const guidance = STEP_GUIDANCE[step];
  const state = evaluation.steps.find((s) => s.step === step);
  const checked = state?.checked ?? [];
  const status: StepStatus = state?.status ?? "not_started";
  const update = useMutation({
    mutationFn: (body: { status?: StepStatus; checked?: string[] }) =>
      endpoints.updateEvaluationStep(orgId, evaluation.id, step, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(keys.evaluation(orgId, evaluation.id), updated);
      void queryClient.invalidateQueries({ queryKey: keys.evaluations(orgId) });
    },
    onError: (error) =>
      notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) }),
  });
  const toggle = (key: string, on: boolean) =>
    update.mutate({ checked: on ? [...checked, key] : checked.filter((k) => k !== key) });
  const next = EVALUATION_STEPS[EVALUATION_STEPS.indexOf(step) + 1];
  const markDone = () =>
    update.mutate(
      { status: "done" },
      {
        onSuccess: () => {
          notifications.show({
            color: "teal",
            message: t("evaluation.stepDoneNotice", { step: pick(guidance.title) }),
          });
          if (next) navigate(`/o/${orgId}/evaluations/${evaluation.id}/steps/${next}`);
        },
      },
    );
  const missing = guidance.checklist.length - checked.length;

  return (
    <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="checklist-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="checklist-title">
            {t("evaluation.checklist")}
          </Title>
          <StepStatusBadge status={status} />
        </Group>
        {guidance.checklist.map((item) => (
          <Checkbox
            key={item.key}
            label={pick(item.label)}
            checked={checked.includes(item.key)}
            disabled={!canWrite || update.isPending}
            onChange={(e) => toggle(item.key, e.currentTarget.checked)}
          />
        ))}
        {canWrite ? (
          <Group justify="flex-end" gap="sm">
            {status === "done" ? (
              <Button
                variant="default"
                onClick={() => update.mutate({ status: "in_progress" })}
                loading={update.isPending}
              >
                {t("evaluation.reopen")}
              </Button>
            ) : (
              <>
                {missing > 0 ? (
                  <Text size="sm" c="dimmed">
                    {t("evaluation.missingItems", { count: missing })}
                  </Text>
                ) : null}
                {status === "not_started" ? (
                  <Button variant="default" onClick={() => update.mutate({ status: "in_progress" })}>
                    {t("evaluation.start")}
                  </Button>
                ) : null}
                <Button color="teal" onClick={markDone} loading={update.isPending}>
                  {t("evaluation.markDone")}
                </Button>
              </>
            )}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
