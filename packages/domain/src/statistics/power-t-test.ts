import { noncentralTCdf } from "./distributions/noncentral-t.ts";
import { studentTQuantile } from "./distributions/student-t.ts";
import { unirootIncreasing } from "./roots/zeroin.ts";
import { cannotCompute, computed, type StatResult } from "./stat-result.ts";
import { checkFinite, checkProbability } from "./validate.ts";

export type PowerAlternative = "two.sided" | "one.sided";

export interface TTestPowerOptions {
  /** The true difference in means to detect (in the answers' unit). */
  readonly delta: number;
  /** Standard deviation of the answers (of the differences, for paired), default 1. */
  readonly sd?: number;
  /** Significance level α, default 0.05. */
  readonly sigLevel?: number;
  readonly type?: "two-sample" | "one-sample" | "paired";
  readonly alternative?: PowerAlternative;
}

export interface TTestPower {
  readonly test: "power-t";
  /** Per group for two samples, pairs for paired, answers for one sample (R's n). */
  readonly n: number;
  readonly power: number;
  readonly delta: number;
  readonly sd: number;
  readonly sigLevel: number;
  readonly type: "two-sample" | "one-sample" | "paired";
  readonly alternative: PowerAlternative;
}

export interface TTestSampleSize extends TTestPower {
  /** R's n rounded up: the number of answers to collect (per group for two samples). */
  readonly nRequired: number;
  /** Power reached with nRequired answers. */
  readonly powerAtRequired: number;
  /** True when even 2 answers reach the power: R would extrapolate below 2, we stop there. */
  readonly atMinimum: boolean;
}

interface Settings {
  readonly delta: number;
  readonly sd: number;
  readonly sigLevel: number;
  readonly type: "two-sample" | "one-sample" | "paired";
  readonly alternative: PowerAlternative;
}

function settings(options: TTestPowerOptions): Settings | ReturnType<typeof cannotCompute> {
  const { sd = 1, sigLevel = 0.05, type = "two-sample", alternative = "two.sided" } = options;
  const invalid =
    checkFinite(options.delta, "delta") ??
    (sd > 0 && Number.isFinite(sd) ? null : cannotCompute("INVALID_OPTION", { name: "sd" })) ??
    checkProbability(sigLevel, "sigLevel") ??
    (["two-sample", "one-sample", "paired"].includes(type)
      ? null
      : cannotCompute("INVALID_OPTION", { name: "type" })) ??
    (["two.sided", "one.sided"].includes(alternative)
      ? null
      : cannotCompute("INVALID_OPTION", { name: "alternative" }));
  if (invalid) return invalid;
  const delta = alternative === "two.sided" ? Math.abs(options.delta) : options.delta;
  return { delta, sd, sigLevel, type, alternative };
}

/** R's power.t.test(n, delta, sd, sig.level, type, alternative, strict = FALSE). */
function powerAt(n: number, s: Settings): number {
  const groups = s.type === "two-sample" ? 2 : 1;
  const sides = s.alternative === "two.sided" ? 2 : 1;
  const nu = Math.max(1e-7, n - 1) * groups;
  const critical = studentTQuantile(s.sigLevel / sides, nu, false);
  return noncentralTCdf(critical, nu, Math.sqrt(n / groups) * (s.delta / s.sd), false);
}

/** Power of a t-test with n answers (per group for two samples), as R's power.t.test. */
export function tTestPower(n: number, options: TTestPowerOptions): StatResult<TTestPower> {
  const s = settings(options);
  if ("ok" in s) return s;
  if (!(Number.isFinite(n) && n >= 2))
    return cannotCompute("TOO_FEW_ANSWERS", { min: 2, per: s.type === "two-sample" ? "group" : "sample" });
  return computed({ test: "power-t" as const, n, power: powerAt(n, s), ...s });
}

/**
 * The n that reaches the power, as R's power.t.test(power = …) finds it: uniroot on [2, 10⁷]
 * with its default tolerance, the interval pushed up as R does when 10⁷ is not enough.
 */
export function tTestSampleSize(power: number, options: TTestPowerOptions): StatResult<TTestSampleSize> {
  const s = settings(options);
  if ("ok" in s) return s;
  const invalid = checkProbability(power, "power");
  if (invalid) return invalid;
  if (s.delta === 0) return cannotCompute("NOTHING_TO_DETECT");
  const f = (n: number) => powerAt(n, s) - power;
  if (f(2) >= 0) {
    const reached = powerAt(2, s);
    return computed({
      test: "power-t" as const,
      n: 2,
      power: reached,
      nRequired: 2,
      powerAtRequired: reached,
      atMinimum: true,
      ...s,
    });
  }
  const root = unirootIncreasing(f, 2, 1e7);
  if (!root) return cannotCompute("NO_SOLUTION");
  const nRequired = Math.ceil(root.root);
  return computed({
    test: "power-t" as const,
    n: root.root,
    power: powerAt(root.root, s),
    nRequired,
    powerAtRequired: powerAt(nRequired, s),
    atMinimum: false,
    ...s,
  });
}
