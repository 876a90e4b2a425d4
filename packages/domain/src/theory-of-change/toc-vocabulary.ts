import type { Bilingual } from "../i18n/locale.ts";

/** Node types of a theory of change, in their left-to-right order (needs → impact). */
export const TOC_NODE_TYPES = [
  "need",
  "input",
  "activity",
  "output",
  "outcome_short",
  "outcome_medium",
  "outcome_long",
  "impact",
] as const;
export type TocNodeType = (typeof TOC_NODE_TYPES)[number];

export const OUTCOME_NODE_TYPES: readonly TocNodeType[] = ["outcome_short", "outcome_medium", "outcome_long"];

/** How well a causal link is supported. */
export const EVIDENCE_LEVELS = ["none", "weak", "moderate", "strong"] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** Column names of the node types, as shown above each column of the canvas and in reports. */
export const TOC_NODE_TYPE_LABELS: Record<TocNodeType, Bilingual> = {
  need: { fr: "Besoins", en: "Needs" },
  input: { fr: "Ressources", en: "Inputs" },
  activity: { fr: "Activités", en: "Activities" },
  output: { fr: "Réalisations", en: "Outputs" },
  outcome_short: { fr: "Effets à court terme", en: "Short-term outcomes" },
  outcome_medium: { fr: "Effets à moyen terme", en: "Medium-term outcomes" },
  outcome_long: { fr: "Effets à long terme", en: "Long-term outcomes" },
  impact: { fr: "Impact", en: "Impact" },
};

/** Names of the evidence levels of a causal link. */
export const EVIDENCE_LEVEL_LABELS: Record<EvidenceLevel, Bilingual> = {
  none: { fr: "Aucune preuve", en: "No evidence" },
  weak: { fr: "Preuve faible", en: "Weak evidence" },
  moderate: { fr: "Preuve modérée", en: "Moderate evidence" },
  strong: { fr: "Preuve forte", en: "Strong evidence" },
};
