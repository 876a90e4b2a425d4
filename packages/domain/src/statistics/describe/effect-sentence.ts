import type { Bilingual } from "../../i18n/locale.ts";
import type { EffectSize } from "../effect-size.ts";
import type { Magnitude } from "../magnitude.ts";
import { formatNumber, NBSP } from "./format.ts";
import type { Tested } from "./tested.ts";
import { bi, intervalWords, magnitudeWords } from "./words.ts";

const CONVENTION = bi(
  "Selon les conventions de Cohen (des repères usuels, pas des règles), c'est",
  "By Cohen's conventions (customary benchmarks, not rules), this is",
);

function say(magnitude: Magnitude, measure: Bilingual): Bilingual {
  const words = magnitudeWords(magnitude);
  return bi(`${CONVENTION.fr} ${words.fr} (${measure.fr}).`, `${CONVENTION.en} ${words.en} (${measure.en}).`);
}

function named(fr: string, en: string, value: number): Bilingual {
  const v = formatNumber(value, 2);
  return bi(`${fr}${NBSP}=${NBSP}${v.fr}`, `${en}${NBSP}=${NBSP}${v.en}`);
}

const NAMES: Record<EffectSize["measure"], [string, string]> = {
  "cohens-d": ["d de Cohen", "Cohen's d"],
  "hedges-g": ["g de Hedges", "Hedges' g"],
  "paired-dz": ["dz", "dz"],
};

/** The size of the effect in words, from the result itself or from a standardized effect size. */
export function effectSentence(result: Tested, effect: EffectSize | null): Bilingual | null {
  if (effect) {
    const [fr, en] = NAMES[effect.measure];
    const base = named(fr, en, effect.estimate);
    const { lower, upper, level } = effect.confidenceInterval;
    const ci = intervalWords(level, formatNumber(lower ?? 0, 2), formatNumber(upper ?? 0, 2));
    return say(effect.magnitude, bi(`${base.fr} ; ${ci.fr}`, `${base.en}; ${ci.en}`));
  }
  switch (result.test) {
    case "two-proportions":
      return say(result.magnitude, named("h de Cohen", "Cohen's h", result.cohensH));
    case "mcnemar":
      return say(result.magnitude, named("g de Cohen", "Cohen's g", result.cohensG));
    case "chi-squared":
      return say(result.magnitude, named("V de Cramér", "Cramér's V", result.cramersV));
    case "wilcoxon-rank-sum":
    case "wilcoxon-signed-rank":
      return say(
        result.magnitude,
        named("corrélation bisériale des rangs", "rank-biserial correlation", result.rankBiserial),
      );
    default:
      return null;
  }
}

/** For the rank-sum test, the common-language effect: how often one group's answer is higher. */
export function superioritySentence(
  result: Tested,
  labels: { x: Bilingual; y: Bilingual } | undefined,
): Bilingual | null {
  if (result.test !== "wilcoxon-rank-sum" || !labels) return null;
  const share = formatNumber(result.probabilityOfSuperiority * 100, 0);
  return bi(
    `Une réponse tirée au hasard ${labels.x.fr} dépasse une réponse tirée au hasard ${labels.y.fr} dans ${share.fr}${NBSP}% des cas (les égalités comptant pour moitié).`,
    `An answer drawn at random ${labels.x.en} exceeds one drawn at random ${labels.y.en} ${share.en}% of the time (ties counting half).`,
  );
}
