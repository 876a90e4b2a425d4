import { z } from "zod";
import type { Bilingual } from "../i18n/locale.ts";
import type { CompiledArray, CompiledSroi } from "./compiled-model.ts";
import { formatEuros, formatNumber, formatPercent, formatYears } from "./format.ts";
import { type SroiIssue, sroiError } from "./issues.ts";
import { SROI_LIMITS } from "./limits.ts";
import type { SroiModel } from "./model.ts";
import { OUTCOME_PARAMETERS, PARAMETER_NAMES, type SroiParameter } from "./parameter-names.ts";

/** One number of the model that a sensitivity analysis may move. */
export const ZSroiAssumption = z.discriminatedUnion("parameter", [
  z.object({ parameter: z.enum(OUTCOME_PARAMETERS), outcomeId: z.string().trim().min(1).max(100) }),
  z.object({ parameter: z.literal("discountRate") }),
]);
export type SroiAssumption = z.output<typeof ZSroiAssumption>;

export interface ParameterDomain {
  min: number;
  max: number;
}

/** The values the model's validation allows, which bound every range and every search. */
export const PARAMETER_DOMAINS: Record<SroiParameter, ParameterDomain> = {
  quantity: { min: 0, max: SROI_LIMITS.maxQuantity },
  proxy: { min: 0, max: SROI_LIMITS.maxAmountEuros },
  deadweight: { min: 0, max: 1 },
  displacement: { min: 0, max: 1 },
  attribution: { min: 0, max: 1 },
  dropOff: { min: 0, max: 1 },
  duration: { min: 1, max: SROI_LIMITS.maxDurationYears },
  discountRate: { min: 0, max: SROI_LIMITS.maxDiscountRate },
};

/** An assumption found in the model: where its number lives in the compiled arrays. */
export interface ResolvedAssumption {
  assumption: SroiAssumption;
  /** Stable identifier, e.g. "outcome:emploi:deadweight" or "discountRate". */
  key: string;
  parameter: SroiParameter;
  /** Outcome index, or -1 for the discount rate. */
  index: number;
  /** Index in the list it was resolved from (the spec line). */
  position: number;
  base: number;
  domain: ParameterDomain;
  /** "Deadweight — Emploi durable (Jeunes)", for a chart axis. */
  label: Bilingual;
  /** "deadweight of outcome “Emploi durable”", to sit inside a sentence. */
  subject: Bilingual;
}

const ARRAYS: Record<Exclude<SroiParameter, "discountRate">, CompiledArray> = {
  quantity: "quantity",
  proxy: "proxy",
  deadweight: "deadweight",
  displacement: "displacement",
  attribution: "attribution",
  dropOff: "dropOff",
  duration: "duration",
};

export function readAssumption(c: CompiledSroi, a: ResolvedAssumption): number {
  return a.parameter === "discountRate" ? c.rate : (c[ARRAYS[a.parameter]][a.index] ?? 0);
}

export function writeAssumption(c: CompiledSroi, a: ResolvedAssumption, value: number): void {
  if (a.parameter === "discountRate") c.rate = value;
  else c[ARRAYS[a.parameter]][a.index] = value;
}

/** Evaluates with one assumption moved, then puts the base value back. */
export function withAssumption<T>(c: CompiledSroi, a: ResolvedAssumption, value: number, run: () => T): T {
  const saved = readAssumption(c, a);
  writeAssumption(c, a, value);
  try {
    return run();
  } finally {
    writeAssumption(c, a, saved);
  }
}

export function formatParameterValue(parameter: SroiParameter, value: number): Bilingual {
  if (parameter === "proxy") return formatEuros(value);
  if (parameter === "duration") return formatYears(value);
  if (parameter === "quantity") return formatNumber(value);
  return formatPercent(value);
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function describe(model: SroiModel, parameter: SroiParameter, index: number) {
  const name = PARAMETER_NAMES[parameter];
  const o = model.outcomes[index];
  if (!o) return { label: name, subject: { fr: lowerFirst(name.fr), en: lowerFirst(name.en) } };
  return {
    label: {
      fr: `${name.fr} — ${o.outcome} (${o.stakeholder})`,
      en: `${name.en} — ${o.outcome} (${o.stakeholder})`,
    },
    subject: {
      fr: `${lowerFirst(name.fr)} de l'effet « ${o.outcome} »`,
      en: `${lowerFirst(name.en)} of outcome “${o.outcome}”`,
    },
  };
}

export function assumptionKey(a: SroiAssumption): string {
  return a.parameter === "discountRate" ? "discountRate" : `outcome:${a.outcomeId}:${a.parameter}`;
}

/** Every assumption of the model, outcome by outcome, then the discount rate. */
export function allAssumptions(model: SroiModel): SroiAssumption[] {
  return [
    ...model.outcomes.flatMap((o) => OUTCOME_PARAMETERS.map((parameter) => ({ parameter, outcomeId: o.id }))),
    { parameter: "discountRate" as const },
  ];
}

/**
 * Finds each assumption in the model. An outcome id the model does not have, or the same
 * assumption twice, is an error at `path`.index so the UI can point at the spec line.
 */
export function resolveAssumptions(
  model: SroiModel,
  c: CompiledSroi,
  assumptions: readonly SroiAssumption[],
  path: string,
): { resolved: ResolvedAssumption[]; issues: SroiIssue[] } {
  const indexById = new Map(model.outcomes.map((o, i) => [o.id, i]));
  const seen = new Set<string>();
  const resolved: ResolvedAssumption[] = [];
  const issues: SroiIssue[] = [];
  assumptions.forEach((assumption, position) => {
    const key = assumptionKey(assumption);
    const at = `${path}.${position}`;
    const index = assumption.parameter === "discountRate" ? -1 : indexById.get(assumption.outcomeId);
    if (index === undefined) {
      const id = assumption.parameter === "discountRate" ? "" : assumption.outcomeId;
      issues.push(
        sroiError("UNKNOWN_OUTCOME", `${at}.outcomeId`, {
          fr: `L'effet « ${id} » n'existe pas dans le modèle : l'hypothèse ne peut pas être variée.`,
          en: `Outcome “${id}” is not in the model: the assumption cannot be varied.`,
        }),
      );
      return;
    }
    if (seen.has(key)) {
      issues.push(
        sroiError("DUPLICATE_ASSUMPTION", at, {
          fr: `L'hypothèse « ${key} » est donnée plusieurs fois ; gardez-en une seule.`,
          en: `Assumption “${key}” is given more than once; keep only one.`,
        }),
      );
      return;
    }
    seen.add(key);
    const parameter = assumption.parameter;
    const entry = {
      assumption,
      key,
      parameter,
      index,
      position,
      base: 0,
      domain: PARAMETER_DOMAINS[parameter],
      ...describe(model, parameter, index),
    };
    entry.base = readAssumption(c, entry);
    resolved.push(entry);
  });
  return { resolved, issues };
}
