import { type CompiledSroi, compileSroi, horizonYears } from "./compiled-model.ts";
import { describeConventions, type SroiConventionsReport } from "./describe-conventions.ts";
import { type SroiInvestment, sumInvestment } from "./investment.ts";
import type { SroiIssue } from "./issues.ts";
import type { SroiModel } from "./model.ts";
import { validateSroiModel } from "./validate-model.ts";

export interface PreparedSroi {
  model: SroiModel;
  compiled: CompiledSroi;
  investment: SroiInvestment;
  /** Warnings found while validating. */
  issues: SroiIssue[];
}

/** Validation, the exact investment and the compiled arrays: the common start of every analysis. */
export function prepareSroi(
  input: unknown,
): { ok: true; prepared: PreparedSroi } | { ok: false; issues: SroiIssue[] } {
  const validation = validateSroiModel(input);
  if (!validation.ok) return validation;
  const investment = sumInvestment(validation.model.inputs);
  return {
    ok: true,
    prepared: {
      model: validation.model,
      compiled: compileSroi(validation.model, investment.euros),
      investment,
      issues: validation.issues,
    },
  };
}

/** The conventions statement every result carries, for the model's base values. */
export function reportConventions(p: PreparedSroi): SroiConventionsReport {
  return describeConventions(p.model.conventions, p.model.discountRate, horizonYears(p.compiled));
}
