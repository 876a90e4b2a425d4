import { describe, expect, it } from "vitest";
import { analyseFrameworkCoverage, isMeasurableNodeType, upgradeAvailable } from "../src/index.ts";
import { graph, node } from "./toc-fixtures.ts";

const toc = graph(
  [
    node("need", "need"),
    node("act", "activity"),
    node("out", "output"),
    node("short", "outcome_short"),
    node("medium", "outcome_medium"),
    node("long", "outcome_long"),
    node("imp", "impact"),
  ],
  [],
);

describe("analyseFrameworkCoverage", () => {
  it("lists every outcome and impact node as unmeasured when the framework is empty", () => {
    expect(analyseFrameworkCoverage({ nodes: toc.nodes, frameworkIndicators: [] })).toEqual({
      outcomesWithoutIndicator: ["short", "medium", "long", "imp"],
      indicatorsMeasuringNothing: [],
      danglingLinks: [],
    });
  });

  it("counts a node as measured once any indicator lists it, keeping the graph's order", () => {
    const coverage = analyseFrameworkCoverage({
      nodes: toc.nodes,
      frameworkIndicators: [
        { id: "fi-1", outcomeNodeIds: ["imp", "short"] },
        { id: "fi-2", outcomeNodeIds: ["short"] },
      ],
    });
    expect(coverage.outcomesWithoutIndicator).toEqual(["medium", "long"]);
    expect(coverage.indicatorsMeasuringNothing).toEqual([]);
    expect(coverage.danglingLinks).toEqual([]);
  });

  it("reports indicators that measure nothing, and links to removed or non-outcome nodes", () => {
    const coverage = analyseFrameworkCoverage({
      nodes: toc.nodes,
      frameworkIndicators: [
        { id: "fi-empty", outcomeNodeIds: [] },
        { id: "fi-gone", outcomeNodeIds: ["deleted-node", "deleted-node"] },
        { id: "fi-output", outcomeNodeIds: ["out", "long"] },
      ],
    });
    // A link that leads nowhere measures nothing: the indicator counts as measuring nothing.
    expect(coverage.indicatorsMeasuringNothing).toEqual(["fi-empty", "fi-gone"]);
    expect(coverage.danglingLinks).toEqual([
      { frameworkIndicatorId: "fi-gone", nodeId: "deleted-node" },
      { frameworkIndicatorId: "fi-output", nodeId: "out" },
    ]);
    expect(coverage.outcomesWithoutIndicator).toEqual(["short", "medium", "imp"]);
  });

  it("handles a graph without outcomes", () => {
    const coverage = analyseFrameworkCoverage({
      nodes: [node("a", "activity")],
      frameworkIndicators: [{ id: "fi", outcomeNodeIds: ["a"] }],
    });
    expect(coverage).toEqual({
      outcomesWithoutIndicator: [],
      indicatorsMeasuringNothing: ["fi"],
      danglingLinks: [{ frameworkIndicatorId: "fi", nodeId: "a" }],
    });
  });

  it("treats the three outcome types and the impact as measurable, nothing else", () => {
    expect(toc.nodes.filter((n) => isMeasurableNodeType(n.type)).map((n) => n.id)).toEqual([
      "short",
      "medium",
      "long",
      "imp",
    ]);
  });
});

describe("upgradeAvailable", () => {
  it("offers an upgrade only towards a newer version", () => {
    expect(upgradeAvailable(1, 2)).toBe(true);
    expect(upgradeAvailable(2, 2)).toBe(false);
    expect(upgradeAvailable(3, 2)).toBe(false);
  });
});
