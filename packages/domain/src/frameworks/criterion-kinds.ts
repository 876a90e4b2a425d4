import type { Bilingual } from "../i18n/locale.ts";

/**
 * The kinds of evaluation criteria: the six OECD-DAC criteria, which funders and evaluators
 * recognise, plus a free one for what a question needs beyond them.
 */
export const CRITERION_KINDS = [
  "relevance",
  "coherence",
  "effectiveness",
  "efficiency",
  "impact",
  "sustainability",
  "custom",
] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

/** Name of each kind, also the label a criterion gets when none is written. */
export const CRITERION_KIND_LABELS: Record<CriterionKind, Bilingual> = {
  relevance: { fr: "Pertinence", en: "Relevance" },
  coherence: { fr: "Cohérence", en: "Coherence" },
  effectiveness: { fr: "Efficacité", en: "Effectiveness" },
  efficiency: { fr: "Efficience", en: "Efficiency" },
  impact: { fr: "Impact", en: "Impact" },
  sustainability: { fr: "Durabilité", en: "Sustainability" },
  custom: { fr: "Critère libre", en: "Custom criterion" },
};

/** One line per kind for people who are not evaluators, shown next to the choice. */
export const CRITERION_KIND_EXPLANATIONS: Record<CriterionKind, Bilingual> = {
  relevance: {
    fr: "L'action répond-elle aux vrais besoins des personnes et du territoire ?",
    en: "Does the action answer the real needs of the people and the area?",
  },
  coherence: {
    fr: "L'action s'articule-t-elle bien avec ce que font les autres acteurs et les politiques publiques ?",
    en: "Does the action fit well with what other actors and public policies do?",
  },
  effectiveness: {
    fr: "L'action atteint-elle les résultats qu'elle s'était fixés ?",
    en: "Does the action reach the results it set out to reach?",
  },
  efficiency: {
    fr: "Les résultats valent-ils les moyens engagés (argent, temps, bénévolat) ?",
    en: "Are the results worth the means put in (money, time, volunteering)?",
  },
  impact: {
    fr: "Quels changements durables, voulus ou non, l'action produit-elle au-delà de ses résultats directs ?",
    en: "What lasting changes, intended or not, does the action bring beyond its direct results?",
  },
  sustainability: {
    fr: "Les effets et l'action elle-même tiendront-ils dans le temps, une fois le soutien terminé ?",
    en: "Will the effects and the action itself last once the support ends?",
  },
  custom: {
    fr: "Un critère propre à votre question, que vous nommez vous-même.",
    en: "A criterion of your own for this question, which you name yourself.",
  },
};
