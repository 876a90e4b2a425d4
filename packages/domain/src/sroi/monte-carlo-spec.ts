import { z } from "zod";
import { ZSroiAssumption } from "./assumptions.ts";
import { SROI_LIMITS } from "./limits.ts";

export const DEFAULT_MONTE_CARLO_DRAWS = 10_000;
export const DEFAULT_HISTOGRAM_BINS = 20;

const ZUniformRange = z.object({
  assumption: ZSroiAssumption,
  distribution: z.literal("uniform"),
  min: z.number(),
  max: z.number(),
});

/** For an estimate with a most likely value: denser near `mode`, zero at the ends. */
const ZTriangularRange = z.object({
  assumption: ZSroiAssumption,
  distribution: z.literal("triangular"),
  min: z.number(),
  mode: z.number(),
  max: z.number(),
});

export const ZParameterRange = z.discriminatedUnion("distribution", [ZUniformRange, ZTriangularRange]);
export type ParameterRange = z.output<typeof ZParameterRange>;

export const ZMonteCarloSpec = z.object({
  draws: z.number().int().min(1).max(SROI_LIMITS.maxDraws).default(DEFAULT_MONTE_CARLO_DRAWS),
  /** Unsigned 32-bit; drawn at random (and recorded in the result) when omitted. */
  seed: z.number().int().min(0).max(0xffffffff).optional(),
  bins: z.number().int().min(1).max(SROI_LIMITS.maxHistogramBins).default(DEFAULT_HISTOGRAM_BINS),
  /** Assumptions not listed keep their base value in every draw. */
  ranges: z.array(ZParameterRange).max(10_000),
});
export type MonteCarloSpecInput = z.input<typeof ZMonteCarloSpec>;
