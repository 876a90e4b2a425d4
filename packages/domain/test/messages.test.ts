import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, checkPassword, ERROR_CODES, negotiateLocale, parseInput, slugify } from "../src/index.ts";

describe("locale negotiation", () => {
  it("prefers French, honours quality values", () => {
    expect(negotiateLocale(undefined)).toBe("fr");
    expect(negotiateLocale("de-DE,de;q=0.9")).toBe("fr");
    expect(negotiateLocale("en-GB,en;q=0.9,fr;q=0.8")).toBe("en");
    expect(negotiateLocale("de;q=0.9,fr;q=0.5,en;q=0.7")).toBe("en");
  });
});

describe("error messages", () => {
  it("has a French and an English message for every code", () => {
    for (const [code, def] of Object.entries(ERROR_CODES)) {
      expect(def.message.fr, code).not.toBe("");
      expect(def.message.en, code).not.toBe("");
      expect(def.message.fr, code).not.toBe(def.message.en);
    }
  });

  it("localises bilingual parameters", () => {
    const error = new AppError("WEAK_PASSWORD", { reasons: checkPassword("abc").reasons });
    expect(error.describe("fr")).toContain("au moins 10 caractères");
    expect(error.describe("en")).toContain("at least 10 characters");
    expect(error.message).toContain("at least 10 characters");
  });

  it("turns zod issues into bilingual field issues", () => {
    try {
      parseInput(z.object({ name: z.string().min(2) }), { name: "x" });
      expect.unreachable();
    } catch (error) {
      const e = error as AppError;
      expect(e.code).toBe("VALIDATION_FAILED");
      expect(e.issues[0]?.path).toBe("name");
      expect(e.issues[0]?.message.fr).toMatch(/trop petit|caractères/i);
      expect(e.issues[0]?.message.en).toMatch(/too small|characters/i);
    }
  });
});

describe("password policy", () => {
  it("accepts a long varied password", () => {
    expect(checkPassword("Correct-Horse-42", "alice@example.org").ok).toBe(true);
  });
  it("refuses short, monotonous, common or e-mail-based passwords", () => {
    expect(checkPassword("Ab1!").ok).toBe(false);
    expect(checkPassword("abcdefghijklmnop").ok).toBe(false);
    expect(checkPassword("Password1234").ok).toBe(false);
    expect(checkPassword("azertyuiop").ok).toBe(false);
    expect(checkPassword("Alice-Martin-99", "alice@example.org").ok).toBe(false);
  });
});

describe("slugs", () => {
  it("makes readable ASCII identifiers", () => {
    expect(slugify("Coopérative Élan 26 — Drôme")).toBe("cooperative-elan-26-drome");
    expect(slugify("   ")).toBe("");
  });
});
