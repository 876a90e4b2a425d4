import { describe, expect, it } from "vitest";
import {
  instantiateTemplate,
  layoutTocGraph,
  TOC_TEMPLATES,
  type TocTemplate,
  validateTocGraph,
  ZTocGraph,
} from "../src/index.ts";

const tiny: TocTemplate = {
  key: "tiny",
  sector: "health",
  name: { fr: "Petit", en: "Tiny" },
  description: { fr: "Un petit modèle.", en: "A tiny template." },
  nodes: [
    {
      id: "act",
      type: "activity",
      label: { fr: "Ateliers", en: "Workshops" },
      description: { fr: "Chaque semaine", en: "Weekly" },
    },
    { id: "out", type: "output", label: { fr: "Participants", en: "Participants" } },
    {
      id: "eff",
      type: "outcome_short",
      label: { fr: "Confiance en soi", en: "Self-confidence" },
      indicatorCodes: ["GEN-01", "GEN-02"],
    },
  ],
  edges: [
    { source: "act", target: "out", evidence: "strong", assumption: { fr: "Ils viennent", en: "They come" } },
    { source: "out", target: "eff", evidence: "weak" },
    { source: "eff", target: "act", evidence: "none", feedbackLoop: true },
  ],
};

describe("instantiateTemplate", () => {
  it("copies the texts of one language, numbers the links and keeps node ids", () => {
    const { graph } = instantiateTemplate(tiny, "en");
    expect(graph.nodes.map((n) => [n.id, n.type, n.label, n.description])).toEqual([
      ["act", "activity", "Workshops", "Weekly"],
      ["out", "output", "Participants", null],
      ["eff", "outcome_short", "Self-confidence", null],
    ]);
    expect(graph.edges).toEqual([
      {
        id: "e1",
        source: "act",
        target: "out",
        assumption: "They come",
        evidence: "strong",
        feedbackLoop: false,
      },
      { id: "e2", source: "out", target: "eff", assumption: null, evidence: "weak", feedbackLoop: false },
      { id: "e3", source: "eff", target: "act", assumption: null, evidence: "none", feedbackLoop: true },
    ]);
    expect(graph.nodes.every((n) => n.stakeholderIds.length === 0 && n.comments.length === 0)).toBe(true);
    expect(instantiateTemplate(tiny, "fr").graph.nodes[0]?.label).toBe("Ateliers");
  });

  it("returns the suggested indicators of the nodes that have some, as copies", () => {
    const { indicatorCodesByNode } = instantiateTemplate(tiny, "fr");
    expect(indicatorCodesByNode).toEqual({ eff: ["GEN-01", "GEN-02"] });
    indicatorCodesByNode.eff?.push("X");
    expect(tiny.nodes[2]?.indicatorCodes).toEqual(["GEN-01", "GEN-02"]);
  });

  it("lays the graph out", () => {
    const { graph } = instantiateTemplate(tiny, "fr");
    expect(graph).toEqual(layoutTocGraph(graph));
    expect(graph.nodes.map((n) => n.position?.x)).toEqual([0, 260, 520]);
  });

  it("turns every built-in template into a valid graph in both languages", () => {
    for (const template of TOC_TEMPLATES) {
      for (const locale of ["fr", "en"] as const) {
        const { graph, indicatorCodesByNode } = instantiateTemplate(template, locale);
        expect(ZTocGraph.safeParse(graph).success, `${template.key} ${locale}`).toBe(true);
        expect(validateTocGraph(graph)).toEqual([]);
        expect(graph.nodes).toHaveLength(template.nodes.length);
        expect(graph.edges.map((e) => e.id)).toEqual(template.edges.map((_, i) => `e${i + 1}`));
        for (const id of Object.keys(indicatorCodesByNode))
          expect(template.nodes.some((n) => n.id === id)).toBe(true);
      }
    }
  });
});
