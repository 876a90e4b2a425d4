import type { Bilingual } from "../../i18n/locale.ts";
import type { ComparisonContext } from "./comparison-context.ts";
import { formatNumber, formatSigned, NBSP } from "./format.ts";
import { bi } from "./words.ts";

/** A mean or median in the context's unit and decimals: « 12,6 k€ ». */
export function value(v: number, context: ComparisonContext): Bilingual {
  const n = formatNumber(v, context.decimals ?? 1);
  const unit = context.unit;
  return unit ? bi(`${n.fr}${NBSP}${unit.fr}`, `${n.en}${NBSP}${unit.en}`) : n;
}

/** A difference with its sign: « +1,3 k€ ». */
export function signedValue(v: number, context: ComparisonContext): Bilingual {
  const n = formatSigned(v, context.decimals ?? 1);
  const unit = context.unit;
  return unit ? bi(`${n.fr}${NBSP}${unit.fr}`, `${n.en}${NBSP}${unit.en}`) : n;
}
