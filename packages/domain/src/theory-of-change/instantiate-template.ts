import type { Locale } from "../i18n/locale.ts";
import { pickLocalised } from "../i18n/localised.ts";
import { layoutTocGraph } from "./layout-toc-graph.ts";
import type { TocEdge, TocGraph, TocNode } from "./toc-graph.ts";
import type { TocTemplate } from "./toc-template.ts";

export interface InstantiatedTemplate {
  graph: TocGraph;
  /**
   * Library indicator codes suggested for each node id, for nodes that have any. Kept beside the
   * graph because the graph stores no indicators: the framework (step 4) links them.
   */
  indicatorCodesByNode: Record<string, string[]>;
}

/**
 * Copies a template into a graph the user owns, in one language: the user edits their copy in
 * their language and the template stays untouched. Node ids are the template's, links are
 * numbered "e1", "e2"… in template order, and the graph comes laid out, ready for the canvas.
 */
export function instantiateTemplate(template: TocTemplate, locale: Locale): InstantiatedTemplate {
  const nodes: TocNode[] = template.nodes.map((node) => ({
    id: node.id,
    type: node.type,
    label: pickLocalised(node.label, locale),
    description: node.description ? pickLocalised(node.description, locale) : null,
    stakeholderIds: [],
    position: null,
    comments: [],
  }));
  const edges: TocEdge[] = template.edges.map((edge, index) => ({
    id: `e${index + 1}`,
    source: edge.source,
    target: edge.target,
    assumption: edge.assumption ? pickLocalised(edge.assumption, locale) : null,
    evidence: edge.evidence,
    feedbackLoop: edge.feedbackLoop ?? false,
  }));

  const indicatorCodesByNode: Record<string, string[]> = {};
  for (const node of template.nodes) {
    if (node.indicatorCodes && node.indicatorCodes.length > 0)
      indicatorCodesByNode[node.id] = [...node.indicatorCodes];
  }
  return { graph: layoutTocGraph({ nodes, edges }), indicatorCodesByNode };
}
