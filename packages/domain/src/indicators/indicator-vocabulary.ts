/** Closed vocabularies of an indicator definition (METHODS.md « Theory of change, frameworks, indicators »). */

export const INDICATOR_TYPES = [
  "count",
  "sum",
  "mean",
  "proportion",
  "ratio",
  "score",
  "qualitative",
] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

export const INDICATOR_DIRECTIONS = ["higher_is_better", "lower_is_better", "neutral"] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** Impact Management Project's five dimensions of impact. */
export const IMP_DIMENSIONS = ["what", "who", "how_much", "contribution", "risk"] as const;
export type ImpDimension = (typeof IMP_DIMENSIONS)[number];

export const COLLECTION_METHODS = [
  "questionnaire",
  "interview",
  "focus_group",
  "observation",
  "administrative_records",
  "existing_dataset",
  "document_review",
] as const;
export type CollectionMethod = (typeof COLLECTION_METHODS)[number];

export const INDICATOR_FREQUENCIES = [
  "once",
  "per_wave",
  "monthly",
  "quarterly",
  "half_yearly",
  "yearly",
] as const;
export type IndicatorFrequency = (typeof INDICATOR_FREQUENCIES)[number];

/** Sectors / métiers of the library. An indicator with no sector is generic. */
export const INDICATOR_SECTORS = [
  "employment_insertion",
  "entrepreneurship_cooperatives",
  "disability_autonomy",
  "isolation_social_ties",
  "health",
  "rural_services",
  "energy_citizen_participation",
  "youth",
  "volunteering",
  "governance",
  "justice",
  "housing",
  "food",
  "education",
  "environment",
] as const;
export type IndicatorSector = (typeof INDICATOR_SECTORS)[number];

/** Usual ways to break a figure down; free keys are allowed too. */
export const COMMON_DISAGGREGATIONS = [
  "gender",
  "age_band",
  "territory",
  "priority_neighbourhood",
  "rural_urban",
  "disability",
  "education_level",
  "site",
  "stakeholder_group",
  "duration_of_support",
] as const;
