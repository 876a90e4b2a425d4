import { describe, expect, it } from "vitest";
import {
  instantiateTemplate,
  layoutTocGraph,
  TOC_LAYOUT_DEFAULTS,
  TOC_TEMPLATES,
  type TocGraph,
} from "../src/index.ts";
import { edge, graph, node } from "./toc-fixtures.ts";

function positionOf(g: TocGraph, id: string): { x: number; y: number } {
  const position = g.nodes.find((n) => n.id === id)?.position;
  if (!position) throw new Error(`${id} has no position`);
  return position;
}

/** Ids of a column (same x), top to bottom. */
function column(g: TocGraph, x: number): string[] {
  return g.nodes
    .filter((n) => n.position?.x === x)
    .sort((a, b) => (a.position?.y ?? 0) - (b.position?.y ?? 0))
    .map((n) => n.id);
}

describe("layoutTocGraph", () => {
  it("puts one column per type present, in needs → impact order, empty types taking no column", () => {
    const g = graph(
      [node("imp", "impact"), node("act", "activity"), node("in", "input"), node("out", "output")],
      [edge("e1", "in", "act"), edge("e2", "act", "out"), edge("e3", "out", "imp")],
    );
    const laid = layoutTocGraph(g);
    expect(positionOf(laid, "in").x).toBe(0);
    expect(positionOf(laid, "act").x).toBe(260);
    expect(positionOf(laid, "out").x).toBe(520);
    expect(positionOf(laid, "imp").x).toBe(780);
  });

  it("returns a copy with every position set, leaving the input and other fields untouched", () => {
    const g = graph(
      [node("a", "activity", { position: { x: 999, y: 999 }, stakeholderIds: ["s1"] }), node("b", "output")],
      [edge("e1", "a", "b", { assumption: "si" })],
    );
    const before = structuredClone(g);
    const laid = layoutTocGraph(g);
    expect(g).toEqual(before);
    expect(laid.nodes.every((n) => n.position)).toBe(true);
    expect(positionOf(laid, "a")).toEqual({ x: 0, y: 0 });
    expect(laid.nodes[0]?.stakeholderIds).toEqual(["s1"]);
    expect(laid.nodes[0]?.stakeholderIds).not.toBe(g.nodes[0]?.stakeholderIds);
    expect(laid.edges).toEqual(g.edges);
  });

  it("centres shorter columns vertically against the tallest", () => {
    const g = graph(
      [node("a1", "activity"), node("a2", "activity"), node("a3", "activity"), node("o", "output")],
      [edge("e1", "a1", "o"), edge("e2", "a2", "o"), edge("e3", "a3", "o")],
    );
    const laid = layoutTocGraph(g);
    expect(column(laid, 0).map((id) => positionOf(laid, id).y)).toEqual([0, 104, 208]);
    expect(positionOf(laid, "o").y).toBe(104);
  });

  it("honours the options, never letting nodes overlap", () => {
    const g = graph(
      [node("a", "activity"), node("b", "activity"), node("c", "output")],
      [edge("e1", "a", "c")],
    );
    const laid = layoutTocGraph(g, { columnWidth: 300, rowHeight: 90 });
    expect(positionOf(laid, "c").x).toBe(300);
    expect(positionOf(laid, "b").y - positionOf(laid, "a").y).toBe(90);
    const squeezed = layoutTocGraph(g, { columnWidth: 50, rowHeight: 10, nodeWidth: 120, nodeHeight: 40 });
    expect(positionOf(squeezed, "c").x).toBe(120);
    expect(Math.abs(positionOf(squeezed, "b").y - positionOf(squeezed, "a").y)).toBe(40);
    expect(TOC_LAYOUT_DEFAULTS).toEqual({ nodeWidth: 200, nodeHeight: 72, columnWidth: 260, rowHeight: 104 });
  });

  it("untangles crossing links with the barycenter heuristic", () => {
    // Written in the worst order: a1 → o2 and a2 → o1 cross; a1 → o1 and a2 → o2 do not.
    const g = graph(
      [node("a1", "activity"), node("a2", "activity"), node("o1", "output"), node("o2", "output")],
      [edge("e1", "a1", "o2"), edge("e2", "a2", "o1")],
    );
    const laid = layoutTocGraph(g);
    const [left, right] = [column(laid, 0), column(laid, 260)];
    expect(left.indexOf("a1")).toBe(right.indexOf("o2"));
    expect(left.indexOf("a2")).toBe(right.indexOf("o1"));
  });

  it("follows links that skip a column", () => {
    const g = graph(
      [
        node("n1", "need"),
        node("n2", "need"),
        node("a1", "activity"),
        node("a2", "activity"),
        node("o1", "output"),
        node("o2", "output"),
      ],
      [edge("e1", "n1", "a1"), edge("e2", "n2", "a2"), edge("e3", "n1", "o2"), edge("e4", "n2", "o1")],
    );
    const laid = layoutTocGraph(g);
    expect(column(laid, 0)).toEqual(["n1", "n2"]);
    expect(column(laid, 520)).toEqual(["o2", "o1"]);
  });

  it("ignores feedback loops", () => {
    const g = graph(
      [
        node("n1", "need"),
        node("n2", "need"),
        node("a1", "activity"),
        node("a2", "activity"),
        node("o1", "outcome_short"),
        node("o2", "outcome_short"),
      ],
      [
        edge("e1", "n1", "a2"),
        edge("e2", "n2", "a1"),
        edge("e3", "a1", "o2"),
        edge("e4", "a2", "o1"),
        // A feedback loop pulling the other way must not undo the order.
        edge("e5", "o1", "n2", { feedbackLoop: true }),
        edge("e6", "o2", "n1", { feedbackLoop: true }),
      ],
    );
    const laid = layoutTocGraph(g);
    const [needs, activities, outcomes] = [column(laid, 0), column(laid, 260), column(laid, 520)];
    expect(needs.indexOf("n1")).toBe(activities.indexOf("a2"));
    expect(activities.indexOf("a2")).toBe(outcomes.indexOf("o1"));
  });

  it("is deterministic and never places two nodes on one spot, for every template", () => {
    for (const template of TOC_TEMPLATES) {
      const { graph: g } = instantiateTemplate(template, "en");
      const once = layoutTocGraph(g);
      expect(layoutTocGraph(g)).toEqual(once);
      const spots = once.nodes.map((n) => `${n.position?.x},${n.position?.y}`);
      expect(new Set(spots).size, template.key).toBe(spots.length);
    }
  });

  it("copes with an empty graph, duplicate ids and broken links", () => {
    expect(layoutTocGraph(graph([], []))).toEqual({ nodes: [], edges: [] });
    const g = graph(
      [node("a", "activity"), node("a", "output")],
      [edge("e1", "a", "ghost"), edge("e2", "a", "a")],
    );
    const laid = layoutTocGraph(g);
    expect(laid.nodes.map((n) => n.position)).toEqual([
      { x: 0, y: 0 },
      { x: 260, y: 0 },
    ]);
  });
});
