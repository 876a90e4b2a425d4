import { AppError, type FieldIssue } from "../errors/app-error.ts";
import type { Bilingual } from "../i18n/locale.ts";
import type { TocEdge, TocGraph } from "./toc-graph.ts";

export const TOC_GRAPH_ISSUE_CODES = [
  "DUPLICATE_NODE_ID",
  "DUPLICATE_EDGE_ID",
  "EDGE_MISSING_NODE",
  "SELF_LOOP",
  "DUPLICATE_EDGE",
  "UNMARKED_CYCLE",
] as const;
export type TocGraphIssueCode = (typeof TOC_GRAPH_ISSUE_CODES)[number];

/** One structural problem of a graph: what, where (a path into the graph), and why in both languages. */
export interface TocGraphIssue {
  code: TocGraphIssueCode;
  /** e.g. "nodes.2.id", "edges.3.target", "edges.5". */
  path: string;
  message: Bilingual;
}

/**
 * The structural rules zod cannot express: unique ids, links between existing nodes, no link
 * from a node to itself or twice between the same nodes, and no cycle unless a link of it is
 * marked as a feedback loop (METHODS.md « Theory of change »). Returns every issue, in the
 * order of the graph, so an editor can show them all at once; [] means valid.
 */
export function validateTocGraph(graph: TocGraph): TocGraphIssue[] {
  const labels = firstLabelById(graph);
  const issues = [...duplicateNodeIdIssues(graph)];
  const ignoredForCycles = new Set<number>();
  issues.push(...edgeIssues(graph, labels, ignoredForCycles));
  issues.push(...cycleIssues(graph, labels, ignoredForCycles));
  return issues;
}

/** Throws TOC_GRAPH_INVALID with one field issue per problem, so nothing invalid is ever saved. */
export function assertValidTocGraph(graph: TocGraph): void {
  const issues = validateTocGraph(graph);
  if (issues.length === 0) return;
  const fieldIssues: FieldIssue[] = issues.map(({ path, message }) => ({ path, message }));
  throw new AppError("TOC_GRAPH_INVALID", { count: issues.length }, fieldIssues);
}

/** Label of the first node carrying each id: a duplicate id must not rename the node links point to. */
function firstLabelById(graph: TocGraph): Map<string, string> {
  const labels = new Map<string, string>();
  for (const node of graph.nodes) if (!labels.has(node.id)) labels.set(node.id, node.label);
  return labels;
}

function duplicateNodeIdIssues(graph: TocGraph): TocGraphIssue[] {
  const issues: TocGraphIssue[] = [];
  const firstLabel = new Map<string, string>();
  graph.nodes.forEach((node, index) => {
    const earlier = firstLabel.get(node.id);
    if (earlier === undefined) {
      firstLabel.set(node.id, node.label);
      return;
    }
    issues.push({
      code: "DUPLICATE_NODE_ID",
      path: `nodes.${index}.id`,
      message: {
        fr: `Les nœuds « ${earlier} » et « ${node.label} » ont le même identifiant « ${node.id} ». Chaque nœud doit avoir un identifiant unique.`,
        en: `The nodes "${earlier}" and "${node.label}" have the same id "${node.id}". Each node needs a unique id.`,
      },
    });
  });
  return issues;
}

/**
 * Per-link checks, in link order. Links that are broken, self-loops or duplicates are added to
 * `ignoredForCycles`: they already have their own issue, and a cycle made of them would say the
 * same thing twice.
 */
function edgeIssues(
  graph: TocGraph,
  labels: Map<string, string>,
  ignoredForCycles: Set<number>,
): TocGraphIssue[] {
  const issues: TocGraphIssue[] = [];
  const seenIds = new Map<string, TocEdge>();
  const seenPairs = new Map<string, TocEdge>();
  graph.edges.forEach((edge, index) => {
    const earlierWithId = seenIds.get(edge.id);
    if (earlierWithId) issues.push(duplicateEdgeIdIssue(edge, earlierWithId, index, labels));
    else seenIds.set(edge.id, edge);

    const missing = missingEndIssues(edge, index, labels);
    if (missing.length > 0) {
      issues.push(...missing);
      ignoredForCycles.add(index);
      return;
    }
    if (edge.source === edge.target) {
      issues.push(selfLoopIssue(edge, index, labels));
      ignoredForCycles.add(index);
      return;
    }
    const pair = JSON.stringify([edge.source, edge.target]);
    const earlierPair = seenPairs.get(pair);
    if (earlierPair) {
      issues.push(duplicateEdgeIssue(edge, earlierPair, index, labels));
      ignoredForCycles.add(index);
      return;
    }
    seenPairs.set(pair, edge);
  });
  return issues;
}

function duplicateEdgeIdIssue(
  edge: TocEdge,
  earlier: TocEdge,
  index: number,
  labels: Map<string, string>,
): TocGraphIssue {
  const [first, second] = [describeEdge(earlier, labels), describeEdge(edge, labels)];
  return {
    code: "DUPLICATE_EDGE_ID",
    path: `edges.${index}.id`,
    message: {
      fr: `Les liens ${first.fr} et ${second.fr} ont le même identifiant « ${edge.id} ». Chaque lien doit avoir un identifiant unique.`,
      en: `The links ${first.en} and ${second.en} have the same id "${edge.id}". Each link needs a unique id.`,
    },
  };
}

