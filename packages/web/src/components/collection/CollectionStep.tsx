import { Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { endpoints } from "../../api/endpoints.ts";
import type { EvaluationDetail, OrganisationWithAccess } from "../../api/types.ts";
import { allowed } from "../../lib/grants.ts";
import { keys } from "../../lib/queries.ts";
import { CampaignList } from "./CampaignList.tsx";
import { RespondentCodesSection } from "./codes/RespondentCodesSection.tsx";
import { RightsPanel } from "./codes/RightsPanel.tsx";
import { CollectionSummary } from "./followup/CollectionSummary.tsx";
import { InterviewsSection } from "./interviews/InterviewsSection.tsx";
import { QuestionnaireList } from "./QuestionnaireList.tsx";

/**
 * Step 5: where the collection stands, the questionnaires, the campaigns that collect answers
 * with them, the respondents' codes and their rights, and the interviews.
 */
export function CollectionStep({
  org,
  evaluation,
  canWrite,
}: {
  org: OrganisationWithAccess;
  evaluation: EvaluationDetail;
  canWrite: boolean;
}) {
  const campaigns = useQuery({
    queryKey: keys.campaigns(org.id, evaluation.id),
    queryFn: () => endpoints.campaigns(org.id, evaluation.id),
  });
  return (
    <Stack gap="xl">
      {campaigns.data && campaigns.data.length > 0 ? (
        <CollectionSummary
          campaigns={campaigns.data}
          basePath={`/o/${org.id}/evaluations/${evaluation.id}`}
        />
      ) : null}
      <QuestionnaireList orgId={org.id} evaluationId={evaluation.id} canWrite={canWrite} />
      <CampaignList org={org} evaluation={evaluation} canWrite={canWrite} />
      {allowed(org, "data.collect") ? (
        <RespondentCodesSection orgId={org.id} evaluationId={evaluation.id} canWrite={canWrite} />
      ) : null}
      {allowed(org, "respondent.rights") ? <RightsPanel orgId={org.id} evaluationId={evaluation.id} /> : null}
      <InterviewsSection org={org} evaluationId={evaluation.id} canWrite={canWrite} />
    </Stack>
  );
}
