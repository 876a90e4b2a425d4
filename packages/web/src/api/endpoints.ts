import type {
  EvaluationStep,
  Role,
  TActivityInput,
  TContributionInput,
  TCorrectSubmission,
  TCreateCampaign,
  TCreateEvaluation,
  TCreateIndicator,
  TCreateQuestionnaire,
  TCriterionInput,
  TEvaluationScope,
  TFrameworkIndicatorInput,
  TFrameworkIndicatorUpdate,
  TGenerateRespondentCodes,
  TInterviewGuideInput,
  TInterviewInput,
  TocGraphInput,
  TPaperImport,
  TPublishNetworkFramework,
  TSaveQuestionnaireDraft,
  TStakeholderInput,
  TSubmissionInput,
  TUpdateCampaign,
  TUpdateIndicator,
  TUpdateStep,
} from "@ricochet/domain";
import { api } from "./client.ts";
import type {
  AcceptedInvitation,
  Accompaniment,
  AccompanimentDecisionBody,
  AdoptionResult,
  AuditPage,
  Campaign,
  CampaignFollowUp,
  CampaignQuestionnaire,
  CohortStructure,
  CreatedInvitation,
  CreateInvitationBody,
  CreateOrganisationBody,
  DirectoryEntry,
  ErasedRespondent,
  EvaluationDetail,
  EvaluationSummary,
  Framework,
  GeneratedCodes,
  Indicator,
  IndicatorDetail,
  IndicatorImportReport,
  Interview,
  InterviewGuide,
  Invitation,
  InvitationPreview,
  JoinRequest,
  JoinRequestLists,
  Me,
  Member,
  MyOrganisation,
  NetworkFramework,
  Organisation,
  OrganisationTree,
  OrganisationWithAccess,
  PaperImportReport,
  PublicForm,
  PublishedNetworkFramework,
  QuestionnaireDetail,
  QuestionnaireSummary,
  RecordedSubmission,
  RespondentCode,
  RespondentData,
  SubmissionDetail,
  SubmissionFilters,
  SubmissionPage,
  TheoryOfChange,
  TocDiff,
  TocGraphData,
  TocTemplateSummary,
  TocVersion,
  UpdateOrganisationBody,
  ValueChain,
  XlsformImportResult,
} from "./types.ts";

const org = (orgId: string) => `/organisations/${encodeURIComponent(orgId)}`;
const evaluation = (orgId: string, evaluationId: string) =>
  `${org(orgId)}/evaluations/${encodeURIComponent(evaluationId)}`;
const questionnaire = (orgId: string, evaluationId: string, questionnaireId: string) =>
  `${evaluation(orgId, evaluationId)}/questionnaires/${encodeURIComponent(questionnaireId)}`;
const campaign = (orgId: string, evaluationId: string, campaignId: string) =>
  `${evaluation(orgId, evaluationId)}/campaigns/${encodeURIComponent(campaignId)}`;
const submission = (orgId: string, evaluationId: string, campaignId: string, submissionId: string) =>
  `${campaign(orgId, evaluationId, campaignId)}/submissions/${encodeURIComponent(submissionId)}`;
const respondent = (orgId: string, evaluationId: string, code: string) =>
  `${evaluation(orgId, evaluationId)}/respondents/${encodeURIComponent(code)}`;
type ValueChainSegment = "stakeholders" | "activities" | "contributions";

