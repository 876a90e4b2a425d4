import type { AnswerValue, Question } from "@ricochet/domain";

// A stored answer as the correction form edits it, and back: "" or an empty list means "no answer"
// (sent as null, which clears it).

export type Draft = string | number | boolean | string[] | Record<string, string>;

export function toDraft(question: Question, value: unknown): Draft {
  switch (question.type) {
    case "multiple_choice":
      return Array.isArray(value) ? value.map(String) : [];
    case "ranking": {
      const ranked = Array.isArray(value) ? value.map(String) : [];
      return ranked;
    }
    case "matrix":
      return value && typeof value === "object" && !Array.isArray(value)
        ? { ...(value as Record<string, string>) }
        : {};
    case "consent":
      return value === true;
    case "integer":
    case "decimal":
    case "rating":
      return typeof value === "number" ? value : "";
    default:
      return typeof value === "string" ? value : value == null ? "" : String(value);
  }
}

/** The value to send for a draft; null clears the answer. */
export function fromDraft(question: Question, draft: Draft): AnswerValue | null {
  switch (question.type) {
    case "multiple_choice":
      return Array.isArray(draft) && draft.length > 0 ? draft : null;
    case "ranking": {
      const ranked = Array.isArray(draft) ? draft.filter(Boolean) : [];
      return ranked.length > 0 ? ranked : null;
    }
    case "matrix": {
      const rows = Object.fromEntries(
        Object.entries(draft as Record<string, string>).filter(([, v]) => v !== ""),
      );
      return Object.keys(rows).length > 0 ? rows : null;
    }
    case "consent":
      return draft === true;
    case "integer":
    case "decimal":
    case "rating": {
      if (draft === "" || draft === null) return null;
      const n = typeof draft === "number" ? draft : Number(String(draft).replace(",", "."));
      return Number.isFinite(n) ? n : null;
    }
    default: {
      const text = String(draft).trim();
      return text === "" ? null : text;
    }
  }
}

/** Whether a ranking names a choice twice (the form refuses it before sending). */
export function hasRepeatedRank(question: Question, draft: Draft): boolean {
  if (question.type !== "ranking" || !Array.isArray(draft)) return false;
  const ranked = draft.filter(Boolean);
  return new Set(ranked).size !== ranked.length;
}
