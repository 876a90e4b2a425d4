import { describe, expect, it } from "vitest";
import {
  AppError,
  assertValidTocGraph,
  ERROR_CODES,
  instantiateTemplate,
  TOC_TEMPLATES,
  validateTocGraph,
} from "../src/index.ts";
import { edge, graph, node } from "./toc-fixtures.ts";

const chain = () =>
  graph(
    [node("x", "activity"), node("y", "output"), node("z", "outcome_short")],
    [edge("e1", "x", "y"), edge("e2", "y", "z")],
  );

describe("validateTocGraph", () => {
  it("accepts a valid chain and every built-in template", () => {
    expect(validateTocGraph(chain())).toEqual([]);
    expect(validateTocGraph(graph([], []))).toEqual([]);
    for (const template of TOC_TEMPLATES) {
      expect(validateTocGraph(instantiateTemplate(template, "fr").graph), template.key).toEqual([]);
    }
  });

  it("reports a duplicate node id at the second node, naming both labels", () => {
    const g = chain();
    g.nodes.push(node("y", "impact", { label: "Autre" }));
    const issues = validateTocGraph(g);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "DUPLICATE_NODE_ID", path: "nodes.3.id" });
    expect(issues[0]?.message.fr).toBe(
      "Les nœuds « Y » et « Autre » ont le même identifiant « y ». Chaque nœud doit avoir un identifiant unique.",
    );
    expect(issues[0]?.message.en).toBe(
      'The nodes "Y" and "Autre" have the same id "y". Each node needs a unique id.',
    );
  });

  it("reports a duplicate edge id", () => {
    const g = chain();
    g.edges.push(edge("e1", "x", "z"));
    const issues = validateTocGraph(g);
    expect(issues.map((i) => [i.code, i.path])).toEqual([["DUPLICATE_EDGE_ID", "edges.2.id"]]);
    expect(issues[0]?.message.fr).toContain("de « X » vers « Y » et de « X » vers « Z »");
    expect(issues[0]?.message.en).toContain('from "X" to "Y" and from "X" to "Z"');
  });

  it("reports links to missing nodes on the missing end", () => {
    const g = chain();
    g.edges.push(edge("e3", "x", "ghost"), edge("e4", "nobody", "y"), edge("e5", "a", "b"));
    const issues = validateTocGraph(g);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["EDGE_MISSING_NODE", "edges.2.target"],
      ["EDGE_MISSING_NODE", "edges.3.source"],
      ["EDGE_MISSING_NODE", "edges.4.source"],
      ["EDGE_MISSING_NODE", "edges.4.target"],
    ]);
    expect(issues[0]?.message.fr).toBe(
      "Le lien « e3 » de « X » mène à un nœud qui n'existe pas (« ghost »). Reliez-le à un nœud existant ou retirez-le.",
    );
    expect(issues[1]?.message.en).toBe(
      'The link "e4" to "Y" starts from a node that does not exist ("nobody"). Connect it to an existing node or remove it.',
    );
  });

  it("reports self-loops, even marked as feedback", () => {
    const g = chain();
    g.edges.push(edge("e3", "z", "z", { feedbackLoop: true }));
    const issues = validateTocGraph(g);
    expect(issues.map((i) => [i.code, i.path])).toEqual([["SELF_LOOP", "edges.2"]]);
    expect(issues[0]?.message.fr).toContain("Le lien de « Z » vers lui-même");
    expect(issues[0]?.message.en).toContain('The link from "Z" to itself');
  });

  it("reports a second link between the same nodes once, and not as a cycle", () => {
    const g = chain();
    g.edges.push(edge("e3", "x", "y", { evidence: "strong" }));
    const issues = validateTocGraph(g);
    expect(issues.map((i) => [i.code, i.path])).toEqual([["DUPLICATE_EDGE", "edges.2"]]);
    expect(issues[0]?.message.fr).toBe(
      "Le lien de « X » vers « Y » existe déjà (lien « e1 »). Retirez le doublon.",
    );
    expect(issues[0]?.message.en).toBe(
      'The link from "X" to "Y" already exists (link "e1"). Remove the duplicate.',
    );
  });

  it("reports an unmarked cycle at the link that closes it, with the labels of the loop", () => {
    const g = chain();
    g.edges.push(edge("e3", "z", "x"));
    const issues = validateTocGraph(g);
    expect(issues).toEqual([
      {
        code: "UNMARKED_CYCLE",
        path: "edges.2",
        message: {
          fr: "Le lien de « Z » vers « X » ferme une boucle (Z → X → Y → Z). Marquez-le comme boucle de rétroaction ou retirez-le.",
          en: 'The link from "Z" to "X" closes a loop (Z → X → Y → Z). Mark it as a feedback loop or remove it.',
        },
      },
    ]);
  });

  it("accepts the cycle once a link of it is marked as a feedback loop", () => {
    const g = chain();
    g.edges.push(edge("e3", "z", "x", { feedbackLoop: true }));
    expect(validateTocGraph(g)).toEqual([]);
    // Marking another link of the loop works as well: the search ignores it, whichever it is.
    const h = chain();
    h.edges.push(edge("e3", "z", "x"));
    h.edges[0] = edge("e1", "x", "y", { feedbackLoop: true });
    expect(validateTocGraph(h)).toEqual([]);
  });

  it("reports each cycle once, deterministically, and their links fix the graph", () => {
    // Two loops sharing node b: a → b → c → a and b → d → b.
    const nodes = ["a", "b", "c", "d"].map((id) => node(id, "outcome_short"));
    const edges = [
      edge("e1", "a", "b"),
      edge("e2", "b", "c"),
      edge("e3", "c", "a"),
      edge("e4", "b", "d"),
      edge("e5", "d", "b"),
    ];
    const issues = validateTocGraph(graph(nodes, edges));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["UNMARKED_CYCLE", "edges.2"],
      ["UNMARKED_CYCLE", "edges.4"],
    ]);
    expect(issues[0]?.message.en).toContain("(C → A → B → C)");
    expect(issues[1]?.message.en).toContain("(D → B → D)");
    expect(validateTocGraph(graph(nodes, edges))).toEqual(issues);

    const fixed = edges.map((e, index) => (index === 2 || index === 4 ? { ...e, feedbackLoop: true } : e));
    expect(validateTocGraph(graph(nodes, fixed))).toEqual([]);
  });

  it("finds a cycle that starts late in the node order", () => {
    const nodes = [node("a", "need"), node("b", "activity"), node("c", "output")];
    const issues = validateTocGraph(graph(nodes, [edge("e1", "b", "c"), edge("e2", "c", "b")]));
    expect(issues.map((i) => i.path)).toEqual(["edges.1"]);
  });

  it("handles a long chain without overflowing", () => {
    const nodes = Array.from({ length: 500 }, (_, i) => node(`n${i}`, "outcome_short"));
    const edges = nodes.slice(1).map((n, i) => edge(`e${i}`, `n${i}`, n.id));
    expect(validateTocGraph(graph(nodes, edges))).toEqual([]);
    edges.push(edge("back", "n499", "n0"));
    expect(validateTocGraph(graph(nodes, edges)).map((i) => i.path)).toEqual(["edges.499"]);
  });
});

describe("assertValidTocGraph", () => {
  it("passes a valid graph", () => {
    expect(() => assertValidTocGraph(chain())).not.toThrow();
  });

  it("throws TOC_GRAPH_INVALID with the count and one field issue per problem", () => {
    const g = chain();
    g.edges.push(edge("e3", "z", "x"), edge("e4", "x", "x"));
    try {
      assertValidTocGraph(g);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const e = error as AppError;
      expect(e.code).toBe("TOC_GRAPH_INVALID");
      expect(e.status).toBe(400);
      expect(e.params).toEqual({ count: 2 });
      expect(e.describe("fr")).toBe(
        "La théorie du changement contient 2 erreur(s) : rien n'a été enregistré.",
      );
      expect(e.describe("en")).toBe("The theory of change has 2 error(s): nothing was saved.");
      expect(e.issues.map((issue) => issue.path)).toEqual(["edges.3", "edges.2"]);
      expect(Object.keys(e.issues[0] ?? {}).sort()).toEqual(["message", "path"]);
    }
    expect(ERROR_CODES.TOC_GRAPH_INVALID.status).toBe(400);
  });
});
