import type {
  ContributionKind,
  EvaluationPurpose,
  EvaluationSubjectKind,
  InvolvementLevel,
  StakeholderCategory,
} from "../evaluations/evaluation-vocabulary.ts";
import type { Localised } from "../i18n/localised.ts";
import type { IndicatorContent } from "../indicators/indicator-content.ts";
import type { IndicatorType } from "../indicators/indicator-vocabulary.ts";
import type { EvidenceLevel, TocNodeType } from "../theory-of-change/toc-vocabulary.ts";

/**
 * An evaluation's impact model as it travels between systems: plain data, no database ids
 * other than the ones that tie its parts together. Absent values are `null`, never undefined,
 * so that a snapshot compares equal to itself after a trip through JSON.
 *
 * What stays home: team comments on the graph (names of colleagues), the steering committee
 * (names of people), step statuses, collected data and results.
 */
export interface ImpactModelSnapshot {
  organisation: { id: string; name: string };
  evaluation: SnapshotEvaluation;
  stakeholders: SnapshotStakeholder[];
  /** The extended value chain: activities of the project and what each stakeholder brings. */
  activities: SnapshotActivity[];
  contributions: SnapshotContribution[];
  theoryOfChange: { nodes: SnapshotTocNode[]; edges: SnapshotTocEdge[] };
  indicators: SnapshotIndicator[];
}

export interface SnapshotEvaluation {
  id: string;
  title: string;
  subject: string | null;
  subjectKind: EvaluationSubjectKind;
  purposes: EvaluationPurpose[];
  audiences: string[];
  /** ISO dates (YYYY-MM-DD). */
  periodStart: string | null;
  periodEnd: string | null;
  territory: string | null;
  /** The evaluative questions, in order. */
  questions: string[];
}

export interface SnapshotStakeholder {
  id: string;
  name: string;
  category: StakeholderCategory;
  estimatedSize: number | null;
  involvement: InvolvementLevel;
  expectedChanges: string | null;
}

export interface SnapshotActivity {
  id: string;
  name: string;
  description: string | null;
}

export interface SnapshotContribution {
  id: string;
  stakeholderId: string;
  activityId: string;
  kind: ContributionKind;
  /** Decimal strings in euros or hours, as the database keeps them. */
  amount: string | null;
  hours: string | null;
  hourlyValue: string | null;
  description: string | null;
  valueSource: string | null;
}

export interface SnapshotTocNode {
  id: string;
  type: TocNodeType;
  label: string;
  description: string | null;
  stakeholderIds: string[];
  position: { x: number; y: number } | null;
}

export interface SnapshotTocEdge {
  id: string;
  source: string;
  target: string;
  assumption: string | null;
  evidence: EvidenceLevel;
  feedbackLoop: boolean;
}

/** The parts of an indicator definition CIDS has no property for. */
export type IndicatorDetails = Omit<IndicatorContent, "code" | "name" | "definition" | "unit" | "type">;

export interface SnapshotIndicator {
  code: string;
  name: Localised;
  definition: Localised;
  unit: Localised;
  type: IndicatorType;
  /** Null when the file does not carry them (a CIDS file from another tool). */
  details: IndicatorDetails | null;
  /** The outcome and impact nodes of the theory of change the indicator measures. */
  outcomeNodeIds: string[];
  baseline: { value: string | null; date: string | null; note: string | null };
  target: { value: string | null; date: string | null };
}

/**
 * What an indicator created from a CIDS file gets for the fields CIDS does not carry: the
 * least committing choice for each, for the organisation to review.
 */
export function defaultIndicatorDetails(): IndicatorDetails {
  return {
    direction: "neutral",
    source: {
      fr: "Non précisée dans le fichier CIDS importé.",
      en: "Not specified in the imported CIDS file.",
    },
    collectionMethod: "existing_dataset",
    frequency: "once",
    disaggregations: [],
    sectors: [],
    impDimension: "what",
    tags: [],
  };
}
