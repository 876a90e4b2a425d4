import { invitations } from "@ricochet/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, json, type TestApp } from "./helpers/test-app.ts";

let t: TestApp;
let owner: Client;
let orgId: string;
beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp("Inès Moreau");
  orgId = (await json(await owner.post("/api/v1/organisations", { name: "CAE Vercors", kind: "structure" })))
    .id;
});
afterAll(() => t.close());

async function invite(role: string, extra: Record<string, unknown> = {}) {
  const response = await owner.post(`/api/v1/organisations/${orgId}/invitations`, { role, ...extra });
  expect(response.status).toBe(201);
  return json(response);
}

async function join(role: string, name: string) {
  const person = await t.signUp(name);
  const inv = await invite(role);
  const accepted = await person.post(`/api/v1/invitations/${inv.token}/accept`);
  expect(accepted.status).toBe(200);
  const members = await json(await owner.get(`/api/v1/organisations/${orgId}/members`));
  const membership = members.find((m: any) => m.userId === person.userId);
  return { person, membershipId: membership.id as string };
}

describe("invitations", () => {
  it("invites by link with a role; the invitee accepts and sees the organisation", async () => {
    const inv = await invite("evaluator");
    expect(inv.link).toBe(`http://localhost:3000/invitations/${inv.token}`);
    const preview = await json(await t.anonymous().get(`/api/v1/invitations/${inv.token}`));
    expect(preview).toMatchObject({ organisationName: "CAE Vercors", role: "evaluator" });
    const lucas = await t.signUp("Lucas Girard");
    const first = await lucas.post(`/api/v1/invitations/${inv.token}/accept`);
    const retry = await lucas.post(`/api/v1/invitations/${inv.token}/accept`);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(await json(retry)).toEqual(await json(first));
    const mine = await json(await lucas.get("/api/v1/organisations"));
    expect(mine).toEqual([expect.objectContaining({ id: orgId, myRole: "evaluator" })]);
    const members = await json(await owner.get(`/api/v1/organisations/${orgId}/members`));
    expect(members.filter((m: any) => m.userId === lucas.userId)).toHaveLength(1);
  });

  it("refuses a used invitation to someone else", async () => {
    const inv = await invite("viewer");
    await (await t.signUp("First")).post(`/api/v1/invitations/${inv.token}/accept`);
    const second = await (await t.signUp("Second")).post(`/api/v1/invitations/${inv.token}/accept`);
    expect(second.status).toBe(409);
    expect((await json(second)).code).toBe("INVITATION_ALREADY_USED");
  });

  it("refuses an expired invitation with its date, in French and in English", async () => {
    const inv = await invite("viewer");
    await t.database.db
      .update(invitations)
      .set({ expiresAt: new Date("2026-01-02T00:00:00Z") })
      .where(eq(invitations.id, inv.id));
    const late = await t.signUp("Late");
    const fr = await late.post(`/api/v1/invitations/${inv.token}/accept`);
    expect(fr.status).toBe(410);
    expect(await json(fr)).toMatchObject({
      code: "INVITATION_EXPIRED",
      title: expect.stringContaining("2026-01-02"),
    });
    const en = await late.request(
      "POST",
      `/api/v1/invitations/${inv.token}/accept`,
      {},
      { "accept-language": "en" },
    );
    expect((await json(en)).title).toContain("expired on 2026-01-02");
    const members = await json(await owner.get(`/api/v1/organisations/${orgId}/members`));
    expect(members.some((m: any) => m.userId === late.userId)).toBe(false);
  });

  it("cancels an invitation, and respects an e-mail restriction", async () => {
    const inv = await invite("viewer");
    expect((await owner.delete(`/api/v1/organisations/${orgId}/invitations/${inv.id}`)).status).toBe(204);
    const revoked = await (await t.signUp("R")).post(`/api/v1/invitations/${inv.token}/accept`);
    expect((await json(revoked)).code).toBe("INVITATION_REVOKED");
    const reserved = await invite("viewer", { email: "reserved@example.org" });
    const wrong = await (await t.signUp("W")).post(`/api/v1/invitations/${reserved.token}/accept`);
    expect(wrong.status).toBe(403);
    expect((await json(wrong)).code).toBe("INVITATION_WRONG_EMAIL");
    const right = await t.signUp("Reserved", "reserved@example.org");
    expect((await right.post(`/api/v1/invitations/${reserved.token}/accept`)).status).toBe(200);
    const list = await json(await owner.get(`/api/v1/organisations/${orgId}/invitations`));
    expect(list.find((i: any) => i.id === inv.id).status).toBe("revoked");
    expect(list.find((i: any) => i.id === reserved.id).status).toBe("accepted");
  });

  it("answers an unknown token with a precise 404", async () => {
    const response = await t.anonymous().get(`/api/v1/invitations/${"x".repeat(43)}`);
    expect(response.status).toBe(404);
    expect((await json(response)).code).toBe("INVITATION_NOT_FOUND");
  });
});

