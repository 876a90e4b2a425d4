import { z } from "zod";
import { zodIssuesToFieldIssues } from "../errors/validation.ts";
import { type BreakEvenResult, breakEven, ZBreakEvenSpec } from "./break-even.ts";
import { computeSroi, type SroiResult } from "./compute-sroi.ts";
import { type SroiIssue, sroiError } from "./issues.ts";
import { ZSroiModel } from "./model.ts";
import { type MonteCarloResult, monteCarloSroi } from "./monte-carlo.ts";
import { ZMonteCarloSpec } from "./monte-carlo-spec.ts";
import { type OneWayResult, oneWaySensitivity, ZOneWaySpec } from "./one-way.ts";

/**
 * One SROI calculation as a file or an API body: the impact map, and which sensitivity analyses
 * to run with it. One-way and break-even run unless turned off; Monte Carlo when it is specified.
 */
export const ZSroiRequest = z.object({
  model: z.unknown(),
  oneWay: z.union([ZOneWaySpec, z.literal(false)]).optional(),
  breakEven: z.union([ZBreakEvenSpec, z.literal(false)]).optional(),
  monteCarlo: ZMonteCarloSpec.optional(),
});
export type SroiRequestInput = z.input<typeof ZSroiRequest>;

export interface SroiReport {
  sroi: SroiResult;
  oneWay: OneWayResult | null;
  breakEven: BreakEvenResult | null;
  monteCarlo: MonteCarloResult | null;
}

/**
 * Runs the request, all or nothing: any error in the model or a specification is returned with
 * its path, and no partial result. A bare impact map (without `model`) is accepted too.
 */
export function runSroiRequest(
  input: unknown,
): { ok: true; report: SroiReport } | { ok: false; issues: SroiIssue[] } {
  const wrapped = input && typeof input === "object" && "model" in input ? input : { model: input };
  const parsed = ZSroiRequest.safeParse(wrapped);
  if (!parsed.success)
    return {
      ok: false,
      issues: zodIssuesToFieldIssues(parsed.error.issues).map((issue) =>
        sroiError("INVALID_VALUE", issue.path, issue.message),
      ),
    };
  const request = parsed.data;
  const sroi = computeSroi(request.model);
  if (!sroi.ok) return sroi;
  const canVary = sroi.result.ratio !== null;
  const oneWay =
    request.oneWay === false || !canVary ? null : oneWaySensitivity(request.model, request.oneWay);
  if (oneWay && !oneWay.ok) return oneWay;
  const even = request.breakEven === false || !canVary ? null : breakEven(request.model, request.breakEven);
  if (even && !even.ok) return even;
  const monteCarlo = request.monteCarlo && canVary ? monteCarloSroi(request.model, request.monteCarlo) : null;
  if (monteCarlo && !monteCarlo.ok) return monteCarlo;
  return {
    ok: true,
    report: {
      sroi: sroi.result,
      oneWay: oneWay?.result ?? null,
      breakEven: even?.result ?? null,
      monteCarlo: monteCarlo?.result ?? null,
    },
  };
}

/** The request as documented (docs/schemas/sroi-request.schema.json): the model spelled out. */
export const ZSroiRequestDocument = ZSroiRequest.extend({ model: ZSroiModel });
