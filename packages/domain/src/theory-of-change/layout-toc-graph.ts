import type { TocGraph, TocNode } from "./toc-graph.ts";
import { TOC_NODE_TYPES } from "./toc-vocabulary.ts";

export interface TocLayoutOptions {
  /** Horizontal distance between the left sides of two neighbouring columns. */
  columnWidth?: number;
  /** Vertical distance between the tops of two neighbouring nodes of a column. */
  rowHeight?: number;
  nodeWidth?: number;
  nodeHeight?: number;
}

export const TOC_LAYOUT_DEFAULTS: Required<TocLayoutOptions> = {
  nodeWidth: 200,
  nodeHeight: 72,
  columnWidth: 260,
  rowHeight: 104,
};

/** Enough to settle small graphs; each round is two sweeps, and the best order seen is kept. */
const SWEEP_ROUNDS = 4;

/** A causal link seen by the layout: node indices and their columns, `fromColumn < toColumn`. */
interface LayoutLink {
  from: number;
  to: number;
}

/** The mutable state of the ordering: which nodes each column holds, top to bottom. */
interface Columns {
  order: number[][];
  columnOf: number[];
  tallest: number;
}

/**
 * Places every node: one column per node type present, in TOC_NODE_TYPES order, nodes within
 * a column ordered by the barycenter heuristic to reduce crossings, columns vertically centred
 * on the tallest one. Positions are top-left corners (as canvas libraries expect), starting at
 * (0, 0). Hand-made positions are replaced. Deterministic: the same graph gives the same layout.
 */
export function layoutTocGraph(graph: TocGraph, options: TocLayoutOptions = {}): TocGraph {
  // A pitch smaller than the node itself would stack nodes on top of one another.
  const nodeWidth = options.nodeWidth ?? TOC_LAYOUT_DEFAULTS.nodeWidth;
  const nodeHeight = options.nodeHeight ?? TOC_LAYOUT_DEFAULTS.nodeHeight;
  const columnWidth = Math.max(options.columnWidth ?? TOC_LAYOUT_DEFAULTS.columnWidth, nodeWidth);
  const rowHeight = Math.max(options.rowHeight ?? TOC_LAYOUT_DEFAULTS.rowHeight, nodeHeight);
  const columns = buildColumns(graph.nodes);
  const links = layoutLinks(graph, columns.columnOf);
  orderColumns(columns, links);

  const slots = slotsOf(columns);
  return {
    nodes: graph.nodes.map((node, index) => ({
      ...copyNode(node),
      position: { x: (columns.columnOf[index] ?? 0) * columnWidth, y: (slots[index] ?? 0) * rowHeight },
    })),
    edges: graph.edges.map((edge) => ({ ...edge })),
  };
}

function copyNode(node: TocNode): TocNode {
  return {
    ...node,
    stakeholderIds: [...node.stakeholderIds],
    comments: node.comments.map((c) => ({ ...c })),
  };
}

/** Empty types take no column, so a graph without needs starts with its inputs at x = 0. */
function buildColumns(nodes: TocNode[]): Columns {
  const present = TOC_NODE_TYPES.filter((type) => nodes.some((node) => node.type === type));
  const order = present.map(() => [] as number[]);
  const columnOf = nodes.map((node, index) => {
    const column = present.indexOf(node.type);
    order[column]?.push(index);
    return column;
  });
  return { order, columnOf, tallest: Math.max(0, ...order.map((column) => column.length)) };
}

/**
 * Feedback loops run backwards by design and would pull nodes towards their causes' causes;
 * links inside one column or to missing nodes say nothing about vertical order. All are left out.
 */
function layoutLinks(graph: TocGraph, columnOf: number[]): LayoutLink[] {
  const indexById = new Map<string, number>();
  graph.nodes.forEach((node, index) => {
    if (!indexById.has(node.id)) indexById.set(node.id, index);
  });
  const links: LayoutLink[] = [];
  for (const edge of graph.edges) {
    if (edge.feedbackLoop) continue;
    const source = indexById.get(edge.source);
    const target = indexById.get(edge.target);
    if (source === undefined || target === undefined) continue;
    const [sourceColumn, targetColumn] = [columnOf[source] ?? 0, columnOf[target] ?? 0];
    if (sourceColumn === targetColumn) continue;
    links.push(sourceColumn < targetColumn ? { from: source, to: target } : { from: target, to: source });
  }
  return links;
}

