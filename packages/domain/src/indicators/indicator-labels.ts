import type { Localised } from "../i18n/localised.ts";
import type {
  CollectionMethod,
  ImpDimension,
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorSector,
  IndicatorType,
} from "./indicator-vocabulary.ts";

/** Names of the library's vocabularies in both languages, for screens and exports. */
export const INDICATOR_SECTOR_LABELS: Record<IndicatorSector, Localised> = {
  employment_insertion: { fr: "Emploi et insertion", en: "Employment and job insertion" },
  entrepreneurship_cooperatives: {
    fr: "Entrepreneuriat et coopératives",
    en: "Entrepreneurship and cooperatives",
  },
  disability_autonomy: { fr: "Handicap et autonomie", en: "Disability and autonomy" },
  isolation_social_ties: { fr: "Isolement et lien social", en: "Isolation and social ties" },
  health: { fr: "Santé", en: "Health" },
  rural_services: { fr: "Services en milieu rural", en: "Rural services" },
  energy_citizen_participation: {
    fr: "Énergie et participation citoyenne",
    en: "Energy and citizen participation",
  },
  youth: { fr: "Jeunesse", en: "Youth" },
  volunteering: { fr: "Bénévolat", en: "Volunteering" },
  governance: { fr: "Gouvernance", en: "Governance" },
  justice: { fr: "Justice", en: "Justice" },
  housing: { fr: "Logement", en: "Housing" },
  food: { fr: "Alimentation", en: "Food" },
  education: { fr: "Éducation", en: "Education" },
  environment: { fr: "Environnement", en: "Environment" },
};

export const IMP_DIMENSION_LABELS: Record<ImpDimension, Localised> = {
  what: { fr: "Quoi (quel changement)", en: "What (which change)" },
  who: { fr: "Qui (pour qui)", en: "Who (for whom)" },
  how_much: { fr: "Combien (ampleur, durée)", en: "How much (scale, duration)" },
  contribution: {
    fr: "Contribution (ce qui serait arrivé sans nous)",
    en: "Contribution (what would have happened anyway)",
  },
  risk: { fr: "Risque (que l'impact ne soit pas au rendez-vous)", en: "Risk (that impact does not happen)" },
};

export const INDICATOR_TYPE_LABELS: Record<IndicatorType, Localised> = {
  count: { fr: "Comptage", en: "Count" },
  sum: { fr: "Somme", en: "Sum" },
  mean: { fr: "Moyenne", en: "Mean" },
  proportion: { fr: "Proportion", en: "Proportion" },
  ratio: { fr: "Ratio", en: "Ratio" },
  score: { fr: "Score", en: "Score" },
  qualitative: { fr: "Qualitatif", en: "Qualitative" },
};

export const INDICATOR_DIRECTION_LABELS: Record<IndicatorDirection, Localised> = {
  higher_is_better: { fr: "Plus c'est haut, mieux c'est", en: "Higher is better" },
  lower_is_better: { fr: "Plus c'est bas, mieux c'est", en: "Lower is better" },
  neutral: { fr: "Ni haut ni bas n'est meilleur", en: "Neither direction is better" },
};

export const COLLECTION_METHOD_LABELS: Record<CollectionMethod, Localised> = {
  questionnaire: { fr: "Questionnaire", en: "Questionnaire" },
  interview: { fr: "Entretien", en: "Interview" },
  focus_group: { fr: "Groupe de discussion", en: "Focus group" },
  observation: { fr: "Observation", en: "Observation" },
  administrative_records: { fr: "Données de suivi internes", en: "Administrative records" },
  existing_dataset: { fr: "Données existantes importées", en: "Existing dataset" },
  document_review: { fr: "Analyse documentaire", en: "Document review" },
};

export const INDICATOR_FREQUENCY_LABELS: Record<IndicatorFrequency, Localised> = {
  once: { fr: "Une fois", en: "Once" },
  per_wave: { fr: "À chaque vague d'enquête", en: "At each survey wave" },
  monthly: { fr: "Mensuelle", en: "Monthly" },
  quarterly: { fr: "Trimestrielle", en: "Quarterly" },
  half_yearly: { fr: "Semestrielle", en: "Half-yearly" },
  yearly: { fr: "Annuelle", en: "Yearly" },
};

export const INDICATOR_SCOPE_LABELS: Record<"private" | "network" | "public", Localised> = {
  private: { fr: "Privé (mon organisation)", en: "Private (my organisation)" },
  network: { fr: "Partagé avec le réseau", en: "Shared with the network" },
  public: { fr: "Bibliothèque publique", en: "Public library" },
};
