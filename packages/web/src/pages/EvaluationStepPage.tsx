import { Grid, Stack, Text, Title } from "@mantine/core";
import { EVALUATION_STEPS, type EvaluationStep, STEP_GUIDANCE } from "@ricochet/domain";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { CollectionStep } from "../components/collection/CollectionStep.tsx";
import { ScopeForm } from "../components/evaluation/ScopeForm.tsx";
import { StepChecklist } from "../components/evaluation/StepChecklist.tsx";
import { StepGuidancePanel } from "../components/evaluation/StepGuidancePanel.tsx";
import { ValueChainEditor } from "../components/evaluation/ValueChainEditor.tsx";
import { FrameworkEditor } from "../components/framework/FrameworkEditor.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import { allowed } from "../lib/grants.ts";
import { useCurrentEvaluation } from "../lib/useCurrentEvaluation.ts";
import { useLocale } from "../lib/useLocale.ts";
import { NotFoundPage } from "./NotFoundPage.tsx";

// The graph editor is the heaviest screen: loaded only when step 3 is opened.
const TheoryOfChangeStep = lazy(() => import("../components/toc/TheoryOfChangeStep.tsx"));

/** One step of the guided path: its guidance and checklist, and the tool the step uses. */
export function EvaluationStepPage() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { step = "" } = useParams();
  const { org, evaluation } = useCurrentEvaluation();
  if (!(EVALUATION_STEPS as readonly string[]).includes(step)) return <NotFoundPage />;
  const key = step as EvaluationStep;
  const guidance = STEP_GUIDANCE[key];
  const canWrite = allowed(org, "evaluation.write");
  const tool =
    key === "scope" ? (
      <ScopeForm orgId={org.id} evaluation={evaluation} canWrite={canWrite} />
    ) : key === "stakeholders" ? (
      <ValueChainEditor orgId={org.id} evaluationId={evaluation.id} canWrite={canWrite} />
    ) : key === "framework" ? (
      <FrameworkEditor org={org} evaluation={evaluation} canWrite={canWrite} />
    ) : key === "collection" ? (
      <CollectionStep org={org} evaluation={evaluation} canWrite={canWrite} />
    ) : key === "theory_of_change" ? (
      <Suspense fallback={<PageLoader />}>
        <TheoryOfChangeStep orgId={org.id} evaluationId={evaluation.id} canWrite={canWrite} />
      </Suspense>
    ) : null;
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>
          {t("evaluation.stepNumber", { n: EVALUATION_STEPS.indexOf(key) + 1 })} · {pick(guidance.title)}
        </Title>
        <Text c="dimmed">{pick(guidance.summary)}</Text>
      </div>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <StepGuidancePanel guidance={guidance} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <StepChecklist orgId={org.id} evaluation={evaluation} step={key} canWrite={canWrite} />
        </Grid.Col>
      </Grid>
      {tool}
    </Stack>
  );
}
