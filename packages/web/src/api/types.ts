import type {
  OrganisationKind,
  Role,
  TAccompanimentDecision,
  TCreateInvitation,
  TCreateOrganisation,
} from "@ricochet/domain";
import type { components, paths } from "./openapi.gen.ts";

// Response types come from the OpenAPI document (`npm run openapi:write` regenerates
// openapi.gen.ts; CI fails when it drifts), request types from the domain's zod contracts.

type Schemas = components["schemas"];
type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : never;

export type Organisation = Schemas["Organisation"];
export type Me = Schemas["Me"];
export type MyOrganisation = Me["organisations"][number];
export type OrganisationWithAccess = JsonOf<paths["/organisations/{orgId}"]["get"]["responses"][200]>;
export type DirectoryEntry = Schemas["DirectoryEntry"];
export type OrganisationTree = Schemas["OrganisationTree"];
export type Accompaniment = Schemas["Accompaniment"];
export type Member = Schemas["Member"];
export type Invitation = Schemas["Invitation"];
export type InvitationStatus = Invitation["status"];
export type CreatedInvitation = Schemas["CreatedInvitation"];
export type InvitationPreview = Schemas["InvitationPreview"];
export type AcceptedInvitation = Schemas["AcceptedInvitation"];
export type JoinRequest = Schemas["JoinRequest"];
export type JoinRequestStatus = JoinRequest["status"];
export type JoinRequestLists = Schemas["JoinRequestLists"];
export type AuditEvent = Schemas["AuditEvent"];
export type AuditPage = Schemas["AuditPage"];

export type CreateOrganisationBody = Omit<TCreateOrganisation, "slug">;
export type UpdateOrganisationBody = Partial<Omit<CreateOrganisationBody, "parentId">>;
export type CreateInvitationBody = TCreateInvitation;
export type AccompanimentDecisionBody = TAccompanimentDecision;

export interface SessionUser {
  id: string;
  name: string;
  email: string;
}

export type { OrganisationKind, Role };

export type EvaluationSummary = Schemas["EvaluationSummary"];
export type EvaluationDetail = Schemas["EvaluationDetail"];
export type ValueChain = Schemas["ValueChain"];
export type Stakeholder = ValueChain["stakeholders"][number];
export type Activity = ValueChain["activities"][number];
export type Contribution = ValueChain["contributions"][number];
export type Indicator = Schemas["Indicator"];
export type IndicatorDetail = Schemas["IndicatorDetail"];
export type IndicatorImportReport = Schemas["IndicatorImportReport"];
export type TheoryOfChange = Schemas["TheoryOfChange"];
export type TocGraphData = Schemas["TocGraph"];
export type TocVersion = Schemas["TocVersion"];
export type TocDiff = Schemas["TocDiff"];
export type TocTemplateSummary = Schemas["TocTemplateSummary"];
export type CohortStructure = Schemas["CohortStructure"];
export type Framework = Schemas["Framework"];
export type FrameworkIndicator = Schemas["FrameworkIndicator"];
export type FrameworkAdoption = Schemas["FrameworkAdoption"];
export type NetworkFramework = Schemas["NetworkFramework"];
export type PublishedNetworkFramework = Schemas["PublishedNetworkFramework"];
export type AdoptionResult = Schemas["AdoptionResult"];

// Data collection (step 5): questionnaires, their versions, campaigns, the public form.
export type QuestionnaireSummary = Schemas["QuestionnaireSummary"];
export type QuestionnaireDetail = Schemas["QuestionnaireDetail"];
export type QuestionnaireVersion = QuestionnaireDetail["versions"][number];
export type QuestionnaireIssue = QuestionnaireDetail["issues"][number];
export type Campaign = Schemas["Campaign"];
export type ConsentNotice = Schemas["ConsentNotice"];
export type PublicForm = Schemas["PublicForm"];
export type RecordedSubmission = Schemas["RecordedSubmission"];
export type CompiledQuestionnaire = Schemas["CompiledQuestionnaire"];
export type CampaignQuestionnaire = Pick<PublicForm, "version" | "questionnaire">;

// Step 5, after collection: follow-up, answers, paper import, respondent codes, interviews.
export type CampaignFollowUp = Schemas["CampaignFollowUp"];
export type SubmissionPage = Schemas["SubmissionPage"];
export type SubmissionSummary = Schemas["SubmissionSummary"];
export type SubmissionDetail = Schemas["SubmissionDetail"];
export type SubmissionRevision = SubmissionDetail["revisions"][number];
export type SubmissionSource = SubmissionSummary["source"];
export type PaperImportReport = Schemas["PaperImportReport"];
export type RespondentCode = Schemas["RespondentCode"];
export type RespondentData = Schemas["RespondentData"];
export type GeneratedCodes = { batch: number; codes: string[] };
export type ErasedRespondent = { code: string; submissions: number; interviews: number };
export type InterviewGuide = Schemas["InterviewGuide"];
export type Interview = Schemas["Interview"];

/** Filters of the answers browser (`GET …/submissions`). */
export interface SubmissionFilters {
  code?: string;
  source?: SubmissionSource;
  deleted?: "exclude" | "include" | "only";
  offset?: number;
  limit?: number;
}

/** What an XLSForm import answers: the new questionnaire, and what could not be carried over. */
export type XlsformImportResult = Schemas["XlsformImport"];
