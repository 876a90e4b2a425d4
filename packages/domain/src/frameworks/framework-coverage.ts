import { OUTCOME_NODE_TYPES, type TocNodeType } from "../theory-of-change/toc-vocabulary.ts";

/** Node types an indicator of the framework may measure: the outcomes and the impact. */
export const MEASURABLE_TOC_NODE_TYPES: readonly TocNodeType[] = [...OUTCOME_NODE_TYPES, "impact"];

export function isMeasurableNodeType(type: TocNodeType): boolean {
  return MEASURABLE_TOC_NODE_TYPES.includes(type);
}

export interface CoverageInput {
  /** The theory of change's nodes, in the graph's order (the results keep it). */
  nodes: ReadonlyArray<{ id: string; type: TocNodeType }>;
  frameworkIndicators: ReadonlyArray<{ id: string; outcomeNodeIds: readonly string[] }>;
}

export interface FrameworkCoverage {
  /** Outcome and impact nodes that no indicator of the framework measures. */
  outcomesWithoutIndicator: string[];
  /**
   * Framework indicators linked to no outcome or impact node of the graph: none chosen, or only
   * links that no longer lead anywhere. Either way, nothing tells what change they show.
   */
  indicatorsMeasuringNothing: string[];
  /** Links to ids that are not (or no longer) outcome or impact nodes of the graph. */
  danglingLinks: Array<{ frameworkIndicatorId: string; nodeId: string }>;
}

/**
 * How well the framework covers the theory of change, both ways: every expected change should
 * be measured, and every indicator should measure an expected change. The graph and the
 * framework are saved separately, so links may point to nodes since removed or retyped.
 */
export function analyseFrameworkCoverage({ nodes, frameworkIndicators }: CoverageInput): FrameworkCoverage {
  const measurable = new Set(nodes.filter((n) => isMeasurableNodeType(n.type)).map((n) => n.id));
  const measured = new Set<string>();
  const indicatorsMeasuringNothing: string[] = [];
  const danglingLinks: FrameworkCoverage["danglingLinks"] = [];
  for (const indicator of frameworkIndicators) {
    let measuresSomething = false;
    for (const nodeId of new Set(indicator.outcomeNodeIds)) {
      if (measurable.has(nodeId)) {
        measured.add(nodeId);
        measuresSomething = true;
      } else {
        danglingLinks.push({ frameworkIndicatorId: indicator.id, nodeId });
      }
    }
    if (!measuresSomething) indicatorsMeasuringNothing.push(indicator.id);
  }
  const outcomesWithoutIndicator = [...measurable].filter((id) => !measured.has(id));
  return { outcomesWithoutIndicator, indicatorsMeasuringNothing, danglingLinks };
}
