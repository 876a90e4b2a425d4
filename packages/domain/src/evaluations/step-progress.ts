import { EVALUATION_STEPS, type EvaluationStep, type StepStatus } from "./steps.ts";

export interface StepState {
  step: EvaluationStep;
  status: StepStatus;
  checked: string[];
}

/**
 * Where an evaluation stands on the guided path: the current step is the first one not done
 * (the last one when all are), and progress counts the steps done.
 */
export function summariseProgress(states: readonly StepState[]): {
  currentStep: EvaluationStep;
  doneCount: number;
  total: number;
} {
  const byStep = new Map(states.map((s) => [s.step, s.status]));
  const current = EVALUATION_STEPS.find((step) => byStep.get(step) !== "done") ?? "reporting";
  const doneCount = EVALUATION_STEPS.filter((step) => byStep.get(step) === "done").length;
  return { currentStep: current, doneCount, total: EVALUATION_STEPS.length };
}
