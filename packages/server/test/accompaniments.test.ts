import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, json, type TestApp } from "./helpers/test-app.ts";

let t: TestApp;
let incubatorOwner: Client;
let structureOwner: Client;
let incubatorId: string;
let structureId: string;
beforeAll(async () => {
  t = await createTestApp();
  incubatorOwner = await t.signUp("Nadia Haddad");
  structureOwner = await t.signUp("Julien Fabre");
  incubatorId = (
    await json(
      await incubatorOwner.post("/api/v1/organisations", {
        name: "Incubateur Tremplin",
        kind: "support_organisation",
      }),
    )
  ).id;
  structureId = (
    await json(
      await structureOwner.post("/api/v1/organisations", { name: "Épicerie Le Panier", kind: "structure" }),
    )
  ).id;
});
afterAll(() => t.close());

describe("accompaniment of a cohort, with the structure's consent", () => {
  it("a structure asks, the incubator takes it into a cohort; both see it; the structure can withdraw", async () => {
    const directory = await json(await structureOwner.get("/api/v1/directory?q=tremplin"));
    expect(directory).toEqual([expect.objectContaining({ id: incubatorId, kind: "support_organisation" })]);
    const requested = await structureOwner.post(`/api/v1/organisations/${structureId}/accompaniments`, {
      supportOrganisationId: incubatorId,
      message: "Nous voulons mesurer notre impact.",
    });
    expect(requested.status).toBe(201);
    const request = await json(requested);
    expect(request).toMatchObject({ status: "requested", consented: true });
    const twice = await structureOwner.post(`/api/v1/organisations/${structureId}/accompaniments`, {
      supportOrganisationId: incubatorId,
    });
    expect((await json(twice)).code).toBe("ACCOMPANIMENT_EXISTS");

    const incoming = await json(
      await incubatorOwner.get(`/api/v1/organisations/${incubatorId}/accompaniments`),
    );
    expect(incoming).toEqual([expect.objectContaining({ id: request.id, status: "requested" })]);
    const missingCohort = await incubatorOwner.post(
      `/api/v1/organisations/${incubatorId}/accompaniments/${request.id}/decision`,
      { decision: "accept", startsOn: "2026-01-15" },
    );
    expect(missingCohort.status).toBe(400);
    const accepted = await incubatorOwner.post(
      `/api/v1/organisations/${incubatorId}/accompaniments/${request.id}/decision`,
      { decision: "accept", cohort: "Promotion 2026", startsOn: "2026-01-15", endsOn: "2027-01-14" },
    );
    expect(await json(accepted)).toMatchObject({ status: "active", cohort: "Promotion 2026" });

    // The incubator follows the structure but has no role in it: no member list, no audit.
    expect((await incubatorOwner.get(`/api/v1/organisations/${structureId}/members`)).status).toBe(404);

    const ended = await structureOwner.post(
      `/api/v1/organisations/${structureId}/accompaniments/${request.id}/end`,
    );
    expect(await json(ended)).toMatchObject({ status: "ended", consented: false });
    const again = await structureOwner.post(
      `/api/v1/organisations/${structureId}/accompaniments/${request.id}/end`,
    );
    expect((await json(again)).code).toBe("ACCOMPANIMENT_NOT_OPEN");
    const log = await json(await structureOwner.get(`/api/v1/organisations/${structureId}/audit-events`));
    expect(log.events.map((e: any) => e.action).slice(0, 3)).toEqual([
      "accompaniment.consent_withdrawn",
      "accompaniment.accepted",
      "accompaniment.requested",
    ]);
  });

  it("refuses an organisation that is not a support organisation, and a decline closes the request", async () => {
    const network = await json(
      await incubatorOwner.post("/api/v1/organisations", { name: "Un réseau", kind: "network" }),
    );
    const wrong = await structureOwner.post(`/api/v1/organisations/${structureId}/accompaniments`, {
      supportOrganisationId: network.id,
    });
    expect((await json(wrong)).code).toBe("NOT_A_SUPPORT_ORGANISATION");
    const request = await json(
      await structureOwner.post(`/api/v1/organisations/${structureId}/accompaniments`, {
        supportOrganisationId: incubatorId,
      }),
    );
    const declined = await incubatorOwner.post(
      `/api/v1/organisations/${incubatorId}/accompaniments/${request.id}/decision`,
      { decision: "decline" },
    );
    expect((await json(declined)).status).toBe("declined");
    const late = await incubatorOwner.post(
      `/api/v1/organisations/${incubatorId}/accompaniments/${request.id}/decision`,
      { decision: "accept", cohort: "Trop tard", startsOn: "2026-02-01" },
    );
    expect(late.status).toBe(409);
  });

  it("members who are not administrators see only current accompaniments", async () => {
    const inv = await json(
      await structureOwner.post(`/api/v1/organisations/${structureId}/invitations`, { role: "viewer" }),
    );
    const viewer = await t.signUp("Lecteur");
    await viewer.post(`/api/v1/invitations/${inv.token}/accept`);
    const seen = await json(await viewer.get(`/api/v1/organisations/${structureId}/accompaniments`));
    expect(seen.every((a: any) => a.status === "active")).toBe(true);
    const ask = await viewer.post(`/api/v1/organisations/${structureId}/accompaniments`, {
      supportOrganisationId: incubatorId,
    });
    expect(ask.status).toBe(403);
  });
});
