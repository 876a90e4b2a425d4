import type { Bilingual } from "../i18n/locale.ts";
import { formatParameterValue, type ResolvedAssumption } from "./assumptions.ts";
import { type SroiIssue, sroiError } from "./issues.ts";

export interface NamedBound {
  field: string;
  name: Bilingual;
  value: number;
}

export const BOUND_NAMES = {
  low: { fr: "la valeur basse", en: "the low value" },
  high: { fr: "la valeur haute", en: "the high value" },
  min: { fr: "le minimum", en: "the minimum" },
  mode: { fr: "la valeur la plus probable", en: "the most likely value" },
  max: { fr: "le maximum", en: "the maximum" },
} as const satisfies Record<string, Bilingual>;

/**
 * A range must stay within what the model allows (a deadweight above 100 % would make value
 * negative) and its bounds must be in order; `bounds` are given from the lowest to the highest.
 */
export function checkRange(a: ResolvedAssumption, bounds: readonly NamedBound[], path: string): SroiIssue[] {
  const issues: SroiIssue[] = [];
  const min = formatParameterValue(a.parameter, a.domain.min);
  const max = formatParameterValue(a.parameter, a.domain.max);
  for (const bound of bounds) {
    if (bound.value >= a.domain.min && bound.value <= a.domain.max) continue;
    const got = formatParameterValue(a.parameter, bound.value);
    issues.push(
      sroiError("RANGE_OUT_OF_DOMAIN", `${path}.${bound.field}`, {
        fr: `Pour ${a.subject.fr}, ${bound.name.fr} (${got.fr}) sort des valeurs permises (de ${min.fr} à ${max.fr}).`,
        en: `For ${a.subject.en}, ${bound.name.en} (${got.en}) is outside the allowed values (${min.en} to ${max.en}).`,
      }),
    );
  }
  for (let k = 1; k < bounds.length; k++) {
    const lower = bounds[k - 1];
    const upper = bounds[k];
    if (!lower || !upper || lower.value <= upper.value) continue;
    issues.push(
      sroiError("RANGE_INVALID", `${path}.${upper.field}`, {
        fr: `Pour ${a.subject.fr}, ${upper.name.fr} est inférieur(e) à ${lower.name.fr} ; inversez-les.`,
        en: `For ${a.subject.en}, ${upper.name.en} is below ${lower.name.en}; swap them.`,
      }),
    );
  }
  return issues;
}
