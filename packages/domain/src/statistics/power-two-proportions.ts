import { normalQuantile, normalTails } from "./distributions/normal.ts";
import type { PowerAlternative } from "./power-t-test.ts";
import { unirootIncreasing } from "./roots/zeroin.ts";
import { cannotCompute, computed, type StatResult } from "./stat-result.ts";
import { checkProbability } from "./validate.ts";

export interface ProportionsPowerOptions {
  /** The two proportions to tell apart, each in (0, 1). */
  readonly p1: number;
  readonly p2: number;
  readonly sigLevel?: number;
  readonly alternative?: PowerAlternative;
}

export interface ProportionsPower {
  readonly test: "power-proportions";
  /** Answers per group (R's n). */
  readonly n: number;
  readonly power: number;
  readonly p1: number;
  readonly p2: number;
  readonly sigLevel: number;
  readonly alternative: PowerAlternative;
}

export interface ProportionsSampleSize extends ProportionsPower {
  readonly nRequired: number;
  readonly powerAtRequired: number;
  /** True when a single answer per group already reaches the power (R would go below 1). */
  readonly atMinimum: boolean;
}

interface Settings {
  readonly p1: number;
  readonly p2: number;
  readonly sigLevel: number;
  readonly alternative: PowerAlternative;
}

function settings(options: ProportionsPowerOptions): Settings | ReturnType<typeof cannotCompute> {
  const { p1, p2, sigLevel = 0.05, alternative = "two.sided" } = options;
  const invalid =
    checkProbability(p1, "p1") ??
    checkProbability(p2, "p2") ??
    checkProbability(sigLevel, "sigLevel") ??
    (["two.sided", "one.sided"].includes(alternative)
      ? null
      : cannotCompute("INVALID_OPTION", { name: "alternative" }));
  return invalid ?? { p1, p2, sigLevel, alternative };
}

/** R's power.prop.test body (strict = FALSE): the normal approximation of the pooled test. */
function powerAt(n: number, s: Settings): number {
  const sides = s.alternative === "two.sided" ? 2 : 1;
  const critical = normalQuantile(s.sigLevel / sides, false);
  const z =
    (Math.sqrt(n * Math.abs(s.p1 - s.p2) ** 2) -
      critical * Math.sqrt((s.p1 + s.p2) * (1 - (s.p1 + s.p2) / 2))) /
    Math.sqrt(s.p1 * (1 - s.p1) + s.p2 * (1 - s.p2));
  return normalTails(z).lower;
}

/** Power to tell p1 from p2 with n answers per group, as R's power.prop.test. */
export function proportionsPower(n: number, options: ProportionsPowerOptions): StatResult<ProportionsPower> {
  const s = settings(options);
  if ("ok" in s) return s;
  if (!(Number.isFinite(n) && n >= 1)) return cannotCompute("TOO_FEW_ANSWERS", { min: 1, per: "group" });
  return computed({ test: "power-proportions" as const, n, power: powerAt(n, s), ...s });
}

/** Answers per group to reach the power, as R's power.prop.test(power = …) (uniroot on [1, 10⁷]). */
export function proportionsSampleSize(
  power: number,
  options: ProportionsPowerOptions,
): StatResult<ProportionsSampleSize> {
  const s = settings(options);
  if ("ok" in s) return s;
  const invalid = checkProbability(power, "power");
  if (invalid) return invalid;
  if (s.p1 === s.p2) return cannotCompute("NOTHING_TO_DETECT");
  const f = (n: number) => powerAt(n, s) - power;
  if (f(1) >= 0) {
    const reached = powerAt(1, s);
    return computed({
      test: "power-proportions" as const,
      n: 1,
      power: reached,
      nRequired: 1,
      powerAtRequired: reached,
      atMinimum: true,
      ...s,
    });
  }
  const root = unirootIncreasing(f, 1, 1e7);
  if (!root) return cannotCompute("NO_SOLUTION");
  const nRequired = Math.ceil(root.root);
  return computed({
    test: "power-proportions" as const,
    n: root.root,
    power: powerAt(root.root, s),
    nRequired,
    powerAtRequired: powerAt(nRequired, s),
    atMinimum: false,
    ...s,
  });
}
