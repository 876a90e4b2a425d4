import type { Question } from "@ricochet/domain";
import { describe, expect, it } from "vitest";
import { fromDraft, hasRepeatedRank, toDraft } from "./answerDraft.ts";

const q = (type: Question["type"]): Question => ({ name: "q", type, label: { fr: "Q" } });

describe("correction drafts", () => {
  it("round-trips each kind of answer and clears empty ones", () => {
    expect(fromDraft(q("decimal"), toDraft(q("decimal"), 12.5))).toBe(12.5);
    expect(fromDraft(q("integer"), "")).toBeNull();
    expect(fromDraft(q("decimal"), "3,5")).toBe(3.5);
    expect(fromDraft(q("text"), "  bonjour ")).toBe("bonjour");
    expect(fromDraft(q("single_choice"), "")).toBeNull();
    expect(fromDraft(q("multiple_choice"), toDraft(q("multiple_choice"), ["a", "b"]))).toEqual(["a", "b"]);
    expect(fromDraft(q("multiple_choice"), [])).toBeNull();
    expect(fromDraft(q("matrix"), { r1: "3", r2: "" })).toEqual({ r1: "3" });
    expect(fromDraft(q("matrix"), { r1: "" })).toBeNull();
    expect(fromDraft(q("ranking"), ["b", "", "a"])).toEqual(["b", "a"]);
    expect(fromDraft(q("consent"), toDraft(q("consent"), true))).toBe(true);
    expect(toDraft(q("date"), "2026-03-02")).toBe("2026-03-02");
  });

  it("spots a choice ranked twice", () => {
    expect(hasRepeatedRank(q("ranking"), ["a", "a"])).toBe(true);
    expect(hasRepeatedRank(q("ranking"), ["a", "", "b"])).toBe(false);
  });
});
