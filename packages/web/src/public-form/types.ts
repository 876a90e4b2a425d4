import type {
  Answers,
  CampaignClosedReason,
  CompiledQuestionnaire,
} from "@ricochet/domain/forms/public-runtime";

// The shapes the public form exchanges with the server and keeps on the device.

export type RespondentCodeMode = "none" | "free" | "panel";

export interface ConsentNotice {
  purpose: string;
  controller: string;
  retention: string;
  rights: string;
  contact: string | null;
}

/** GET /api/v1/public/forms/{token}. */
export interface PublicForm {
  campaign: {
    name: string;
    organisation: string;
    acceptingAnswers: boolean;
    closedReason: CampaignClosedReason | null;
    opensOn: string | null;
    closesOn: string | null;
    respondentCodes: RespondentCodeMode;
    consent: ConsentNotice;
  };
  version: { id: string; number: number; contentHash: string };
  questionnaire: CompiledQuestionnaire;
}

/** POST /api/v1/public/forms/{token}/submissions. */
export interface SubmissionBody {
  idempotencyKey: string;
  answers: Answers;
  respondentCode?: string;
  consent: true;
  language: string;
  easyRead: boolean;
  startedAt?: string;
  submittedAt: string;
  /** The version answered on; an embedded form knows it only when its parent says. */
  contentHash?: string;
}

/** Where the respondent is in one filling-in of the form. */
export type Step = "welcome" | "consent" | "code" | "page" | "send";

/** One filling-in, saved on the device after every change. */
export interface Fill {
  v: 1;
  /** The submission's idempotency key: created once, sent with every retry. */
  key: string;
  /** The anonymous key of the progress pings. */
  session: string;
  /** Seeds the order of randomised choices: the same order after a reload. */
  seed: string;
  step: Step;
  /** The name of the page shown when `step` is "page". */
  page: string | null;
  answers: Answers;
  /** What the respondent typed in number fields, kept as typed (e.g. "12,5"). */
  drafts: Record<string, string>;
  language: string;
  easyRead: boolean;
  consent: boolean;
  code: string;
  startedAt: string | null;
  /** The furthest page index already reported to the server (-1: none). */
  furthest: number;
}
