import { useOutletContext } from "react-router";
import type { EvaluationContext } from "../components/evaluation/EvaluationLayout.tsx";

/** The evaluation of the current page, loaded by EvaluationLayout. */
export function useCurrentEvaluation(): EvaluationContext {
  return useOutletContext<EvaluationContext>();
}
