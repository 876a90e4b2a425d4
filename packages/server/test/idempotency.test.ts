import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, json, type TestApp } from "./helpers/test-app.ts";

let t: TestApp;
let alice: Client;
beforeAll(async () => {
  t = await createTestApp();
  alice = await t.signUp("Alice");
});
afterAll(() => t.close());

const withKey = (client: Client, key: string, method: string, path: string, body?: unknown) =>
  client.request(method, path, body, { "idempotency-key": key });

describe("Idempotency-Key", () => {
  it("stores a retried creation once and replays the first answer", async () => {
    const body = { name: "Coopérative Unique", kind: "structure" };
    const first = await withKey(alice, "k-1", "POST", "/api/v1/organisations", body);
    const retry = await withKey(alice, "k-1", "POST", "/api/v1/organisations", body);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await json(retry)).toEqual(await json(first));
    const mine = await json(await alice.get("/api/v1/organisations"));
    expect(mine.filter((o: any) => o.name === "Coopérative Unique")).toHaveLength(1);
  });

  it("refuses the same key for a different request", async () => {
    await withKey(alice, "k-2", "POST", "/api/v1/organisations", { name: "Premier", kind: "structure" });
    const other = await withKey(alice, "k-2", "POST", "/api/v1/organisations", {
      name: "Second",
      kind: "structure",
    });
    expect(other.status).toBe(422);
    expect((await json(other)).code).toBe("IDEMPOTENCY_KEY_REUSED");
  });

  it("keys belong to one person", async () => {
    const bob = await t.signUp("Bob");
    const body = { name: "Même clé", kind: "structure" };
    expect((await withKey(alice, "shared", "POST", "/api/v1/organisations", body)).status).toBe(201);
    const bobs = await withKey(bob, "shared", "POST", "/api/v1/organisations", body);
    expect(bobs.status).toBe(201);
    expect(bobs.headers.get("idempotent-replayed")).toBeNull();
  });

  it("never keeps a one-time invitation token, yet creates the invitation once", async () => {
    const org = await json(await alice.post("/api/v1/organisations", { name: "Secrets", kind: "structure" }));
    const path = `/api/v1/organisations/${org.id}/invitations`;
    const first = await withKey(alice, "inv-1", "POST", path, { role: "viewer" });
    expect(first.status).toBe(201);
    expect(first.headers.get("cache-control")).toBe("no-store");
    const retry = await withKey(alice, "inv-1", "POST", path, { role: "viewer" });
    expect(retry.status).toBe(409);
    expect((await json(retry)).code).toBe("IDEMPOTENCY_REPLAY_UNAVAILABLE");
    expect(await json(await alice.get(path))).toHaveLength(1);
  });

  it("replays refusals too, and lets a new key through", async () => {
    const bad = { name: "", kind: "structure" };
    const first = await withKey(alice, "k-bad", "POST", "/api/v1/organisations", bad);
    const again = await withKey(alice, "k-bad", "POST", "/api/v1/organisations", bad);
    expect(first.status).toBe(400);
    expect(again.status).toBe(400);
  });
});
