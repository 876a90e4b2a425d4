import type {
  CampaignArm,
  CampaignWave,
  RespondentCodeMode,
  TCreateCampaign,
  TUpdateCampaign,
} from "@ricochet/domain";
import type { TFunction } from "i18next";
import type { Campaign, QuestionnaireSummary } from "../../api/types.ts";

/** The campaign form as typed: texts and choices, turned into the API's body on submit. */
export interface CampaignFormValues {
  name: string;
  questionnaireId: string | null;
  version: number | null;
  stakeholderId: string | null;
  wave: CampaignWave;
  arm: CampaignArm;
  opensOn: string;
  closesOn: string;
  targetResponses: number | string;
  publicLink: boolean;
  staffEntry: boolean;
  paperUpload: boolean;
  respondentCodes: RespondentCodeMode;
  consent: { purpose: string; controller: string; retention: string; rights: string; contact: string };
}

/** A new campaign: the newest version of the first published questionnaire, a consent notice to adapt. */
export function newCampaignValues(
  questionnaires: QuestionnaireSummary[],
  evaluationTitle: string,
  organisationName: string,
  t: TFunction,
): CampaignFormValues {
  const first = questionnaires.find((q) => q.currentVersion !== null);
  return {
    name: "",
    questionnaireId: first?.id ?? null,
    version: first?.currentVersion ?? null,
    stakeholderId: null,
    wave: "single",
    arm: "none",
    opensOn: "",
    closesOn: "",
    targetResponses: "",
    publicLink: true,
    staffEntry: true,
    paperUpload: false,
    respondentCodes: "none",
    consent: {
      purpose: t("campaign.consentDefaults.purpose", { title: evaluationTitle }),
      controller: organisationName,
      retention: t("campaign.consentDefaults.retention"),
      rights: t("campaign.consentDefaults.rights"),
      contact: "",
    },
  };
}

export function campaignValues(c: Campaign): CampaignFormValues {
  return {
    name: c.name,
    questionnaireId: c.questionnaire.id,
    version: c.questionnaire.version,
    stakeholderId: c.stakeholder?.id ?? null,
    wave: c.wave,
    arm: c.arm,
    opensOn: c.opensOn ?? "",
    closesOn: c.closesOn ?? "",
    targetResponses: c.targetResponses ?? "",
    publicLink: c.channels.publicLink,
    staffEntry: c.channels.staffEntry,
    paperUpload: c.channels.paperUpload,
    respondentCodes: c.respondentCodes,
    consent: { ...c.consent, contact: c.consent.contact ?? "" },
  };
}

function common(v: CampaignFormValues) {
  return {
    name: v.name,
    stakeholderId: v.stakeholderId,
    wave: v.wave,
    arm: v.arm,
    opensOn: v.opensOn || null,
    closesOn: v.closesOn || null,
    targetResponses: v.targetResponses === "" ? null : Number(v.targetResponses),
    publicLink: v.publicLink,
    staffEntry: v.staffEntry,
    paperUpload: v.paperUpload,
    respondentCodes: v.respondentCodes,
    consent: { ...v.consent, contact: v.consent.contact || null },
  };
}

export function createBody(v: CampaignFormValues): TCreateCampaign {
  return { ...common(v), questionnaireId: v.questionnaireId ?? "", version: v.version };
}

export function updateBody(v: CampaignFormValues, before: Campaign): TUpdateCampaign {
  return {
    ...common(v),
    ...(v.version !== null && v.version !== before.questionnaire.version ? { version: v.version } : {}),
  };
}
