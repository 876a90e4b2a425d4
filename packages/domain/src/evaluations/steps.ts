import type { Localised } from "../i18n/localised.ts";

/** The seven steps of the method (DOMAIN.md), in the order they are walked. */
export const EVALUATION_STEPS = [
  "scope",
  "stakeholders",
  "theory_of_change",
  "framework",
  "collection",
  "analysis",
  "reporting",
] as const;
export type EvaluationStep = (typeof EVALUATION_STEPS)[number];

export const STEP_STATUSES = ["not_started", "in_progress", "done"] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export interface ChecklistItem {
  /** Stable key, stored with the evaluation when ticked (snake_case, unique within the step). */
  key: string;
  label: Localised;
}

/** What a non-expert reads on a step's page. */
export interface StepGuidance {
  step: EvaluationStep;
  /** Short name of the step, e.g. « Cadrer » / "Scope". */
  title: Localised;
  /** One sentence shown on the overview. */
  summary: Localised;
  /** What the step is (a short paragraph). */
  what: Localised;
  /** Why it matters (a short paragraph). */
  why: Localised;
  /** A worked example, drawn from the social and solidarity economy. */
  example: Localised;
  /** Common mistakes, one per entry. */
  mistakes: Localised[];
  /** What should be true before the step is marked done. */
  checklist: ChecklistItem[];
}
