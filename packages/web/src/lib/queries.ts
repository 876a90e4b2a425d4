import { useQuery } from "@tanstack/react-query";
import { ApiError } from "../api/client.ts";
import { endpoints } from "../api/endpoints.ts";
import type { Me } from "../api/types.ts";

export const keys = {
  me: ["me"] as const,
  organisation: (orgId: string) => ["organisation", orgId] as const,
  tree: (orgId: string) => ["organisation", orgId, "tree"] as const,
  accompaniments: (orgId: string) => ["organisation", orgId, "accompaniments"] as const,
  members: (orgId: string) => ["organisation", orgId, "members"] as const,
  invitations: (orgId: string) => ["organisation", orgId, "invitations"] as const,
  joinRequests: (orgId: string) => ["organisation", orgId, "join-requests"] as const,
  audit: (orgId: string) => ["organisation", orgId, "audit"] as const,
  indicators: (orgId: string, query: Record<string, string | undefined>) =>
    ["organisation", orgId, "indicators", query] as const,
  indicator: (orgId: string, indicatorId: string) =>
    ["organisation", orgId, "indicators", "one", indicatorId] as const,
  evaluations: (orgId: string) => ["organisation", orgId, "evaluations"] as const,
  evaluation: (orgId: string, evaluationId: string) =>
    ["organisation", orgId, "evaluations", evaluationId] as const,
  valueChain: (orgId: string, evaluationId: string) =>
    ["organisation", orgId, "evaluations", evaluationId, "value-chain"] as const,
  framework: (orgId: string, evaluationId: string) =>
    ["organisation", orgId, "evaluations", evaluationId, "framework"] as const,
  questionnaires: (orgId: string, evaluationId: string) =>
    ["organisation", orgId, "evaluations", evaluationId, "questionnaires"] as const,
  questionnaire: (orgId: string, evaluationId: string, questionnaireId: string) =>
    ["organisation", orgId, "evaluations", evaluationId, "questionnaires", questionnaireId] as const,
  campaigns: (orgId: string, evaluationId: string) =>
    ["organisation", orgId, "evaluations", evaluationId, "campaigns"] as const,
  campaignQuestionnaire: (orgId: string, evaluationId: string, campaignId: string) =>
    ["organisation", orgId, "evaluations", evaluationId, "campaigns", campaignId, "questionnaire"] as const,
  followUp: (orgId: string, evaluationId: string, campaignId: string) =>
    ["organisation", orgId, "evaluations", evaluationId, "campaigns", campaignId, "follow-up"] as const,
  submissions: (orgId: string, evaluationId: string, campaignId: string) =>
    ["organisation", orgId, "evaluations", evaluationId, "campaigns", campaignId, "submissions"] as const,
  respondentCodes: (orgId: string, evaluationId: string) =>
    ["organisation", orgId, "evaluations", evaluationId, "respondent-codes"] as const,
  interviewGuides: (orgId: string, evaluationId: string) =>
    ["organisation", orgId, "evaluations", evaluationId, "interview-guides"] as const,
  interviews: (orgId: string, evaluationId: string) =>
    ["organisation", orgId, "evaluations", evaluationId, "interviews"] as const,
};

/** The signed-in person with their organisations, or null when nobody is signed in. */
export function useMe() {
  return useQuery<Me | null>({
    queryKey: keys.me,
    queryFn: async () => {
      try {
        return await endpoints.me();
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 30_000,
  });
}

export function useOrganisation(orgId: string) {
  return useQuery({ queryKey: keys.organisation(orgId), queryFn: () => endpoints.organisation(orgId) });
}
