import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, json, type TestApp } from "./helpers/test-app.ts";

let t: TestApp;
let owner: Client;
let viewer: Client;
let orgId: string;
let url: string;
let stakeholderId: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp("Claire Dubois");
  viewer = await t.signUp("Lecteur Seul");
  orgId = (
    await json(await owner.post("/api/v1/organisations", { name: "Jardin d'insertion", kind: "structure" }))
  ).id;
  const invite = await json(
    await owner.post(`/api/v1/organisations/${orgId}/invitations`, { role: "viewer" }),
  );
  await viewer.post(`/api/v1/invitations/${invite.token}/accept`);
  const evaluation = await json(
    await owner.post(`/api/v1/organisations/${orgId}/evaluations`, { title: "Théorie" }),
  );
  url = `/api/v1/organisations/${orgId}/evaluations/${evaluation.id}/theory-of-change`;
  const chain = await json(
    await owner.post(`/api/v1/organisations/${orgId}/evaluations/${evaluation.id}/stakeholders`, {
      name: "Salariés en insertion",
      category: "beneficiaries",
    }),
  );
  stakeholderId = chain.stakeholders[0].id;
});
afterAll(() => t.close());

describe("theory of change", () => {
  it("lists templates and starts from one in the user's language, with suggested indicators", async () => {
    const templates = await json(await t.anonymous().get("/api/v1/toc-templates"));
    expect(templates.length).toBeGreaterThanOrEqual(5);
    expect(templates.map((x: any) => x.key)).toContain("job-insertion");
    const empty = await json(await viewer.get(url));
    expect(empty).toMatchObject({ revision: 0, graph: { nodes: [], edges: [] } });
    const applied = await json(
      await owner.post(`${url}/template`, { templateKey: "job-insertion", locale: "fr", revision: 0 }),
    );
    expect(applied.revision).toBe(1);
    expect(applied.templateKey).toBe("job-insertion");
    expect(applied.graph.nodes.length).toBeGreaterThanOrEqual(12);
    expect(applied.graph.nodes.every((n: any) => n.position)).toBe(true);
    expect(Object.values(applied.suggestedIndicators).flat()).toContain("EMP-SORTIE-DYN");
    const again = await owner.request(
      "POST",
      `${url}/template`,
      { templateKey: "rural-services", revision: 1 },
      { "accept-language": "fr" },
    );
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe("TOC_NOT_EMPTY");
    const unknown = await owner.post(`${url}/template`, { templateKey: "astrologie", revision: 1 });
    expect((await json(unknown)).code).toBe("TOC_TEMPLATE_NOT_FOUND");
    expect(
      (await viewer.post(`${url}/template`, { templateKey: "job-insertion", revision: 1, replace: true }))
        .status,
    ).toBe(403);
  });

  it("refuses a graph with an edge to a missing node or an unmarked cycle, saving nothing", async () => {
    const { graph, revision } = await json(await owner.get(url));
    const [a, b] = graph.nodes;
    const broken = {
      nodes: graph.nodes,
      edges: [
        ...graph.edges,
        { id: "bad1", source: a.id, target: "ghost", evidence: "weak" },
        { id: "bad2", source: b.id, target: a.id, evidence: "none" },
        { id: "bad3", source: a.id, target: b.id, evidence: "none" },
      ],
    };
    const refused = await owner.request("PUT", url, { graph: broken, revision }, { "accept-language": "en" });
    expect(refused.status).toBe(400);
    const problem = await json(refused);
    expect(problem.code).toBe("TOC_GRAPH_INVALID");
    expect(problem.errors.map((e: any) => e.path)).toEqual(
      expect.arrayContaining([`edges.${graph.edges.length}.target`]),
    );
    expect(problem.errors.some((e: any) => /loop|cycle/i.test(e.message))).toBe(true);
    expect((await json(await owner.get(url))).revision).toBe(revision);

    // Marked as a feedback loop, the cycle is accepted.
    const loop = {
      nodes: graph.nodes,
      edges: [
        ...graph.edges,
        { id: "fb1", source: b.id, target: a.id, evidence: "weak", feedbackLoop: true },
      ],
    };
    const ok = await owner.request("PUT", url, { graph: loop, revision });
    expect(ok.status).toBe(200);
  });

  it("links outcomes to stakeholders, refuses stale revisions, versions and diffs", async () => {
    const state = await json(await owner.get(url));
    const outcome = state.graph.nodes.find((n: any) => n.type === "outcome_short");
    const linked = {
      ...state.graph,
      nodes: state.graph.nodes.map((n: any) =>
        n.id === outcome.id
          ? {
              ...n,
              stakeholderIds: [stakeholderId],
              comments: [{ author: "Claire", text: "À vérifier avec le CD", at: "2026-11-24" }],
            }
          : n,
      ),
    };
    const saved = await json(await owner.request("PUT", url, { graph: linked, revision: state.revision }));
    expect(saved.revision).toBe(state.revision + 1);
    const stale = await owner.request(
      "PUT",
      url,
      { graph: linked, revision: state.revision },
      { "accept-language": "fr" },
    );
    expect(stale.status).toBe(409);
    expect((await json(stale)).detail).toContain(`version ${state.revision + 1}`);
    const ghost = await owner.request("PUT", url, {
      graph: {
        ...linked,
        nodes: linked.nodes.map((n: any) => (n.id === outcome.id ? { ...n, stakeholderIds: ["nobody"] } : n)),
      },
      revision: saved.revision,
    });
    expect((await json(ghost)).code).toBe("TOC_UNKNOWN_STAKEHOLDER");

    const v1 = await json(await owner.post(`${url}/versions`, { label: "Validée en comité" }));
    expect(v1).toMatchObject({ number: 1, label: "Validée en comité", nodes: linked.nodes.length });
    const changed = {
      nodes: [
        ...linked.nodes.map((n: any) => (n.id === outcome.id ? { ...n, label: "Confiance retrouvée" } : n)),
        { id: "new_need", type: "need", label: "Mobilité", stakeholderIds: [], comments: [] },
      ],
      edges: linked.edges,
    };
    await owner.request("PUT", url, { graph: changed, revision: saved.revision });
    const diff = await json(await viewer.get(`${url}/diff?from=${v1.id}&to=current`));
    expect(diff.nodes.added.map((n: any) => n.id)).toEqual(["new_need"]);
    expect(diff.nodes.changed).toEqual([expect.objectContaining({ fields: ["label"] })]);
    expect(diff.summary.fr).toContain("ajouté");
    const versions = await json(await viewer.get(`${url}/versions`));
    expect(versions.map((v: any) => v.number)).toEqual([1]);
    const frozen = await json(await viewer.get(`${url}/versions/${v1.id}`));
    expect(frozen.graph.nodes.find((n: any) => n.id === outcome.id).label).toBe(outcome.label);
  });

  it("exports SVG and JSON", async () => {
    const svg = await viewer.request("GET", `${url}/export?format=svg`, undefined, {
      "accept-language": "en",
    });
    expect(svg.headers.get("content-type")).toContain("image/svg+xml");
    const text = await svg.text();
    expect(text).toMatch(/^<\?xml|^<svg/);
    expect(text).toContain("Confiance retrouvée");
    expect(text).toContain("Short-term outcomes");
    const file = await json(await viewer.get(`${url}/export?format=json`));
    expect(file.format).toBe("ricochet-theory-of-change");
    expect(file.graph.nodes.some((n: any) => n.id === "new_need")).toBe(true);
  });
});