/** Every /api/v1 operation of openapi/openapi.json, typed. */
export const endpoints = {
  me: () => api.get<Me>("/me"),
  updateMe: (body: { name?: string; locale?: "fr" | "en" }) => api.patch<void>("/me", body),
  directory: (q: string) => api.get<DirectoryEntry[]>(`/directory?q=${encodeURIComponent(q)}`),
  myOrganisations: () => api.get<MyOrganisation[]>("/organisations"),
  createOrganisation: (body: CreateOrganisationBody) => api.post<Organisation>("/organisations", body),
  organisation: (orgId: string) => api.get<OrganisationWithAccess>(org(orgId)),
  updateOrganisation: (orgId: string, body: UpdateOrganisationBody) =>
    api.patch<Organisation>(org(orgId), body),
  moveOrganisation: (orgId: string, parentId: string | null) =>
    api.post<Organisation>(`${org(orgId)}/move`, { parentId }),
  tree: (orgId: string) => api.get<OrganisationTree>(`${org(orgId)}/tree`),
  accompaniments: (orgId: string) => api.get<Accompaniment[]>(`${org(orgId)}/accompaniments`),
  requestAccompaniment: (orgId: string, body: { supportOrganisationId: string; message?: string | null }) =>
    api.post<Accompaniment>(`${org(orgId)}/accompaniments`, body),
  decideAccompaniment: (orgId: string, accompanimentId: string, body: AccompanimentDecisionBody) =>
    api.post<Accompaniment>(
      `${org(orgId)}/accompaniments/${encodeURIComponent(accompanimentId)}/decision`,
      body,
    ),
  endAccompaniment: (orgId: string, accompanimentId: string) =>
    api.post<Accompaniment>(`${org(orgId)}/accompaniments/${encodeURIComponent(accompanimentId)}/end`, {}),
  members: (orgId: string) => api.get<Member[]>(`${org(orgId)}/members`),
  updateMemberRole: (orgId: string, memberId: string, role: Role) =>
    api.patch<{ id: string; role: Role }>(`${org(orgId)}/members/${encodeURIComponent(memberId)}`, { role }),
  removeMember: (orgId: string, memberId: string) =>
    api.delete<void>(`${org(orgId)}/members/${encodeURIComponent(memberId)}`),
  invitations: (orgId: string) => api.get<Invitation[]>(`${org(orgId)}/invitations`),
  createInvitation: (orgId: string, body: CreateInvitationBody) =>
    api.post<CreatedInvitation>(`${org(orgId)}/invitations`, body),
  revokeInvitation: (orgId: string, invitationId: string) =>
    api.delete<void>(`${org(orgId)}/invitations/${encodeURIComponent(invitationId)}`),
  invitationPreview: (token: string) =>
    api.get<InvitationPreview>(`/invitations/${encodeURIComponent(token)}`),
  acceptInvitation: (token: string) =>
    api.post<AcceptedInvitation>(`/invitations/${encodeURIComponent(token)}/accept`, {}),
  joinRequests: (orgId: string) => api.get<JoinRequestLists>(`${org(orgId)}/join-requests`),
  createJoinRequest: (orgId: string, body: { targetOrganisationId: string; message?: string | null }) =>
    api.post<JoinRequest>(`${org(orgId)}/join-requests`, body),
  decideJoinRequest: (orgId: string, requestId: string, decision: "accept" | "reject") =>
    api.post<JoinRequest>(`${org(orgId)}/join-requests/${encodeURIComponent(requestId)}/decision`, {
      decision,
    }),
  auditEvents: (orgId: string, before?: number | null, limit = 50) =>
    api.get<AuditPage>(
      `${org(orgId)}/audit-events?limit=${limit}${before != null ? `&before=${before}` : ""}`,
    ),
  evaluations: (orgId: string) => api.get<EvaluationSummary[]>(`${org(orgId)}/evaluations`),
  createEvaluation: (orgId: string, body: TCreateEvaluation) =>
    api.post<EvaluationDetail>(`${org(orgId)}/evaluations`, body),
  evaluation: (orgId: string, evaluationId: string) =>
    api.get<EvaluationDetail>(evaluation(orgId, evaluationId)),
  updateEvaluationScope: (orgId: string, evaluationId: string, body: TEvaluationScope) =>
    api.patch<EvaluationDetail>(evaluation(orgId, evaluationId), body),
  deleteEvaluation: (orgId: string, evaluationId: string) =>
    api.delete<void>(evaluation(orgId, evaluationId)),
  updateEvaluationStep: (orgId: string, evaluationId: string, step: EvaluationStep, body: TUpdateStep) =>
    api.patch<EvaluationDetail>(`${evaluation(orgId, evaluationId)}/steps/${step}`, body),
  valueChain: (orgId: string, evaluationId: string) =>
    api.get<ValueChain>(`${evaluation(orgId, evaluationId)}/value-chain`),
  saveValueChainItem: (
    orgId: string,
    evaluationId: string,
    segment: ValueChainSegment,
    body: TStakeholderInput | TActivityInput | TContributionInput,
    itemId?: string,
  ) =>
    itemId
      ? api.put<ValueChain>(
          `${evaluation(orgId, evaluationId)}/${segment}/${encodeURIComponent(itemId)}`,
          body,
        )
      : api.post<ValueChain>(`${evaluation(orgId, evaluationId)}/${segment}`, body),
  deleteValueChainItem: (orgId: string, evaluationId: string, segment: ValueChainSegment, itemId: string) =>
    api.delete<ValueChain>(`${evaluation(orgId, evaluationId)}/${segment}/${encodeURIComponent(itemId)}`),
  indicators: (orgId: string, query: Record<string, string | undefined>) => {
    const params = new URLSearchParams(
      Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]),
    );
    return api.get<Indicator[]>(`${org(orgId)}/indicators?${params}`);
  },
  indicator: (orgId: string, indicatorId: string) =>
    api.get<IndicatorDetail>(`${org(orgId)}/indicators/${encodeURIComponent(indicatorId)}`),
  createIndicator: (orgId: string, body: TCreateIndicator) =>
    api.post<Indicator>(`${org(orgId)}/indicators`, body),
  updateIndicator: (orgId: string, indicatorId: string, body: TUpdateIndicator) =>
    api.put<Indicator & { newVersion: boolean }>(
      `${org(orgId)}/indicators/${encodeURIComponent(indicatorId)}`,
      body,
    ),
  deleteIndicator: (orgId: string, indicatorId: string) =>
    api.delete<void>(`${org(orgId)}/indicators/${encodeURIComponent(indicatorId)}`),
  importIndicators: (
    orgId: string,
    body: { format: "csv" | "json"; content: string; scope: "private" | "network"; dryRun: boolean },
  ) => api.post<IndicatorImportReport>(`${org(orgId)}/indicators/import`, body),
  indicatorExportUrl: (orgId: string, format: "csv" | "json", all: boolean) =>
    `/api/v1${org(orgId)}/indicators/export?format=${format}&all=${all}`,
  tocTemplates: () => api.get<TocTemplateSummary[]>("/toc-templates"),
  theoryOfChange: (orgId: string, evaluationId: string) =>
    api.get<TheoryOfChange>(`${evaluation(orgId, evaluationId)}/theory-of-change`),
  saveTheoryOfChange: (orgId: string, evaluationId: string, graph: TocGraphInput, revision: number) =>
    api.put<TheoryOfChange>(`${evaluation(orgId, evaluationId)}/theory-of-change`, { graph, revision }),
  applyTocTemplate: (
    orgId: string,
    evaluationId: string,
    body: { templateKey: string; locale: "fr" | "en"; replace: boolean; revision: number },
  ) =>
    api.post<TheoryOfChange & { suggestedIndicators: Record<string, string[]> }>(
      `${evaluation(orgId, evaluationId)}/theory-of-change/template`,
      body,
    ),
  tocVersions: (orgId: string, evaluationId: string) =>
    api.get<TocVersion[]>(`${evaluation(orgId, evaluationId)}/theory-of-change/versions`),
  saveTocVersion: (orgId: string, evaluationId: string, label: string) =>
    api.post<TocVersion>(`${evaluation(orgId, evaluationId)}/theory-of-change/versions`, { label }),
  tocVersion: (orgId: string, evaluationId: string, versionId: string) =>
    api.get<{ graph: TocGraphData; label: string }>(
      `${evaluation(orgId, evaluationId)}/theory-of-change/versions/${encodeURIComponent(versionId)}`,
    ),
  tocDiff: (orgId: string, evaluationId: string, from: string, to: string) =>
    api.get<TocDiff>(
      `${evaluation(orgId, evaluationId)}/theory-of-change/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    ),
  tocExportUrl: (orgId: string, evaluationId: string, format: "svg" | "json", version = "current") =>
    `/api/v1${evaluation(orgId, evaluationId)}/theory-of-change/export?format=${format}&version=${encodeURIComponent(version)}`,
  cohort: (orgId: string) => api.get<CohortStructure[]>(`${org(orgId)}/cohort`),
  cohortTocUrl: (orgId: string, structureId: string, evaluationId: string) =>
    `/api/v1${org(orgId)}/cohort/${encodeURIComponent(structureId)}/evaluations/${encodeURIComponent(evaluationId)}/theory-of-change.svg`,
  framework: (orgId: string, evaluationId: string) =>
    api.get<Framework>(`${evaluation(orgId, evaluationId)}/framework`),
  addCriterion: (orgId: string, evaluationId: string, body: TCriterionInput) =>
    api.post<Framework>(`${evaluation(orgId, evaluationId)}/framework/criteria`, body),
  updateCriterion: (orgId: string, evaluationId: string, criterionId: string, body: TCriterionInput) =>
    api.put<Framework>(
      `${evaluation(orgId, evaluationId)}/framework/criteria/${encodeURIComponent(criterionId)}`,
      body,
    ),
  deleteCriterion: (orgId: string, evaluationId: string, criterionId: string) =>
    api.delete<Framework>(
      `${evaluation(orgId, evaluationId)}/framework/criteria/${encodeURIComponent(criterionId)}`,
    ),
  addFrameworkIndicator: (orgId: string, evaluationId: string, body: TFrameworkIndicatorInput) =>
    api.post<Framework>(`${evaluation(orgId, evaluationId)}/framework/indicators`, body),
  updateFrameworkIndicator: (
    orgId: string,
    evaluationId: string,
    id: string,
    body: TFrameworkIndicatorUpdate,
  ) =>
    api.put<Framework>(
      `${evaluation(orgId, evaluationId)}/framework/indicators/${encodeURIComponent(id)}`,
      body,
    ),
  removeFrameworkIndicator: (orgId: string, evaluationId: string, id: string) =>
    api.delete<Framework>(
      `${evaluation(orgId, evaluationId)}/framework/indicators/${encodeURIComponent(id)}`,
    ),
  upgradeFrameworkIndicator: (orgId: string, evaluationId: string, id: string) =>
    api.post<Framework>(
      `${evaluation(orgId, evaluationId)}/framework/indicators/${encodeURIComponent(id)}/upgrade`,
      {},
    ),
  networkFrameworks: (orgId: string) => api.get<NetworkFramework[]>(`${org(orgId)}/network-frameworks`),
  publishNetworkFramework: (orgId: string, evaluationId: string, body: TPublishNetworkFramework) =>
    api.post<PublishedNetworkFramework>(`${evaluation(orgId, evaluationId)}/framework/publish`, body),
  adoptNetworkFramework: (orgId: string, evaluationId: string, networkFrameworkId: string) =>
    api.post<AdoptionResult>(`${evaluation(orgId, evaluationId)}/framework/adopt`, { networkFrameworkId }),
  cidsExportUrl: (orgId: string, evaluationId: string) =>
    `/api/v1${evaluation(orgId, evaluationId)}/export/cids`,
  importCids: (orgId: string, document: unknown) =>
    api.post<{ evaluationId: string; title: string; warnings: Array<{ fr: string; en: string }> }>(
      `${org(orgId)}/evaluations/import/cids`,
      { document },
    ),
  questionnaires: (orgId: string, evaluationId: string) =>
    api.get<QuestionnaireSummary[]>(`${evaluation(orgId, evaluationId)}/questionnaires`),
  createQuestionnaire: (orgId: string, evaluationId: string, body: TCreateQuestionnaire) =>
    api.post<QuestionnaireDetail>(`${evaluation(orgId, evaluationId)}/questionnaires`, body),
  importXlsform: (
    orgId: string,
    evaluationId: string,
    body: { fileName: string; contentBase64: string; keepProblems?: boolean },
  ) =>
    api.post<XlsformImportResult>(`${evaluation(orgId, evaluationId)}/questionnaires/import/xlsform`, body),
  questionnaire: (orgId: string, evaluationId: string, questionnaireId: string) =>
    api.get<QuestionnaireDetail>(questionnaire(orgId, evaluationId, questionnaireId)),
  saveQuestionnaireDraft: (
    orgId: string,
    evaluationId: string,
    questionnaireId: string,
    body: TSaveQuestionnaireDraft,
  ) => api.put<QuestionnaireDetail>(`${questionnaire(orgId, evaluationId, questionnaireId)}/draft`, body),
  publishQuestionnaire: (orgId: string, evaluationId: string, questionnaireId: string) =>
    api.post<QuestionnaireDetail>(`${questionnaire(orgId, evaluationId, questionnaireId)}/publish`, {}),
  deleteQuestionnaire: (orgId: string, evaluationId: string, questionnaireId: string) =>
    api.delete<void>(questionnaire(orgId, evaluationId, questionnaireId)),
  xlsformExportUrl: (orgId: string, evaluationId: string, questionnaireId: string, version: number) =>
    `/api/v1${questionnaire(orgId, evaluationId, questionnaireId)}/export/xlsform?version=${version}`,
  campaigns: (orgId: string, evaluationId: string) =>
    api.get<Campaign[]>(`${evaluation(orgId, evaluationId)}/campaigns`),
  createCampaign: (orgId: string, evaluationId: string, body: TCreateCampaign) =>
    api.post<Campaign>(`${evaluation(orgId, evaluationId)}/campaigns`, body),
  campaign: (orgId: string, evaluationId: string, campaignId: string) =>
    api.get<Campaign>(campaign(orgId, evaluationId, campaignId)),
  updateCampaign: (orgId: string, evaluationId: string, campaignId: string, body: TUpdateCampaign) =>
    api.patch<Campaign>(campaign(orgId, evaluationId, campaignId), body),
  deleteCampaign: (orgId: string, evaluationId: string, campaignId: string) =>
    api.delete<void>(campaign(orgId, evaluationId, campaignId)),
  submitStaffAnswers: (orgId: string, evaluationId: string, campaignId: string, body: TSubmissionInput) =>
    api.post<RecordedSubmission>(`${campaign(orgId, evaluationId, campaignId)}/submissions`, body),
  campaignQrUrl: (orgId: string, evaluationId: string, campaignId: string) =>
    `/api/v1${campaign(orgId, evaluationId, campaignId)}/qr.svg`,
  publicForm: (token: string) => api.get<PublicForm>(`/public/forms/${encodeURIComponent(token)}`),
  campaignQuestionnaire: (orgId: string, evaluationId: string, campaignId: string) =>
    api.get<CampaignQuestionnaire>(`${campaign(orgId, evaluationId, campaignId)}/questionnaire`),
  campaignFollowUp: (orgId: string, evaluationId: string, campaignId: string) =>
    api.get<CampaignFollowUp>(`${campaign(orgId, evaluationId, campaignId)}/follow-up`),
  submissions: (orgId: string, evaluationId: string, campaignId: string, filters: SubmissionFilters) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters))
      if (value !== undefined && value !== "") params.set(key, String(value));
    return api.get<SubmissionPage>(`${campaign(orgId, evaluationId, campaignId)}/submissions?${params}`);
  },
  submission: (orgId: string, evaluationId: string, campaignId: string, submissionId: string) =>
    api.get<SubmissionDetail>(submission(orgId, evaluationId, campaignId, submissionId)),
  correctSubmission: (
    orgId: string,
    evaluationId: string,
    campaignId: string,
    submissionId: string,
    body: TCorrectSubmission,
  ) => api.patch<SubmissionDetail>(submission(orgId, evaluationId, campaignId, submissionId), body),
  setSubmissionDeleted: (
    orgId: string,
    evaluationId: string,
    campaignId: string,
    submissionId: string,
    deleted: boolean,
  ) =>
    api.post<SubmissionDetail>(
      `${submission(orgId, evaluationId, campaignId, submissionId)}/${deleted ? "delete" : "restore"}`,
      {},
    ),
  submissionsExportUrl: (
    orgId: string,
    evaluationId: string,
    campaignId: string,
    format: "csv" | "xlsx",
    labels: boolean,
  ) =>
    `/api/v1${campaign(orgId, evaluationId, campaignId)}/submissions/export?format=${format}&labels=${labels}`,
  importPaperAnswers: (orgId: string, evaluationId: string, campaignId: string, body: TPaperImport) =>
    api.post<PaperImportReport>(`${campaign(orgId, evaluationId, campaignId)}/submissions/import`, body),
  respondentCodes: (orgId: string, evaluationId: string) =>
    api.get<RespondentCode[]>(`${evaluation(orgId, evaluationId)}/respondent-codes`),
  generateRespondentCodes: (orgId: string, evaluationId: string, body: TGenerateRespondentCodes) =>
    api.post<GeneratedCodes>(`${evaluation(orgId, evaluationId)}/respondent-codes`, body),
  respondentData: (orgId: string, evaluationId: string, code: string) =>
    api.get<RespondentData>(respondent(orgId, evaluationId, code)),
  respondentDownloadUrl: (orgId: string, evaluationId: string, code: string) =>
    `/api/v1${respondent(orgId, evaluationId, code)}?download=true`,
  eraseRespondent: (orgId: string, evaluationId: string, code: string) =>
    api.delete<ErasedRespondent>(respondent(orgId, evaluationId, code)),
  interviewGuides: (orgId: string, evaluationId: string) =>
    api.get<InterviewGuide[]>(`${evaluation(orgId, evaluationId)}/interview-guides`),
  saveInterviewGuide: (orgId: string, evaluationId: string, body: TInterviewGuideInput, guideId?: string) =>
    guideId
      ? api.put<InterviewGuide>(
          `${evaluation(orgId, evaluationId)}/interview-guides/${encodeURIComponent(guideId)}`,
          body,
        )
      : api.post<InterviewGuide>(`${evaluation(orgId, evaluationId)}/interview-guides`, body),
  deleteInterviewGuide: (orgId: string, evaluationId: string, guideId: string) =>
    api.delete<void>(`${evaluation(orgId, evaluationId)}/interview-guides/${encodeURIComponent(guideId)}`),
  interviews: (orgId: string, evaluationId: string) =>
    api.get<Interview[]>(`${evaluation(orgId, evaluationId)}/interviews`),
  saveInterview: (orgId: string, evaluationId: string, body: TInterviewInput, interviewId?: string) =>
    interviewId
      ? api.put<Interview>(
          `${evaluation(orgId, evaluationId)}/interviews/${encodeURIComponent(interviewId)}`,
          body,
        )
      : api.post<Interview>(`${evaluation(orgId, evaluationId)}/interviews`, body),
  deleteInterview: (orgId: string, evaluationId: string, interviewId: string) =>
    api.delete<void>(`${evaluation(orgId, evaluationId)}/interviews/${encodeURIComponent(interviewId)}`),
};
