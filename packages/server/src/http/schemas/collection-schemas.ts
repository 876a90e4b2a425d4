import { z } from "@hono/zod-openapi";
import {
  CAMPAIGN_ARMS,
  CAMPAIGN_STATUSES,
  CAMPAIGN_WAVES,
  RESPONDENT_CODE_MODES,
  ZQuestionnaireDefinition,
} from "@ricochet/domain";

// Response contracts of data collection: questionnaires, their versions, campaigns, the public form.

const localised = z.object({ fr: z.string(), en: z.string() });

export const ZQuestionnaireDefinitionOut = z
  .object(ZQuestionnaireDefinition.shape)
  .openapi("QuestionnaireDefinition");

export const ZQuestionnaireSummary = z
  .object({
    id: z.string(),
    evaluationId: z.string(),
    title: z.string(),
    languages: z.array(z.string()),
    questionCount: z.number().int(),
    currentVersion: z.number().int().nullable(),
    draftChanged: z.boolean(),
    campaignCount: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi("QuestionnaireSummary");

export const ZQuestionnaireDetail = ZQuestionnaireSummary.extend({
  draft: ZQuestionnaireDefinitionOut,
  draftRevision: z.number().int(),
  issues: z.array(z.object({ path: z.string(), message: localised })).openapi({
    description: "Problems that block publication, each with the path of the field concerned",
  }),
  versions: z.array(
    z.object({
      id: z.string(),
      version: z.number().int(),
      contentHash: z.string(),
      publishedAt: z.string(),
      publishedBy: z.string().nullable(),
    }),
  ),
}).openapi("QuestionnaireDetail");

export const ZCompiledQuestionnaire = z
  .object({
    format: z.literal(1),
    definition: ZQuestionnaireDefinitionOut,
    expressions: z
      .record(z.string(), z.record(z.string(), z.unknown()))
      .openapi({ description: "Parsed expressions (syntax trees) by `<question>#<field>`" }),
    calculationOrder: z.array(z.string()),
  })
  .openapi("CompiledQuestionnaire");

export const ZConsentNoticeOut = z
  .object({
    purpose: z.string(),
    controller: z.string(),
    retention: z.string(),
    rights: z.string(),
    contact: z.string().nullable(),
  })
  .openapi("ConsentNotice");

const closedReason = z.enum(["draft", "closed", "not_yet_open", "ended"]).nullable();

export const ZCampaign = z
  .object({
    id: z.string(),
    evaluationId: z.string(),
    name: z.string(),
    questionnaire: z.object({
      id: z.string(),
      title: z.string(),
      version: z.number().int(),
      versionId: z.string(),
    }),
    stakeholder: z.object({ id: z.string(), name: z.string() }).nullable(),
    wave: z.enum(CAMPAIGN_WAVES),
    arm: z.enum(CAMPAIGN_ARMS),
    opensOn: z.string().nullable(),
    closesOn: z.string().nullable(),
    targetResponses: z.number().int().nullable(),
    status: z.enum(CAMPAIGN_STATUSES),
    acceptingAnswers: z.boolean(),
    closedReason,
    channels: z.object({ publicLink: z.boolean(), staffEntry: z.boolean(), paperUpload: z.boolean() }),
    respondentCodes: z.enum(RESPONDENT_CODE_MODES),
    consent: ZConsentNoticeOut,
    publicUrl: z.string().nullable(),
    responses: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Campaign");

export const ZPublicForm = z
  .object({
    campaign: z.object({
      name: z.string(),
      organisation: z.string(),
      acceptingAnswers: z.boolean(),
      closedReason,
      opensOn: z.string().nullable(),
      closesOn: z.string().nullable(),
      respondentCodes: z.enum(RESPONDENT_CODE_MODES),
      consent: ZConsentNoticeOut,
    }),
    version: z.object({ id: z.string(), number: z.number().int(), contentHash: z.string() }),
    questionnaire: ZCompiledQuestionnaire,
  })
  .openapi("PublicForm");

export const ZRecordedSubmission = z
  .object({
    id: z.string(),
    receivedAt: z.string(),
    duplicate: z
      .boolean()
      .openapi({ description: "Already stored with this idempotency key: nothing new written" }),
  })
  .openapi("RecordedSubmission");

export const ZCampaignFollowUp = z
  .object({
    campaignId: z.string(),
    target: z.number().int().nullable(),
    responses: z.number().int(),
    deleted: z.number().int(),
    withCode: z.number().int(),
    easyRead: z.number().int(),
    byDay: z.array(z.object({ date: z.string(), count: z.number().int(), cumulative: z.number().int() })),
    bySource: z.array(z.object({ source: z.string(), count: z.number().int() })),
    byLanguage: z.array(z.object({ language: z.string(), count: z.number().int() })),
    sessions: z.object({ started: z.number().int(), completed: z.number().int() }),
    pages: z.array(
      z.object({
        index: z.number().int(),
        name: z.string(),
        title: z.string(),
        questions: z.number().int(),
        reached: z.number().int(),
      }),
    ),
  })
  .openapi("CampaignFollowUp");

const ZSubmissionSummaryShape = {
  id: z.string(),
  campaignId: z.string(),
  questionnaireVersionId: z.string(),
  respondentCode: z.string().nullable(),
  source: z.enum(["web", "staff", "import"]),
  language: z.string(),
  easyRead: z.boolean(),
  submittedAt: z.string(),
  receivedAt: z.string(),
  deletedAt: z.string().nullable(),
  corrections: z.number().int(),
};

export const ZSubmissionSummary = z.object(ZSubmissionSummaryShape).openapi("SubmissionSummary");
export const ZSubmissionPage = z
  .object({ total: z.number().int(), items: z.array(ZSubmissionSummary) })
  .openapi("SubmissionPage");
export const ZSubmissionDetail = z
  .object({
    ...ZSubmissionSummaryShape,
    answers: z.record(z.string(), z.unknown()),
    consent: z.object({ given: z.boolean(), at: z.string(), noticeHash: z.string() }).nullable(),
    enteredBy: z.string().nullable(),
    revisions: z.array(
      z.object({
        id: z.string(),
        changedAt: z.string(),
        changedBy: z.string().nullable(),
        reason: z.string().nullable(),
        changes: z.array(z.object({ question: z.string(), before: z.unknown(), after: z.unknown() })),
      }),
    ),
  })
  .openapi("SubmissionDetail");

export const ZPaperImportReport = z
  .object({
    rows: z.number().int(),
    imported: z.number().int(),
    duplicates: z.number().int(),
    dryRun: z.boolean(),
  })
  .openapi("PaperImportReport");

export const ZRespondentCodeView = z
  .object({ code: z.string(), batch: z.number().int(), createdAt: z.string(), submissions: z.number().int() })
  .openapi("RespondentCode");

export const ZRespondentData = z
  .object({
    code: z.string(),
    submissions: z.array(
      z.object({
        id: z.string(),
        campaignId: z.string(),
        questionnaireVersionId: z.string(),
        campaign: z.string(),
        wave: z.string(),
        arm: z.string(),
        source: z.string(),
        submittedAt: z.string(),
        deletedAt: z.string().nullable(),
        consent: z.unknown(),
        answers: z.record(z.string(), z.unknown()),
        corrections: z.array(
          z.object({ changedAt: z.string(), reason: z.string().nullable(), changes: z.unknown() }),
        ),
      }),
    ),
    interviews: z.array(
      z.object({
        id: z.string(),
        heldOn: z.string(),
        stakeholderCategory: z.string(),
        consentGiven: z.string(),
        notes: z.string().nullable(),
        transcript: z.string().nullable(),
      }),
    ),
  })
  .openapi("RespondentData");

export const ZInterviewGuide = z
  .object({
    id: z.string(),
    title: z.string(),
    introduction: z.string().nullable(),
    themes: z.array(
      z.object({
        title: z.string(),
        questions: z.array(z.object({ text: z.string(), prompts: z.array(z.string()) })),
      }),
    ),
    updatedAt: z.string(),
  })
  .openapi("InterviewGuide");

export const ZInterview = z
  .object({
    id: z.string(),
    guideId: z.string().nullable(),
    heldOn: z.string(),
    interviewer: z.string(),
    stakeholderCategory: z.string(),
    respondentCode: z.string().nullable(),
    consentGiven: z.enum(["oral", "written"]),
    notes: z.string().nullable(),
    transcript: z.string().nullable(),
    transcriptFileName: z.string().nullable(),
    words: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi("Interview");

export const ZXlsformImport = z
  .object({
    questionnaire: ZQuestionnaireDetail,
    unmapped: z.array(
      z.object({
        sheet: z.string(),
        line: z.number().int().nullable(),
        column: z.string().nullable(),
        message: localised,
      }),
    ),
  })
  .openapi("XlsformImport");
