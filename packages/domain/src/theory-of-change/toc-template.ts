import type { Localised } from "../i18n/localised.ts";
import type { IndicatorSector } from "../indicators/indicator-vocabulary.ts";
import type { EvidenceLevel, TocNodeType } from "./toc-vocabulary.ts";

/** A ready-made theory of change a user starts from; copied into the user's language. */
export interface TocTemplate {
  /** Stable key, kebab-case, e.g. "job-insertion". */
  key: string;
  sector: IndicatorSector;
  name: Localised;
  description: Localised;
  nodes: Array<{
    /** Unique within the template, short snake_case, e.g. "need_unemployment". */
    id: string;
    type: TocNodeType;
    label: Localised;
    description?: Localised;
    /** Library indicator codes that measure this node (outcomes and impact mostly). */
    indicatorCodes?: string[];
  }>;
  edges: Array<{
    source: string;
    target: string;
    /** The assumption that must hold for the cause to produce the effect. */
    assumption?: Localised;
    evidence: EvidenceLevel;
    /** True only for a deliberate feedback loop (a cycle); all other edges point forward. */
    feedbackLoop?: boolean;
  }>;
}