describe("roles", () => {
  it("changes a member's role and removes a member", async () => {
    const { person, membershipId } = await join("viewer", "Aurélie");
    const changed = await owner.patch(`/api/v1/organisations/${orgId}/members/${membershipId}`, {
      role: "contributor",
    });
    expect(await json(changed)).toEqual({ id: membershipId, role: "contributor" });
    expect((await owner.delete(`/api/v1/organisations/${orgId}/members/${membershipId}`)).status).toBe(204);
    expect((await person.get(`/api/v1/organisations/${orgId}`)).status).toBe(404);
  });

  it("never leaves an organisation without an owner", async () => {
    const members = await json(await owner.get(`/api/v1/organisations/${orgId}/members`));
    const mine = members.find((m: any) => m.userId === owner.userId);
    const demote = await owner.patch(`/api/v1/organisations/${orgId}/members/${mine.id}`, { role: "admin" });
    expect(demote.status).toBe(409);
    expect((await json(demote)).code).toBe("LAST_OWNER");
    const leave = await owner.delete(`/api/v1/organisations/${orgId}/members/${mine.id}`);
    expect((await json(leave)).code).toBe("LAST_OWNER");
    const after = await json(await owner.get(`/api/v1/organisations/${orgId}/members`));
    expect(after.find((m: any) => m.userId === owner.userId).role).toBe("owner");
  });

  it("keeps the owner role for owners and permissions by role", async () => {
    const { person: admin } = await join("admin", "Admin");
    const { membershipId: viewerId, person: viewer } = await join("viewer", "Viewer");
    const escalate = await admin.patch(`/api/v1/organisations/${orgId}/members/${viewerId}`, {
      role: "owner",
    });
    expect((await json(escalate)).code).toBe("ROLE_ESCALATION");
    const ownerInvite = await admin.post(`/api/v1/organisations/${orgId}/invitations`, { role: "owner" });
    expect((await json(ownerInvite)).code).toBe("ROLE_ESCALATION");
    const byViewer = await viewer.post(`/api/v1/organisations/${orgId}/invitations`, { role: "viewer" });
    expect(byViewer.status).toBe(403);
    expect((await json(byViewer)).code).toBe("FORBIDDEN");
    const membersForViewer = await viewer.get(`/api/v1/organisations/${orgId}/members`);
    expect(membersForViewer.status).toBe(200);
    const auditForViewer = await viewer.get(`/api/v1/organisations/${orgId}/audit-events`);
    expect(auditForViewer.status).toBe(403);
  });

  it("lets a member leave by themselves", async () => {
    const { person, membershipId } = await join("contributor", "Partant");
    expect((await person.delete(`/api/v1/organisations/${orgId}/members/${membershipId}`)).status).toBe(204);
    expect(await json(await person.get("/api/v1/organisations"))).toEqual([]);
  });
});
