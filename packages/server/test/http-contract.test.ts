import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, json, ORIGIN, STRONG_PASSWORD, type TestApp } from "./helpers/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: "2048" });
});
afterAll(() => t.close());

const anon = () => t.anonymous();

describe("accounts", () => {
  it("refuses a weak password with the reasons, in French by default and in English on request", async () => {
    const fr = await anon().post("/api/auth/sign-up/email", {
      name: "A",
      email: "weak@example.org",
      password: "abc",
    });
    expect(fr.status).toBe(400);
    expect(fr.headers.get("content-type")).toContain("application/problem+json");
    const body = await json(fr);
    expect(body.code).toBe("WEAK_PASSWORD");
    expect(body.title).toContain("au moins 10 caractères");
    const en = await anon().request(
      "POST",
      "/api/auth/sign-up/email",
      { name: "A", email: "weak@example.org", password: "abcdefghijkl" },
      { "accept-language": "en-GB" },
    );
    expect((await json(en)).title).toContain("at least three kinds of characters");
    const cookie = await anon().request(
      "POST",
      "/api/auth/sign-up/email",
      { name: "A", email: "weak@example.org", password: "abc" },
      { cookie: "ricochet_lang=en" },
    );
    expect((await json(cookie)).title).toContain("Password too weak");
  });

  it("refuses a duplicate e-mail and keeps one account", async () => {
    await t.signUp("Alice", "alice@example.org");
    const again = await anon().post("/api/auth/sign-up/email", {
      name: "Alice bis",
      email: "alice@example.org",
      password: STRONG_PASSWORD,
    });
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect((await json(again)).code).toBe("EMAIL_TAKEN");
  });

  it("signs in and out", async () => {
    await t.signUp("Bob", "bob@example.org");
    const wrong = await anon().post("/api/auth/sign-in/email", {
      email: "bob@example.org",
      password: "Wrong-password-1",
    });
    expect(wrong.status).toBe(401);
    expect((await json(wrong)).code).toBe("INVALID_CREDENTIALS");
    const ok = await anon().post("/api/auth/sign-in/email", {
      email: "bob@example.org",
      password: STRONG_PASSWORD,
    });
    expect(ok.status).toBe(200);
    const setCookies = ok.headers.getSetCookie();
    const tokenCookie = setCookies.find((c) => c.startsWith("ricochet.session_token="));
    expect(tokenCookie).toMatch(/HttpOnly/i);
    expect(tokenCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookies.map((c) => c.split(";")[0]).join("; ");
    const me = await anon().request("GET", "/api/v1/me", undefined, { cookie });
    expect((await json(me)).email).toBe("bob@example.org");
    const out = await anon().request("POST", "/api/auth/sign-out", {}, { cookie });
    expect(out.status).toBe(200);
  });

  it("answers 401 without a session", async () => {
    const response = await anon().get("/api/v1/organisations");
    expect(response.status).toBe(401);
    expect((await json(response)).code).toBe("UNAUTHENTICATED");
  });

  it("updates my name and language", async () => {
    const carol = await t.signUp("Carol");
    expect((await carol.patch("/api/v1/me", { locale: "en", name: "Carol B." })).status).toBe(204);
    const me = await json(await carol.get("/api/v1/me"));
    expect(me).toMatchObject({ name: "Carol B.", locale: "en" });
    const bad = await carol.patch("/api/v1/me", { locale: "de" });
    expect(bad.status).toBe(400);
  });
});

describe("request hygiene", () => {
  it("validates bodies with one message per field, in the request's language", async () => {
    const dan = await t.signUp("Dan");
    const response = await dan.request(
      "POST",
      "/api/v1/organisations",
      { name: "", kind: "castle" },
      {
        "accept-language": "fr",
      },
    );
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.code).toBe("VALIDATION_FAILED");
    expect(body.errors.map((e: any) => e.path).sort()).toEqual(["kind", "name"]);
    expect(body.errors.every((e: any) => e.message.length > 0)).toBe(true);
  });

  it("rejects malformed JSON, non-JSON bodies and oversized bodies", async () => {
    const erin = await t.signUp("Erin");
    const malformed = await erin.request("POST", "/api/v1/organisations", undefined, {
      "content-type": "application/json",
    });
    expect([400]).toContain(malformed.status);
    const form = await erin.request("POST", "/api/v1/organisations", undefined, {
      "content-type": "application/x-www-form-urlencoded",
      "content-length": "9",
    });
    expect(form.status).toBe(415);
    const big = await erin.post("/api/v1/organisations", { name: "x".repeat(5000), kind: "structure" });
    expect(big.status).toBe(413);
    expect((await json(big)).code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses cross-site state changes (CSRF)", async () => {
    const frank = await t.signUp("Frank");
    const cross = await frank.request(
      "POST",
      "/api/v1/organisations",
      { name: "Piège", kind: "structure" },
      {
        origin: "https://evil.example",
      },
    );
    expect(cross.status).toBe(403);
    expect((await json(cross)).code).toBe("CSRF_REJECTED");
    const site = await frank.request(
      "POST",
      "/api/v1/organisations",
      { name: "Piège", kind: "structure" },
      {
        origin: ORIGIN,
        "sec-fetch-site": "cross-site",
      },
    );
    expect(site.status).toBe(403);
    expect(await json(await frank.get("/api/v1/organisations"))).toEqual([]);
  });

  it("sets secure headers and serves health and the OpenAPI document", async () => {
    const health = await t.app.request("/api/health");
    expect(await health.json()).toEqual({ status: "ok", database: "ok" });
    expect(health.headers.get("x-content-type-options")).toBe("nosniff");
    expect(health.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const doc = await json(await t.app.request("/api/openapi.json"));
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/organisations/{orgId}/tree");
    const missing = await t.app.request("/api/v1/nothing-here");
    expect(missing.status).toBe(404);
    expect((await json(missing)).code).toBe("NOT_FOUND");
  });
});

describe("sign-in rate limiting", () => {
  it("blocks repeated sign-in attempts from one address with a clear message", async () => {
    const limited = await createTestApp({ SIGN_IN_RATE_LIMIT: "3" });
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 5; i++) {
        last = await limited
          .anonymous()
          .post("/api/auth/sign-in/email", { email: "nobody@example.org", password: "Wrong-password-1" });
        statuses.push(last.status);
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.at(-1)).toBe(429);
      const body = await json(last!);
      expect(body.code).toBe("RATE_LIMITED");
      expect(body.title).toMatch(/Trop de tentatives/);
    } finally {
      await limited.close();
    }
  });
});
