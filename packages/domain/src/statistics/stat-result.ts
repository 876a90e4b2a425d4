import type { Bilingual } from "../i18n/locale.ts";
import { type CannotComputeReason, type ReasonDetails, reasonMessage } from "./reasons.ts";

/**
 * What every statistics function returns instead of NaN, Infinity or an exception: a reason
 * code for the program and a sentence for the person reading the report.
 */
export interface CannotCompute {
  readonly ok: false;
  readonly reason: CannotComputeReason;
  readonly message: Bilingual;
}

export type StatResult<T extends object> = (T & { readonly ok: true }) | CannotCompute;

export function cannotCompute(reason: CannotComputeReason, details: ReasonDetails = {}): CannotCompute {
  return { ok: false, reason, message: reasonMessage(reason, details) };
}

/**
 * The result, unless a number in it is NaN or ±Infinity (values so large that a variance
 * overflows, say): then the reason, so that no such number can reach a report.
 */
export function computed<T extends object>(value: T): StatResult<T> {
  return hasNonFinite(value) ? cannotCompute("OUT_OF_RANGE") : { ok: true, ...value };
}

function hasNonFinite(value: unknown): boolean {
  if (typeof value === "number") return !Number.isFinite(value);
  if (value === null || typeof value !== "object") return false;
  if (ArrayBuffer.isView(value)) return false;
  return Object.values(value).some(hasNonFinite);
}

export type Alternative = "two.sided" | "less" | "greater";

export const ALTERNATIVES: readonly Alternative[] = ["two.sided", "less", "greater"];

/**
 * A confidence interval. A bound is null when the interval is one-sided and open on that side
 * (R prints −Inf / Inf there).
 */
export interface ConfidenceInterval {
  readonly lower: number | null;
  readonly upper: number | null;
  readonly level: number;
}
