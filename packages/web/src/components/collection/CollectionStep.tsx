import { Stack } from "@mantine/core";
import type { EvaluationDetail, OrganisationWithAccess } from "../../api/types.ts";
import { CampaignList } from "./CampaignList.tsx";
import { QuestionnaireList } from "./QuestionnaireList.tsx";

/** Step 5: the questionnaires of the evaluation, then the campaigns that collect answers with them. */
export function CollectionStep({
  org,
  evaluation,
  canWrite,
}: {
  org: OrganisationWithAccess;
  evaluation: EvaluationDetail;
  canWrite: boolean;
}) {
  return (
    <Stack gap="xl">
      <QuestionnaireList orgId={org.id} evaluationId={evaluation.id} canWrite={canWrite} />
      <CampaignList org={org} evaluation={evaluation} canWrite={canWrite} />
    </Stack>
  );
}
