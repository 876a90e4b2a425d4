import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, json, type TestApp } from "./helpers/test-app.ts";

let t: TestApp;
let owner: Client;
let viewer: Client;
let orgId: string;
beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp("Inès Moreau");
  viewer = await t.signUp("Paul Viewer");
  orgId = (
    await json(await owner.post("/api/v1/organisations", { name: "Chantier Rebond", kind: "structure" }))
  ).id;
  const invitation = await json(
    await owner.post(`/api/v1/organisations/${orgId}/invitations`, { role: "viewer" }),
  );
  await viewer.post(`/api/v1/invitations/${invitation.token}/accept`);
});
afterAll(() => t.close());

const base = () => `/api/v1/organisations/${orgId}/evaluations`;

describe("evaluations and the guided path", () => {
  it("creates an evaluation that opens on step 1 and lists it with its progress", async () => {
    const created = await owner.post(base(), { title: "Impact du chantier 2026", subjectKind: "programme" });
    expect(created.status).toBe(201);
    const evaluation = await json(created);
    expect(evaluation.currentStep).toBe("scope");
    expect(evaluation.steps.map((s: any) => s.status)).toEqual([
      "in_progress",
      "not_started",
      "not_started",
      "not_started",
      "not_started",
      "not_started",
      "not_started",
    ]);
    const list = await json(await viewer.get(base()));
    expect(list).toEqual([
      expect.objectContaining({ id: evaluation.id, doneCount: 0, currentStep: "scope" }),
    ]);
    expect((await viewer.post(base(), { title: "Pas le droit" })).status).toBe(403);
  });

  it("saves step 1 with questions kept by id, validates the period, and reopens a done step", async () => {
    const evaluation = await json(await owner.post(base(), { title: "Cadrage complet" }));
    const url = `${base()}/${evaluation.id}`;
    const scoped = await json(
      await owner.patch(url, {
        subject: "Le chantier d'insertion bâtiment",
        purposes: ["improve", "demonstrate"],
        audiences: ["Conseil départemental", "Salariés en insertion"],
        periodStart: "2026-01-01",
        periodEnd: "2026-12-31",
        territory: "Métropole de Lyon",
        steeringCommittee: [{ name: "Claire Dubois", role: "Directrice" }],
        questions: [
          { text: "Le chantier favorise-t-il l'accès à l'emploi durable ?" },
          { text: "À quel coût ?" },
        ],
      }),
    );
    expect(scoped.questions.map((q: any) => q.text)).toEqual([
      "Le chantier favorise-t-il l'accès à l'emploi durable ?",
      "À quel coût ?",
    ]);
    const [first, second] = scoped.questions;
    const reordered = await json(
      await owner.patch(url, { questions: [second, { id: first.id, text: "Accès à l'emploi durable ?" }] }),
    );
    expect(reordered.questions).toEqual([
      second,
      { id: first.id, text: "Accès à l'emploi durable ?", network: null },
    ]);
    expect(reordered.territory).toBe("Métropole de Lyon");

    const badPeriod = await owner.request(
      "PATCH",
      url,
      { periodEnd: "2025-01-01" },
      { "accept-language": "en" },
    );
    expect(badPeriod.status).toBe(400);
    expect((await json(badPeriod)).errors[0]).toEqual({
      path: "periodEnd",
      message: "The end of the period is before its start.",
    });
    const unknownQuestion = await owner.patch(url, { questions: [{ id: "nope", text: "Une question ?" }] });
    expect((await json(unknownQuestion)).code).toBe("EVALUATION_ITEM_NOT_FOUND");

    const done = await json(await owner.patch(`${url}/steps/scope`, { status: "done", checked: [] }));
    expect(done.currentStep).toBe("stakeholders");
    expect(done.steps[0]).toMatchObject({ status: "done", completedAt: expect.any(String) });
    const reopened = await json(await owner.patch(`${url}/steps/scope`, { status: "in_progress" }));
    expect(reopened.steps[0]).toMatchObject({
      status: "in_progress",
      completedAt: null,
      reopenedAt: expect.any(String),
    });
    expect(reopened.currentStep).toBe("scope");

    const badItem = await owner.request(
      "PATCH",
      `${url}/steps/scope`,
      { checked: ["made_up"] },
      { "accept-language": "fr" },
    );
    expect(badItem.status).toBe(400);
    expect((await json(badItem)).detail).toContain("made_up");
    expect((await owner.patch(`${url}/steps/nowhere`, { status: "done" })).status).toBe(400);

    const audit = await json(await owner.get(`/api/v1/organisations/${orgId}/audit-events`));
    const actions = audit.events.map((e: any) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "evaluation.created",
        "evaluation.scope_updated",
        "evaluation.step_done",
        "evaluation.step_reopened",
      ]),
    );
  });

  it("only admins delete an evaluation", async () => {
    const evaluation = await json(await owner.post(base(), { title: "À supprimer" }));
    expect((await viewer.delete(`${base()}/${evaluation.id}`)).status).toBe(403);
    expect((await owner.delete(`${base()}/${evaluation.id}`)).status).toBe(204);
    expect((await owner.get(`${base()}/${evaluation.id}`)).status).toBe(404);
  });
});

