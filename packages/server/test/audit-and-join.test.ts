import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, json, type TestApp } from "./helpers/test-app.ts";

let t: TestApp;
let networkOwner: Client;
let networkId: string;
beforeAll(async () => {
  t = await createTestApp();
  networkOwner = await t.signUp("Camille Martin");
  networkId = (
    await json(await networkOwner.post("/api/v1/organisations", { name: "Fédération", kind: "network" }))
  ).id;
});
afterAll(() => t.close());

describe("join requests", () => {
  it("a structure asks to join; the network accepts and the structure moves under it", async () => {
    const structureOwner = await t.signUp("Sophie Lambert");
    const org = await json(
      await structureOwner.post("/api/v1/organisations", { name: "CAE Garonne", kind: "structure" }),
    );
    await structureOwner.post("/api/v1/organisations", {
      name: "Antenne",
      kind: "establishment",
      parentId: org.id,
    });
    const directory = await json(await structureOwner.get("/api/v1/directory?q=fédé"));
    expect(directory).toEqual([expect.objectContaining({ id: networkId })]);
    const sent = await structureOwner.post(`/api/v1/organisations/${org.id}/join-requests`, {
      targetOrganisationId: networkId,
      message: "Nous souhaitons rejoindre la fédération.",
    });
    expect(sent.status).toBe(201);
    const twice = await structureOwner.post(`/api/v1/organisations/${org.id}/join-requests`, {
      targetOrganisationId: networkId,
    });
    expect((await json(twice)).code).toBe("JOIN_REQUEST_PENDING");
    const lists = await json(await networkOwner.get(`/api/v1/organisations/${networkId}/join-requests`));
    expect(lists.incoming).toHaveLength(1);
    const requestId = lists.incoming[0].id;
    const decided = await networkOwner.post(
      `/api/v1/organisations/${networkId}/join-requests/${requestId}/decision`,
      {
        decision: "accept",
      },
    );
    expect((await json(decided)).status).toBe("accepted");
    const tree = await json(await networkOwner.get(`/api/v1/organisations/${networkId}/tree`));
    expect(tree.nodes.map((n: any) => n.name).sort()).toEqual(["Antenne", "CAE Garonne", "Fédération"]);
    const again = await networkOwner.post(
      `/api/v1/organisations/${networkId}/join-requests/${requestId}/decision`,
      {
        decision: "reject",
      },
    );
    expect((await json(again)).code).toBe("JOIN_REQUEST_ALREADY_DECIDED");
    const outgoing = await json(await structureOwner.get(`/api/v1/organisations/${org.id}/join-requests`));
    expect(outgoing.outgoing[0].status).toBe("accepted");
  });

  it("a rejected request leaves the tree untouched", async () => {
    const owner = await t.signUp("Thomas Roux");
    const org = await json(
      await owner.post("/api/v1/organisations", { name: "Cévennes", kind: "structure" }),
    );
    const sent = await json(
      await owner.post(`/api/v1/organisations/${org.id}/join-requests`, { targetOrganisationId: networkId }),
    );
    await networkOwner.post(`/api/v1/organisations/${networkId}/join-requests/${sent.id}/decision`, {
      decision: "reject",
    });
    const after = await json(await owner.get(`/api/v1/organisations/${org.id}`));
    expect(after.parentId).toBeNull();
  });
});

describe("audit log", () => {
  it("records every write with who, what, when and a summary, newest first, paginated", async () => {
    const org = await json(
      await networkOwner.post("/api/v1/organisations", { name: "Audité", kind: "structure" }),
    );
    await networkOwner.patch(`/api/v1/organisations/${org.id}`, { territory: "Ardèche (07)" });
    const inv = await json(
      await networkOwner.post(`/api/v1/organisations/${org.id}/invitations`, { role: "viewer" }),
    );
    const guest = await t.signUp("Invité");
    await guest.post(`/api/v1/invitations/${inv.token}/accept`);
    const members = await json(await networkOwner.get(`/api/v1/organisations/${org.id}/members`));
    const guestMember = members.find((m: any) => m.userId === guest.userId);
    await networkOwner.patch(`/api/v1/organisations/${org.id}/members/${guestMember.id}`, {
      role: "contributor",
    });
    await networkOwner.post(`/api/v1/organisations/${org.id}/move`, { parentId: networkId });

    const page = await json(await networkOwner.get(`/api/v1/organisations/${org.id}/audit-events?limit=3`));
    expect(page.events.map((e: any) => e.action)).toEqual([
      "organisation.moved",
      "member.role_changed",
      "invitation.accepted",
    ]);
    expect(page.events[1]).toMatchObject({
      actorLabel: "Camille Martin",
      summary: { from: "viewer", to: "contributor", memberName: "Invité" },
    });
    expect(page.events[2].actorLabel).toBe("Invité");
    const rest = await json(
      await networkOwner.get(`/api/v1/organisations/${org.id}/audit-events?before=${page.nextCursor}`),
    );
    expect(rest.events.map((e: any) => e.action)).toEqual([
      "invitation.created",
      "organisation.updated",
      "organisation.created",
    ]);
    expect(rest.events[1].summary.changes.territory).toEqual({ from: null, to: "Ardèche (07)" });
    expect(rest.nextCursor).toBeNull();
    const networkLog = await json(await networkOwner.get(`/api/v1/organisations/${networkId}/audit-events`));
    expect(networkLog.events.map((e: any) => e.action)).toContain("organisation.moved");
    const forbidden = await guest.get(`/api/v1/organisations/${org.id}/audit-events`);
    expect(forbidden.status).toBe(403);
  });

  it("records nothing when a write fails", async () => {
    const org = await json(
      await networkOwner.post("/api/v1/organisations", { name: "Intact", kind: "network" }),
    );
    const before = await json(await networkOwner.get(`/api/v1/organisations/${org.id}/audit-events`));
    await networkOwner.post(`/api/v1/organisations/${org.id}/move`, { parentId: org.id });
    const after = await json(await networkOwner.get(`/api/v1/organisations/${org.id}/audit-events`));
    expect(after.events).toEqual(before.events);
  });
});
