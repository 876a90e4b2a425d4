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