describe("stakeholders and the extended value chain", () => {
  it("records contributions and computes the matrix and the totals to the cent", async () => {
    const evaluation = await json(await owner.post(base(), { title: "Chaîne de valeur" }));
    const url = `${base()}/${evaluation.id}`;
    await owner.post(`${url}/stakeholders`, {
      name: "Salariés en insertion",
      category: "beneficiaries",
      estimatedSize: 24,
      involvement: "involved",
      expectedChanges: "Retrouver un emploi durable",
    });
    await owner.post(`${url}/stakeholders`, { name: "Bénévoles", category: "volunteers" });
    const chain0 = await json(
      await owner.post(`${url}/stakeholders`, { name: "Département", category: "funders" }),
    );
    const dup = await owner.request(
      "POST",
      `${url}/stakeholders`,
      { name: "bénévoles", category: "volunteers" },
      { "accept-language": "fr" },
    );
    expect(dup.status).toBe(409);
    expect((await json(dup)).detail).toBe("« bénévoles » existe déjà dans cette évaluation.");
    await owner.post(`${url}/activities`, { name: "Chantier bâtiment" });
    let chain = await json(
      await owner.post(`${url}/activities`, { name: "Accompagnement socio-professionnel" }),
    );
    const [, volunteers, department] = chain0.stakeholders;
    const [site, support] = chain.activities;

    await owner.post(`${url}/contributions`, {
      stakeholderId: department.id,
      activityId: site.id,
      kind: "money",
      amount: "45000",
    });
    await owner.post(`${url}/contributions`, {
      stakeholderId: volunteers.id,
      activityId: support.id,
      kind: "volunteer_time",
      hours: "12.5",
      hourlyValue: "11,65",
    });
    chain = await json(
      await owner.post(`${url}/contributions`, {
        stakeholderId: volunteers.id,
        activityId: site.id,
        kind: "in_kind",
        amount: 1200.1,
        valueSource: "Devis du fournisseur",
        description: "Outillage prêté",
      }),
    );
    // 12.5 h × 11.65 € = 145.625 € → 145.63 €
    expect(chain.contributions.map((c: any) => c.value)).toEqual(["45000.00", "145.63", "1200.10"]);
    expect(chain.chain.total).toBe("46345.73");
    expect(chain.chain.hours).toBe("12.50");
    expect(chain.chain.byKind).toEqual({
      money: "45000.00",
      volunteer_time: "145.63",
      staff_time: "0.00",
      in_kind: "1200.10",
    });
    expect(chain.chain.byStakeholder.find((s: any) => s.stakeholderId === volunteers.id).value).toBe(
      "1345.73",
    );
    expect(chain.chain.byActivity.find((a: any) => a.activityId === site.id).value).toBe("46200.10");
    expect(chain.chain.cells).toHaveLength(3);

    const missing = await owner.request(
      "POST",
      `${url}/contributions`,
      { stakeholderId: volunteers.id, activityId: site.id, kind: "in_kind", amount: "10" },
      { "accept-language": "en" },
    );
    expect(await json(missing)).toMatchObject({
      code: "VALIDATION_FAILED",
      errors: [{ path: "valueSource", message: "Required for in-kind." }],
    });
    const other = await json(await owner.post(base(), { title: "Autre évaluation" }));
    const foreign = await owner.post(`${url}/contributions`, {
      stakeholderId: volunteers.id,
      activityId: site.id,
      kind: "money",
      amount: "1",
    });
    expect(foreign.status).toBe(201);
    const crossEvaluation = await owner.post(`${base()}/${other.id}/contributions`, {
      stakeholderId: volunteers.id,
      activityId: site.id,
      kind: "money",
      amount: "1",
    });
    expect((await json(crossEvaluation)).code).toBe("EVALUATION_ITEM_NOT_FOUND");

    // Changing the kind drops the fields of the old kind.
    const contribution = chain.contributions[1];
    const changed = await json(
      await owner.request("PUT", `${url}/contributions/${contribution.id}`, {
        stakeholderId: volunteers.id,
        activityId: support.id,
        kind: "money",
        amount: "100",
        hours: "3",
      }),
    );
    expect(changed.contributions.find((c: any) => c.id === contribution.id)).toMatchObject({
      kind: "money",
      hours: null,
      hourlyValue: null,
      value: "100.00",
    });

    const afterDelete = await json(await owner.delete(`${url}/stakeholders/${volunteers.id}`));
    expect(afterDelete.stakeholders).toHaveLength(2);
    expect(afterDelete.contributions.map((c: any) => c.value)).toEqual(["45000.00"]);
    expect(afterDelete.chain.total).toBe("45000.00");
    const detail = await json(await viewer.get(url));
    expect(detail.counts).toEqual({ stakeholders: 2, activities: 2, contributions: 1 });
    expect((await viewer.post(`${url}/activities`, { name: "Interdit" })).status).toBe(403);
  });
});
