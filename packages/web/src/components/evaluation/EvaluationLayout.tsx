import { Anchor, Box, Group, Stack, Stepper, Text, Title } from "@mantine/core";
import { EVALUATION_STEPS, STEP_GUIDANCE } from "@ricochet/domain";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useNavigate, useParams } from "react-router";
import { endpoints } from "../../api/endpoints.ts";
import type { EvaluationDetail, OrganisationWithAccess } from "../../api/types.ts";
import { keys } from "../../lib/queries.ts";
import { useCurrentOrganisation } from "../../lib/useCurrentOrganisation.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";
import { PageLoader } from "../PageLoader.tsx";

export interface EvaluationContext {
  org: OrganisationWithAccess;
  evaluation: EvaluationDetail;
}

/** An evaluation's pages, under the seven steps of the guided path. */
export function EvaluationLayout() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const org = useCurrentOrganisation();
  const { evaluationId = "", step } = useParams();
  const navigate = useNavigate();
  const query = useQuery({
    queryKey: keys.evaluation(org.id, evaluationId),
    queryFn: () => endpoints.evaluation(org.id, evaluationId),
  });
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const evaluation = query.data;
  const base = `/o/${org.id}/evaluations/${evaluation.id}`;
  const active = step ? EVALUATION_STEPS.indexOf(step as (typeof EVALUATION_STEPS)[number]) : -1;
  const context: EvaluationContext = { org, evaluation };

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to={`/o/${org.id}/evaluations`} size="sm">
          ← {t("evaluation.backToList")}
        </Anchor>
        <Group justify="space-between" align="flex-end">
          <Title order={1}>
            <Anchor component={Link} to={base} c="inherit" underline="hover">
              {evaluation.title}
            </Anchor>
          </Title>
          <Text c="dimmed" size="sm">
            {t("evaluation.progress", { done: evaluation.doneCount, total: EVALUATION_STEPS.length })}
          </Text>
        </Group>
      </div>
      <Box component="nav" aria-label={t("evaluation.stepsNav")} style={{ overflowX: "auto" }}>
        <Stepper
          active={active}
          onStepClick={(index) => navigate(`${base}/steps/${EVALUATION_STEPS[index]}`)}
          size="xs"
          iconSize={28}
          wrap={false}
        >
          {evaluation.steps.map((s) => (
            <Stepper.Step
              key={s.step}
              label={pick(STEP_GUIDANCE[s.step].title)}
              description={t(`evaluation.status.${s.status}`)}
              completedIcon={<span aria-hidden>✓</span>}
              color={s.status === "done" ? "teal" : undefined}
              aria-current={step === s.step ? "step" : undefined}
              allowStepSelect
              state={
                s.status === "done" ? "stepCompleted" : step === s.step ? "stepProgress" : "stepInactive"
              }
            />
          ))}
        </Stepper>
      </Box>
      <Outlet context={context} />
    </Stack>
  );
}
