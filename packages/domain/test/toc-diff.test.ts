import { describe, expect, it } from "vitest";
import { diffTocGraphs, type TocGraph } from "../src/index.ts";
import { edge, graph, node } from "./toc-fixtures.ts";

const base = (): TocGraph =>
  graph(
    [
      node("a", "activity", { description: null, stakeholderIds: ["s1", "s2"] }),
      node("b", "output"),
      node("c", "outcome_short"),
    ],
    [edge("e1", "a", "b", { assumption: "si" }), edge("e2", "b", "c")],
  );

describe("diffTocGraphs", () => {
  it("finds nothing between identical graphs", () => {
    const diff = diffTocGraphs(base(), base());
    expect(diff.nodes).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.edges).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.summary).toEqual({ fr: "Aucun changement", en: "No changes" });
  });

  it("ignores moves, stakeholder order and null versus absent texts", () => {
    const after = base();
    after.nodes = after.nodes.map((n) => ({ ...n, position: { x: 10, y: 20 } }));
    after.nodes[0] = { ...after.nodes[0], ...node("a", "activity", { stakeholderIds: ["s2", "s1"] }) };
    after.edges[1] = { ...edge("e2", "b", "c"), assumption: "" };
    expect(diffTocGraphs(base(), after).summary.en).toBe("No changes");
  });

  it("lists added and removed nodes and links with a summary", () => {
    const after = base();
    after.nodes.push(node("d", "outcome_medium"), node("e", "impact"));
    after.nodes = after.nodes.filter((n) => n.id !== "b");
    after.edges = [edge("e3", "c", "d")];
    const diff = diffTocGraphs(base(), after);
    expect(diff.nodes.added.map((n) => n.id)).toEqual(["d", "e"]);
    expect(diff.nodes.removed.map((n) => n.id)).toEqual(["b"]);
    expect(diff.edges.added.map((e) => e.id)).toEqual(["e3"]);
    expect(diff.edges.removed.map((e) => e.id)).toEqual(["e1", "e2"]);
    expect(diff.summary).toEqual({
      fr: "2 nœuds ajoutés, 1 nœud supprimé, 1 lien ajouté, 2 liens supprimés",
      en: "2 nodes added, 1 node removed, 1 link added, 2 links removed",
    });
  });

  it("names the changed fields of nodes", () => {
    const after = base();
    after.nodes[0] = node("a", "output", {
      label: "Nouveau",
      description: "texte",
      stakeholderIds: ["s1"],
      comments: [{ author: "Awa", text: "À revoir", at: "2025-01-01" }],
    });
    after.nodes[1] = node("b", "output", { label: "B" });
    const diff = diffTocGraphs(base(), after);
    expect(diff.nodes.changed).toHaveLength(1);
    expect(diff.nodes.changed[0]?.before.label).toBe("A");
    expect(diff.nodes.changed[0]?.after.label).toBe("Nouveau");
    expect(diff.nodes.changed[0]?.fields).toEqual([
      "label",
      "type",
      "description",
      "stakeholderIds",
      "comments",
    ]);
    expect(diff.summary).toEqual({ fr: "1 nœud modifié", en: "1 node changed" });
  });

  it("counts an edited comment as a change", () => {
    const before = base();
    before.nodes[2] = node("c", "outcome_short", { comments: [{ author: "Awa", text: "ok", at: "t1" }] });
    const after = base();
    after.nodes[2] = node("c", "outcome_short", { comments: [{ author: "Awa", text: "ok !", at: "t1" }] });
    expect(diffTocGraphs(before, after).nodes.changed[0]?.fields).toEqual(["comments"]);
    const same = base();
    same.nodes[2] = node("c", "outcome_short", { comments: [{ at: "t1", text: "ok", author: "Awa" }] });
    expect(diffTocGraphs(before, same).nodes.changed).toEqual([]);
  });

  it("names the changed fields of links", () => {
    const after = base();
    after.edges[0] = edge("e1", "b", "a", { assumption: "autre", evidence: "strong", feedbackLoop: true });
    after.edges[1] = edge("e2", "b", "c", { evidence: "weak" });
    const diff = diffTocGraphs(base(), after);
    expect(diff.edges.changed.map((c) => [c.after.id, c.fields])).toEqual([
      ["e1", ["source", "target", "assumption", "evidence", "feedbackLoop"]],
      ["e2", ["evidence"]],
    ]);
    expect(diff.summary).toEqual({ fr: "2 liens modifiés", en: "2 links changed" });
  });
});
