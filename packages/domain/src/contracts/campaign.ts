import { z } from "zod";
import { bilingualMessage } from "../errors/validation.ts";
import { ZId } from "./organisation.ts";

export const CAMPAIGN_WAVES = ["single", "baseline", "follow_up", "endline"] as const;
export type CampaignWave = (typeof CAMPAIGN_WAVES)[number];
export const CAMPAIGN_ARMS = ["none", "treatment", "control"] as const;
export type CampaignArm = (typeof CAMPAIGN_ARMS)[number];
export const CAMPAIGN_STATUSES = ["draft", "open", "closed"] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const RESPONDENT_CODE_MODES = ["none", "free", "panel"] as const;
export type RespondentCodeMode = (typeof RESPONDENT_CODE_MODES)[number];

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const ZIsoDate = z.iso.date();

/** What the respondent reads before answering; stored with each submission as accepted. */
export const ZConsentNotice = z.object({
  purpose: text(10, 2000),
  controller: text(3, 300),
  retention: text(3, 500),
  rights: text(10, 2000),
  contact: z
    .string()
    .trim()
    .max(300)
    .nullish()
    .transform((v) => v || null),
});
export type TConsentNotice = z.infer<typeof ZConsentNotice>;

// Without defaults: an update sends only what changes (a default would silently reset a field).
const campaignFields = {
  name: text(3, 160),
  stakeholderId: ZId.nullish(),
  wave: z.enum(CAMPAIGN_WAVES),
  arm: z.enum(CAMPAIGN_ARMS),
  opensOn: ZIsoDate.nullish(),
  closesOn: ZIsoDate.nullish(),
  targetResponses: z.number().int().min(1).max(1_000_000).nullish(),
  publicLink: z.boolean(),
  staffEntry: z.boolean(),
  paperUpload: z.boolean(),
  respondentCodes: z.enum(RESPONDENT_CODE_MODES),
  consent: ZConsentNotice,
};

const periodInOrder = (c: { opensOn?: string | null; closesOn?: string | null }) =>
  !c.opensOn || !c.closesOn || c.opensOn <= c.closesOn;
const periodMessage = {
  path: ["closesOn"],
  error: bilingualMessage(
    "La date de clôture précède la date d'ouverture.",
    "The closing date is before the opening date.",
  ),
};

export const ZCreateCampaign = z
  .object({
    ...campaignFields,
    wave: campaignFields.wave.default("single"),
    arm: campaignFields.arm.default("none"),
    publicLink: campaignFields.publicLink.default(true),
    staffEntry: campaignFields.staffEntry.default(true),
    paperUpload: campaignFields.paperUpload.default(false),
    respondentCodes: campaignFields.respondentCodes.default("none"),
    /** The questionnaire; its newest published version unless `version` names another. */
    questionnaireId: ZId,
    version: z.number().int().min(1).nullish(),
  })
  .refine(periodInOrder, periodMessage);
export type TCreateCampaign = z.input<typeof ZCreateCampaign>;

export const ZUpdateCampaign = z
  .object({
    ...campaignFields,
    status: z.enum(CAMPAIGN_STATUSES),
    /** Another published version of the same questionnaire; only while the campaign has no answer. */
    version: z.number().int().min(1),
  })
  .partial()
  .refine(periodInOrder, periodMessage);
export type TUpdateCampaign = z.input<typeof ZUpdateCampaign>;

/** A respondent's code: letters, digits and dashes, as printed on the panel's list. */
export const ZRespondentCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{2,31}$/, {
    error: bilingualMessage(
      "Code de répondant invalide : 3 à 32 lettres, chiffres ou tirets.",
      "Invalid respondent code: 3 to 32 letters, digits or dashes.",
    ),
  });

const ZAnswerValue = z.union([
  z.string().max(20_000),
  z.number(),
  z.boolean(),
  z.array(z.string().max(200)).max(1000),
  z.record(z.string().max(64), z.string().max(200)),
]);

/** More answers than any questionnaire has questions and matrix rows: refused before any work. */
const MAX_ANSWERS = 2000;

/** One submission as a device or a staff member sends it. */
export const ZSubmissionInput = z.object({
  /** Chosen by the device once per filled-in form: a retry with the same key is stored once. */
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/, {
    error: bilingualMessage(
      "Clé d'idempotence invalide : 16 à 100 lettres, chiffres, _ ou -.",
      "Invalid idempotency key: 16 to 100 letters, digits, _ or -.",
    ),
  }),
  answers: z
    .record(z.string().max(64), ZAnswerValue)
    .refine((answers) => Object.keys(answers).length <= MAX_ANSWERS, {
      error: bilingualMessage(
        `Au plus ${2000} réponses par envoi.`,
        `At most ${2000} answers per submission.`,
      ),
    }),
  respondentCode: ZRespondentCode.nullish(),
  consent: z.boolean(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/),
  easyRead: z.boolean().default(false),
  startedAt: z.iso.datetime({ offset: true }).nullish(),
  submittedAt: z.iso.datetime({ offset: true }).nullish(),
  /** The content hash of the version the device answered on, to detect a stale cached form. */
  contentHash: z.string().max(100).nullish(),
});
export type TSubmissionInput = z.input<typeof ZSubmissionInput>;

/** How far an anonymous respondent got, sent as they reach each page (fire and forget). */
export const ZFormProgress = z.object({
  sessionKey: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/),
  /** The furthest page reached, as its index in the questionnaire's pages (skipped ones count). */
  page: z.number().int().min(0).max(1000),
  completed: z.boolean().default(false),
});
export type TFormProgress = z.input<typeof ZFormProgress>;

export const ZGenerateRespondentCodes = z.object({
  count: z.number().int().min(1).max(5000),
  prefix: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{0,6}$/)
    .default(""),
});
export type TGenerateRespondentCodes = z.input<typeof ZGenerateRespondentCodes>;

export const ZCorrectSubmission = z.object({
  /** The answers to change: a value, or null to clear it. */
  changes: z.record(z.string().max(64), ZAnswerValue.nullable()),
  reason: text(3, 500),
});
export type TCorrectSubmission = z.input<typeof ZCorrectSubmission>;

/** Paper answers typed into a spreadsheet and saved as CSV (columns of the "codes" export). */
export const ZPaperImport = z.object({
  fileName: z.string().trim().min(1).max(200),
  content: z.string().min(1).max(5_000_000),
  /** Check every row and report, without storing anything. */
  dryRun: z.boolean().default(false),
});
export type TPaperImport = z.input<typeof ZPaperImport>;