/** Alternating sweeps; keeps the order with the fewest crossings (the first one on ties). */
function orderColumns(columns: Columns, links: LayoutLink[]): void {
  const neighbours = neighbourLists(columns.columnOf.length, links);
  let best = columns.order.map((column) => [...column]);
  let fewest = countCrossings(columns, links);
  for (let round = 0; round < SWEEP_ROUNDS && fewest > 0; round++) {
    for (const direction of ["right", "left"] as const) {
      sweep(columns, neighbours, direction);
      const crossings = countCrossings(columns, links);
      if (crossings < fewest) {
        fewest = crossings;
        best = columns.order.map((column) => [...column]);
      }
    }
  }
  columns.order = best;
}

function neighbourLists(nodeCount: number, links: LayoutLink[]): number[][] {
  const neighbours = Array.from({ length: nodeCount }, () => [] as number[]);
  for (const { from, to } of links) {
    neighbours[from]?.push(to);
    neighbours[to]?.push(from);
  }
  return neighbours;
}

/**
 * Moving "right", each column is reordered by the mean height of its neighbours in the columns
 * already settled on its left (all of them, since links may skip a column); moving "left", by
 * those on its right. A node without such neighbours keeps its own height, so it stays put.
 */
function sweep(columns: Columns, neighbours: number[][], direction: "right" | "left"): void {
  const count = columns.order.length;
  const indices = Array.from({ length: count }, (_, i) => (direction === "right" ? i : count - 1 - i)).slice(
    1,
  );
  for (const column of indices) {
    const slots = slotsOf(columns);
    const isSettled = (other: number) =>
      direction === "right"
        ? (columns.columnOf[other] ?? 0) < column
        : (columns.columnOf[other] ?? 0) > column;
    const keyed = (columns.order[column] ?? []).map((node, row) => {
      const settled = (neighbours[node] ?? []).filter(isSettled);
      const height =
        settled.length === 0
          ? (slots[node] ?? 0)
          : settled.reduce((sum, other) => sum + (slots[other] ?? 0), 0) / settled.length;
      return { node, row, height };
    });
    keyed.sort((a, b) => a.height - b.height || a.row - b.row);
    columns.order[column] = keyed.map((entry) => entry.node);
  }
}

/** Vertical place of each node in row units, a column of n nodes centred against the tallest. */
function slotsOf(columns: Columns): number[] {
  const slots = new Array<number>(columns.columnOf.length).fill(0);
  for (const column of columns.order) {
    const offset = (columns.tallest - column.length) / 2;
    column.forEach((node, row) => {
      slots[node] = offset + row;
    });
  }
  return slots;
}

/**
 * Links drawn as straight segments between (column, slot) points; two cross when their order
 * flips over the columns both span. Shared ends do not count. A proxy for the drawn curves,
 * good enough to compare two orders.
 */
function countCrossings(columns: Columns, links: LayoutLink[]): number {
  const slots = slotsOf(columns);
  const segments = links.map(({ from, to }) => ({
    x1: columns.columnOf[from] ?? 0,
    y1: slots[from] ?? 0,
    x2: columns.columnOf[to] ?? 0,
    y2: slots[to] ?? 0,
  }));
  let crossings = 0;
  for (let i = 0; i < segments.length; i++) {
    const a = segments[i];
    if (!a) continue;
    for (let j = i + 1; j < segments.length; j++) {
      const b = segments[j];
      if (!b) continue;
      const left = Math.max(a.x1, b.x1);
      const right = Math.min(a.x2, b.x2);
      if (left >= right) continue;
      const before = heightAt(a, left) - heightAt(b, left);
      const after = heightAt(a, right) - heightAt(b, right);
      if (before * after < 0) crossings++;
    }
  }
  return crossings;
}

function heightAt(segment: { x1: number; y1: number; x2: number; y2: number }, x: number): number {
  return segment.y1 + ((segment.y2 - segment.y1) * (x - segment.x1)) / (segment.x2 - segment.x1);
}
