import type { Bilingual } from "../i18n/locale.ts";
import type { CriterionKind } from "./criterion-kinds.ts";

// Items a member copied from a network framework are the same in every member's evaluation:
// that is what makes results comparable across the network. The member may not remove, move,
// rename or individually upgrade them (the network publishes new versions); what it writes about
// them — baseline, target, measured outcomes — stays its own and editable.

export type NetworkItemChange = "remove" | "move" | "rename" | "upgrade";

/** What the member tried to do, completing "you cannot …" in the NETWORK_ITEM_LOCKED message. */
export const NETWORK_ITEM_CHANGE_LABELS: Record<NetworkItemChange, Bilingual> = {
  remove: { fr: "le retirer", en: "remove it" },
  move: { fr: "le déplacer", en: "move it" },
  rename: { fr: "en changer le libellé ni le type", en: "change its wording or kind" },
  upgrade: {
    fr: "en changer la version (le réseau publie les nouvelles versions)",
    en: "change its version (the network publishes new versions)",
  },
};

interface Origin {
  networkFrameworkId: string | null;
}

/** The forbidden change a criterion write would make, or null (a local criterion is free). */
export function criterionLockViolation(
  current: Origin & { questionId: string; kind: CriterionKind; label: string },
  next: { questionId: string; kind: CriterionKind; label: string } | null,
): NetworkItemChange | null {
  if (!current.networkFrameworkId) return null;
  if (next === null) return "remove";
  if (next.questionId !== current.questionId) return "move";
  if (next.kind !== current.kind || next.label !== current.label) return "rename";
  return null;
}

/**
 * The forbidden change a framework indicator write would make, or null. Only its place and its
 * pinned version are shared; figures and outcome links may change freely.
 */
export function frameworkIndicatorLockViolation(
  current: Origin & { criterionId: string | null },
  change: { criterionId: string | null } | "remove" | "upgrade",
): NetworkItemChange | null {
  if (!current.networkFrameworkId) return null;
  if (change === "remove" || change === "upgrade") return change;
  return change.criterionId !== current.criterionId ? "move" : null;
}

/**
 * Network questions the scope form would remove or reword. The form sends the whole list: a
 * network question must come back with its id and its text unchanged (its place may change).
 */
export function questionLockViolations<Q extends Origin & { id: string; text: string }>(
  existing: readonly Q[],
  submitted: ReadonlyArray<{ id?: string; text: string }>,
): Array<{ question: Q; change: NetworkItemChange }> {
  return existing.flatMap((question): Array<{ question: Q; change: NetworkItemChange }> => {
    if (!question.networkFrameworkId) return [];
    const sent = submitted.find((q) => q.id === question.id);
    if (!sent) return [{ question, change: "remove" }];
    return sent.text !== question.text ? [{ question, change: "rename" }] : [];
  });
}
