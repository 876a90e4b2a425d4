import type { TocEdge, TocGraph, TocNode } from "../src/theory-of-change/toc-graph.ts";
import type { TocNodeType } from "../src/theory-of-change/toc-vocabulary.ts";

/** A node with defaults filled in; the label defaults to the id in capitals, to read messages easily. */
export function node(id: string, type: TocNodeType, extra: Partial<TocNode> = {}): TocNode {
  return { id, type, label: id.toUpperCase(), stakeholderIds: [], comments: [], ...extra };
}

export function edge(id: string, source: string, target: string, extra: Partial<TocEdge> = {}): TocEdge {
  return { id, source, target, evidence: "none", feedbackLoop: false, ...extra };
}

export function graph(nodes: TocNode[], edges: TocEdge[]): TocGraph {
  return { nodes, edges };
}
