import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, json, type TestApp } from "./helpers/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("smoke", () => {
  it("signs up, creates an organisation, lists it", async () => {
    const alice = await t.signUp("Alice Martin");
    const created = await alice.post("/api/v1/organisations", {
      name: "Coopérative Élan",
      kind: "structure",
    });
    expect(created.status).toBe(201);
    const org = await json(created);
    expect(org.slug).toBe("cooperative-elan");
    const list = await json(await alice.get("/api/v1/organisations"));
    expect(list.map((o: any) => o.name)).toEqual(["Coopérative Élan"]);
    const health = await t.app.request("/api/health");
    expect(health.status).toBe(200);
  });
});
