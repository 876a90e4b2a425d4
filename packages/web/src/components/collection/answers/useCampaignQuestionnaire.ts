import type { QuestionnaireDefinition } from "@ricochet/domain";
import { useQuery } from "@tanstack/react-query";
import { endpoints } from "../../../api/endpoints.ts";
import { keys } from "../../../lib/queries.ts";

/** The compiled questionnaire version a campaign sends, to put words on its stored answers. */
export function useCampaignQuestionnaire(orgId: string, evaluationId: string, campaignId: string) {
  const query = useQuery({
    queryKey: keys.campaignQuestionnaire(orgId, evaluationId, campaignId),
    queryFn: () => endpoints.campaignQuestionnaire(orgId, evaluationId, campaignId),
    staleTime: 5 * 60_000,
  });
  const definition = query.data?.questionnaire.definition as QuestionnaireDefinition | undefined;
  return { query, definition };
}
