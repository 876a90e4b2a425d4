import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config/config.ts";

describe("configuration", () => {
  it("has zero-setup defaults", () => {
    const config = loadConfig({ DATA_DIR: "/tmp/ricochet-config-test" });
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBe("/tmp/ricochet-config-test/pglite");
    expect(config.publicUrl).toBe("http://localhost:3000");
    expect(config.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: "/tmp/ricochet-config-test" }).authSecret).toBe(config.authSecret);
  });

  it("switches to PostgreSQL with DATABASE_URL and to secure cookies behind https", () => {
    const config = loadConfig({
      DATABASE_URL: "postgres://u:p@db:5432/ricochet",
      PUBLIC_URL: "https://impact.example.org",
      AUTH_SECRET: "s".repeat(40),
    });
    expect(config.databaseUrl).toBe("postgres://u:p@db:5432/ricochet");
    expect(config.secureCookies).toBe(true);
    expect(config.trustedOrigins).toEqual(["https://impact.example.org"]);
  });

  it("names every bad value", () => {
    try {
      loadConfig({ PORT: "http", DATABASE_URL: "mysql://x", PUBLIC_URL: "nope" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain("PORT");
      expect(message).toContain("DATABASE_URL");
      expect(message).toContain("PUBLIC_URL");
    }
  });

  it("requires a secret in production", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET/);
  });
});