function missingEndIssues(edge: TocEdge, index: number, labels: Map<string, string>): TocGraphIssue[] {
  const issues: TocGraphIssue[] = [];
  const sourceLabel = labels.get(edge.source);
  const targetLabel = labels.get(edge.target);
  if (sourceLabel === undefined) {
    issues.push({
      code: "EDGE_MISSING_NODE",
      path: `edges.${index}.source`,
      message: {
        fr: `Le lien « ${edge.id} »${targetLabel === undefined ? "" : ` vers « ${targetLabel} »`} part d'un nœud qui n'existe pas (« ${edge.source} »). Reliez-le à un nœud existant ou retirez-le.`,
        en: `The link "${edge.id}"${targetLabel === undefined ? "" : ` to "${targetLabel}"`} starts from a node that does not exist ("${edge.source}"). Connect it to an existing node or remove it.`,
      },
    });
  }
  if (targetLabel === undefined) {
    issues.push({
      code: "EDGE_MISSING_NODE",
      path: `edges.${index}.target`,
      message: {
        fr: `Le lien « ${edge.id} »${sourceLabel === undefined ? "" : ` de « ${sourceLabel} »`} mène à un nœud qui n'existe pas (« ${edge.target} »). Reliez-le à un nœud existant ou retirez-le.`,
        en: `The link "${edge.id}"${sourceLabel === undefined ? "" : ` from "${sourceLabel}"`} leads to a node that does not exist ("${edge.target}"). Connect it to an existing node or remove it.`,
      },
    });
  }
  return issues;
}

function selfLoopIssue(edge: TocEdge, index: number, labels: Map<string, string>): TocGraphIssue {
  const label = labels.get(edge.source) ?? edge.source;
  return {
    code: "SELF_LOOP",
    path: `edges.${index}`,
    message: {
      fr: `Le lien de « ${label} » vers lui-même n'a pas de sens : un nœud ne peut pas être sa propre cause. Retirez-le.`,
      en: `The link from "${label}" to itself makes no sense: a node cannot cause itself. Remove it.`,
    },
  };
}

function duplicateEdgeIssue(
  edge: TocEdge,
  earlier: TocEdge,
  index: number,
  labels: Map<string, string>,
): TocGraphIssue {
  const link = describeEdge(edge, labels);
  return {
    code: "DUPLICATE_EDGE",
    path: `edges.${index}`,
    message: {
      fr: `Le lien ${link.fr} existe déjà (lien « ${earlier.id} »). Retirez le doublon.`,
      en: `The link ${link.en} already exists (link "${earlier.id}"). Remove the duplicate.`,
    },
  };
}

/** « de « A » vers « B » » / `from "A" to "B"`, falling back on ids for missing nodes. */
function describeEdge(edge: TocEdge, labels: Map<string, string>): Bilingual {
  const source = labels.get(edge.source) ?? edge.source;
  const target = labels.get(edge.target) ?? edge.target;
  return { fr: `de « ${source} » vers « ${target} »`, en: `from "${source}" to "${target}"` };
}

/**
 * Depth-first search over the unmarked links, roots in node order and links in graph order so
 * the result never depends on anything but the graph. Each back edge closes exactly one cycle
 * (the search path from its target to its source, plus itself), and marking or removing every
 * reported link leaves the graph acyclic.
 */
function cycleIssues(graph: TocGraph, labels: Map<string, string>, ignored: Set<number>): TocGraphIssue[] {
  const outgoing = new Map<string, number[]>();
  graph.edges.forEach((edge, index) => {
    if (edge.feedbackLoop || ignored.has(index)) return;
    const list = outgoing.get(edge.source) ?? [];
    list.push(index);
    outgoing.set(edge.source, list);
  });

  const issues: TocGraphIssue[] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (id: string): void => {
    stack.push(id);
    onStack.add(id);
    for (const index of outgoing.get(id) ?? []) {
      const edge = graph.edges[index];
      if (!edge || done.has(edge.target)) continue;
      if (onStack.has(edge.target)) {
        const cycle = [id, ...stack.slice(stack.indexOf(edge.target))];
        issues.push(unmarkedCycleIssue(edge, index, cycle, labels));
      } else {
        visit(edge.target);
      }
    }
    stack.pop();
    onStack.delete(id);
    done.add(id);
  };
  for (const node of graph.nodes) if (!done.has(node.id)) visit(node.id);
  return issues;
}

/** `cycle` starts and ends with the closing link's source: [source, target, …, source]. */
function unmarkedCycleIssue(
  edge: TocEdge,
  index: number,
  cycle: string[],
  labels: Map<string, string>,
): TocGraphIssue {
  const link = describeEdge(edge, labels);
  const loop = cycle.map((id) => labels.get(id) ?? id).join(" → ");
  return {
    code: "UNMARKED_CYCLE",
    path: `edges.${index}`,
    message: {
      fr: `Le lien ${link.fr} ferme une boucle (${loop}). Marquez-le comme boucle de rétroaction ou retirez-le.`,
      en: `The link ${link.en} closes a loop (${loop}). Mark it as a feedback loop or remove it.`,
    },
  };
}
