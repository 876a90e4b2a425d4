import { type OlsFit, ols } from "./ols.ts";
import { type ConfidenceInterval, cannotCompute, computed, type StatResult } from "./stat-result.ts";
import { mean } from "./summary.ts";
import { checkLevel, checkSample } from "./validate.ts";

export interface DidInput {
  readonly outcome: readonly number[];
  /** In the group that received the action (true) or the comparison group (false). */
  readonly treated: readonly (boolean | 0 | 1)[];
  /** Measured after the action started (true) or before (false). */
  readonly post: readonly (boolean | 0 | 1)[];
}

export interface DidCell {
  readonly n: number;
  readonly mean: number;
}

export interface DifferenceInDifferences {
  readonly test: "difference-in-differences";
  /** The treated:post coefficient = (after − before for the treated) − (after − before for the others). */
  readonly estimate: number;
  readonly standardError: number;
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
  readonly confidenceInterval: ConfidenceInterval;
  readonly cells: {
    readonly treatedBefore: DidCell;
    readonly treatedAfter: DidCell;
    readonly controlBefore: DidCell;
    readonly controlAfter: DidCell;
  };
  /** The full regression y ~ treated + post + treated:post. */
  readonly model: OlsFit;
}

/**
 * Difference-in-differences as OLS y ~ treated + post + treated:post (R's lm). Its standard
 * errors assume independent answers; when the same people answer before and after they are
 * usually too small, and a clustered estimate would be needed.
 */
export function differenceInDifferences(
  input: DidInput,
  options: { readonly level?: number } = {},
): StatResult<DifferenceInDifferences> {
  const { level = 0.95 } = options;
  const { outcome, treated, post } = input;
  const invalid = checkSample(outcome, "outcome") ?? checkLevel(level);
  if (invalid) return invalid;
  if (treated.length !== outcome.length || post.length !== outcome.length) {
    return cannotCompute("LENGTH_MISMATCH", {
      sizes: [outcome.length, treated.length !== outcome.length ? treated.length : post.length],
    });
  }
  const groups: Record<"tb" | "ta" | "cb" | "ca", number[]> = { tb: [], ta: [], cb: [], ca: [] };
  outcome.forEach((v, i) => {
    const key = `${treated[i] ? "t" : "c"}${post[i] ? "a" : "b"}` as "tb" | "ta" | "cb" | "ca";
    groups[key].push(v);
  });
  if (Object.values(groups).some((g) => g.length === 0)) return cannotCompute("EMPTY_DID_GROUP");
  const t = treated.map((v) => (v ? 1 : 0));
  const a = post.map((v) => (v ? 1 : 0));
  const model = ols(
    outcome,
    [
      { name: "treated", values: t },
      { name: "post", values: a },
      { name: "treated:post", values: t.map((v, i) => v * (a[i] ?? 0)) },
    ],
    { level },
  );
  if (!model.ok) return model;
  const interaction = model.coefficients[3];
  if (!interaction) return cannotCompute("NO_SOLUTION");
  const cell = (values: number[]): DidCell => ({ n: values.length, mean: mean(values) });
  const { ok: _ok, ...fit } = model;
  return computed({
    test: "difference-in-differences" as const,
    estimate: interaction.estimate,
    standardError: interaction.standardError,
    statistic: interaction.statistic,
    df: model.dfResidual,
    pValue: interaction.pValue,
    confidenceInterval: interaction.confidenceInterval,
    cells: {
      treatedBefore: cell(groups.tb),
      treatedAfter: cell(groups.ta),
      controlBefore: cell(groups.cb),
      controlAfter: cell(groups.ca),
    },
    model: fit,
  });
}
