import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, json, type TestApp } from "./helpers/test-app.ts";

let t: TestApp;
let coach: Client;
let coachViewer: Client;
let founder: Client;
let incubatorId: string;
let structureId: string;
let accompanimentId: string;
let evaluationId: string;

beforeAll(async () => {
  t = await createTestApp();
  coach = await t.signUp("Nadia Coach");
  coachViewer = await t.signUp("Stagiaire Incubateur");
  founder = await t.signUp("Julien Fondateur");
  incubatorId = (
    await json(
      await coach.post("/api/v1/organisations", { name: "Incubateur Élan", kind: "support_organisation" }),
    )
  ).id;
  const invite = await json(
    await coach.post(`/api/v1/organisations/${incubatorId}/invitations`, { role: "viewer" }),
  );
  await coachViewer.post(`/api/v1/invitations/${invite.token}/accept`);
  structureId = (
    await json(await founder.post("/api/v1/organisations", { name: "Épicerie Vrac", kind: "structure" }))
  ).id;
  const request = await json(
    await founder.post(`/api/v1/organisations/${structureId}/accompaniments`, {
      supportOrganisationId: incubatorId,
    }),
  );
  accompanimentId = request.id;
  await coach.post(`/api/v1/organisations/${incubatorId}/accompaniments/${request.id}/decision`, {
    decision: "accept",
    cohort: "Promotion 2026",
    startsOn: "2026-01-15",
  });
  const evaluation = await json(
    await founder.post(`/api/v1/organisations/${structureId}/evaluations`, { title: "Impact du vrac" }),
  );
  evaluationId = evaluation.id;
  const base = `/api/v1/organisations/${structureId}/evaluations/${evaluationId}`;
  await founder.post(`${base}/stakeholders`, { name: "Mme Dupont (cliente)", category: "beneficiaries" });
  await founder.post(`${base}/theory-of-change/template`, { templateKey: "rural-services", revision: 0 });
  await founder.patch(`${base}/steps/scope`, { status: "done" });
});
afterAll(() => t.close());

describe("coaching a cohort", () => {
  it("shows each consenting structure's progress and deliverables, never its people", async () => {
    const response = await coachViewer.get(`/api/v1/organisations/${incubatorId}/cohort`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain("Dupont");
    const cohort = JSON.parse(text);
    expect(cohort).toEqual([
      expect.objectContaining({
        name: "Épicerie Vrac",
        cohort: "Promotion 2026",
        evaluations: [
          expect.objectContaining({
            title: "Impact du vrac",
            doneCount: 1,
            currentStep: "stakeholders",
            deliverables: {
              theoryOfChange: expect.objectContaining({ nodes: expect.any(Number), versions: 0 }),
              framework: expect.objectContaining({ indicators: 0 }),
            },
          }),
        ],
      }),
    ]);
    expect(cohort[0].evaluations[0].deliverables.theoryOfChange.nodes).toBeGreaterThan(10);
    const svg = await coachViewer.get(
      `/api/v1/organisations/${incubatorId}/cohort/${structureId}/evaluations/${evaluationId}/theory-of-change.svg`,
    );
    expect(svg.status).toBe(200);
    expect(await svg.text()).toContain("<svg");
    // The coach still has no role in the structure itself.
    expect((await coach.get(`/api/v1/organisations/${structureId}/evaluations`)).status).toBe(404);
  });

  it("sees nothing once the structure withdraws its consent", async () => {
    await founder.post(`/api/v1/organisations/${structureId}/accompaniments/${accompanimentId}/end`);
    expect(await json(await coach.get(`/api/v1/organisations/${incubatorId}/cohort`))).toEqual([]);
    const svg = await coach.get(
      `/api/v1/organisations/${incubatorId}/cohort/${structureId}/evaluations/${evaluationId}/theory-of-change.svg`,
    );
    expect(svg.status).toBe(404);
  });
});
