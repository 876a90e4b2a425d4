import type { Bilingual } from "../../i18n/locale.ts";
import type { ComparisonContext } from "./comparison-context.ts";
import { formatLevel, formatNumber, formatPoints, formatSigned } from "./format.ts";
import type { Tested } from "./tested.ts";
import { signedValue } from "./values.ts";
import { bi, intervalWords } from "./words.ts";

/**
 * The confidence interval of the difference, with what it means: for a significant result the
 * plausible range of the true difference, otherwise a reminder that "not significant" does not
 * mean "no difference".
 */
export function intervalSentence(
  result: Tested,
  context: ComparisonContext,
  significant: boolean,
): Bilingual | null {
  let bounds: { lower: Bilingual; upper: Bilingual; level: number } | null = null;
  switch (result.test) {
    case "two-proportions": {
      const { lower, upper, level } = result.confidenceInterval;
      if (result.alternative === "two.sided" && lower !== null && upper !== null) {
        bounds = { lower: formatSigned(lower * 100, 0), upper: formatPoints(upper), level };
      }
      break;
    }
    case "welch":
    case "student":
    case "paired":
    case "one-sample":
    case "difference-in-differences": {
      const { lower, upper, level } = result.confidenceInterval;
      if (lower !== null && upper !== null)
        bounds = { lower: signedValue(lower, context), upper: signedValue(upper, context), level };
      break;
    }
    case "fisher-exact": {
      const { lower, upper, level } = result.confidenceInterval;
      const or = result.oddsRatio;
      const orText = or === null ? bi("infini", "infinite") : formatNumber(or, 2);
      const upperText = upper === null ? bi("l'infini", "infinity") : formatNumber(upper, 2);
      const ci = intervalWords(level, formatNumber(lower ?? 0, 2), upperText);
      return bi(
        `Le rapport de cotes (estimation conditionnelle du maximum de vraisemblance, celle de R) vaut ${orText.fr} (${ci.fr}).`,
        `The odds ratio (conditional maximum-likelihood estimate, as in R) is ${orText.en} (${ci.en}).`,
      );
    }
    default:
      return null;
  }
  if (!bounds) return null;
  const level = formatLevel(bounds.level);
  const between = bi(
    `entre ${bounds.lower.fr} et ${bounds.upper.fr}`,
    `between ${bounds.lower.en} and ${bounds.upper.en}`,
  );
  const named = bi(`intervalle de confiance à ${level.fr}`, `${level.en} confidence interval`);
  return significant
    ? bi(
        `L'écart réel se situe plausiblement ${between.fr} (${named.fr}).`,
        `The true difference plausibly lies ${between.en} (${named.en}).`,
      )
    : bi(
        `Cela ne prouve pas qu'il n'y a aucune différence : l'écart réel pourrait se situer n'importe où ${between.fr} (${named.fr}).`,
        `This does not prove there is no difference: the true difference could lie anywhere ${between.en} (${named.en}).`,
      );
}
