/** What an evaluation looks at (step 1). */
export const EVALUATION_SUBJECT_KINDS = ["activity", "programme", "organisation"] as const;
export type EvaluationSubjectKind = (typeof EVALUATION_SUBJECT_KINDS)[number];

/** Why it is done: to improve and steer, or to demonstrate and seek funding (or both). */
export const EVALUATION_PURPOSES = ["improve", "demonstrate"] as const;
export type EvaluationPurpose = (typeof EVALUATION_PURPOSES)[number];

export const STAKEHOLDER_CATEGORIES = [
  "beneficiaries",
  "families_carers",
  "staff",
  "volunteers",
  "members",
  "funders",
  "public_bodies",
  "partners",
  "businesses",
  "local_community",
  "other",
] as const;
export type StakeholderCategory = (typeof STAKEHOLDER_CATEGORIES)[number];

/** How far a stakeholder takes part in the evaluation, from being told to deciding with us. */
export const INVOLVEMENT_LEVELS = ["informed", "consulted", "involved", "co_decides"] as const;
export type InvolvementLevel = (typeof INVOLVEMENT_LEVELS)[number];

/** What a stakeholder brings to an activity; time is valued at an hourly rate. */
export const CONTRIBUTION_KINDS = ["money", "volunteer_time", "staff_time", "in_kind"] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

export const TIME_CONTRIBUTION_KINDS: readonly ContributionKind[] = ["volunteer_time", "staff_time"];

export const CONTRIBUTION_KIND_LABELS: Record<ContributionKind, { fr: string; en: string }> = {
  money: { fr: "apport financier", en: "money" },
  volunteer_time: { fr: "temps bénévole", en: "volunteer time" },
  staff_time: { fr: "temps salarié", en: "staff time" },
  in_kind: { fr: "apport en nature", en: "in-kind" },
};

type Labels<K extends string> = Record<K, { fr: string; en: string }>;

export const SUBJECT_KIND_LABELS: Labels<EvaluationSubjectKind> = {
  activity: { fr: "Une activité", en: "An activity" },
  programme: { fr: "Un programme ou un projet", en: "A programme or project" },
  organisation: { fr: "Toute l'organisation", en: "The whole organisation" },
};

export const PURPOSE_LABELS: Labels<EvaluationPurpose> = {
  improve: { fr: "Améliorer et piloter", en: "Improve and steer" },
  demonstrate: { fr: "Démontrer et valoriser (financeurs)", en: "Demonstrate and seek funding" },
};

export const STAKEHOLDER_CATEGORY_LABELS: Labels<StakeholderCategory> = {
  beneficiaries: { fr: "Bénéficiaires", en: "Beneficiaries" },
  families_carers: { fr: "Familles et aidants", en: "Families and carers" },
  staff: { fr: "Salariés", en: "Staff" },
  volunteers: { fr: "Bénévoles", en: "Volunteers" },
  members: { fr: "Adhérents, sociétaires", en: "Members" },
  funders: { fr: "Financeurs", en: "Funders" },
  public_bodies: { fr: "Pouvoirs publics", en: "Public bodies" },
  partners: { fr: "Partenaires", en: "Partners" },
  businesses: { fr: "Entreprises", en: "Businesses" },
  local_community: { fr: "Territoire, habitants", en: "Local community" },
  other: { fr: "Autre", en: "Other" },
};

export const INVOLVEMENT_LABELS: Labels<InvolvementLevel> = {
  informed: { fr: "Informée", en: "Informed" },
  consulted: { fr: "Consultée", en: "Consulted" },
  involved: { fr: "Associée", en: "Involved" },
  co_decides: { fr: "Co-décide", en: "Co-decides" },
};
