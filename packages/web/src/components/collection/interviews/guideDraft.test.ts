import { describe, expect, it } from "vitest";
import { blankTheme, draftOf, guideInput, guideProblems, moved, without } from "./guideDraft.ts";

describe("interview guide drafts", () => {
  it("moves and removes items by buttons, never past the ends", () => {
    expect(moved(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], 2, -2)).toEqual(["c", "a", "b"]);
    expect(moved(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(without(["a", "b", "c"], 1)).toEqual(["a", "c"]);
  });

  it("sends trimmed texts without empty prompts, and spots what is missing", () => {
    const draft = draftOf(null);
    expect(guideProblems(draft).has("title")).toBe(true);
    draft.title = " Entretien ";
    const theme = draft.themes[0]!;
    theme.title = "Parcours";
    theme.questions[0]!.text = "Racontez votre arrivée.";
    theme.questions[0]!.prompts = [
      { key: "p1", text: " Pourquoi ici ? " },
      { key: "p2", text: "  " },
    ];
    expect(guideProblems(draft).size).toBe(0);
    expect(guideInput(draft)).toEqual({
      title: "Entretien",
      introduction: null,
      themes: [
        { title: "Parcours", questions: [{ text: "Racontez votre arrivée.", prompts: ["Pourquoi ici ?"] }] },
      ],
    });
    draft.themes.push({ ...blankTheme(), questions: [] });
    expect([...guideProblems(draft)].some((p) => p.startsWith("empty."))).toBe(true);
  });
});
