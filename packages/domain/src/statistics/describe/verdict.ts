import type { Bilingual } from "../../i18n/locale.ts";
import { formatLevel, formatPValue } from "./format.ts";
import type { Tested } from "./tested.ts";
import { bi } from "./words.ts";

// Rank and exact tests are named, since what they compare is not a mean.
const TEST_NAMES: Partial<Record<Tested["test"], Bilingual>> = {
  "wilcoxon-rank-sum": { fr: "test de Wilcoxon-Mann-Whitney, ", en: "Wilcoxon-Mann-Whitney test, " },
  "wilcoxon-signed-rank": { fr: "test des rangs signés de Wilcoxon, ", en: "Wilcoxon signed-rank test, " },
  "fisher-exact": { fr: "test exact de Fisher, ", en: "Fisher's exact test, " },
};

/** « l'écart est statistiquement significatif (p = 0,003) ». */
export function verdict(result: Tested, significant: boolean, alpha: number, subject: Bilingual): Bilingual {
  const name = TEST_NAMES[result.test] ?? bi("", "");
  const pValue = formatPValue(result.pValue, alpha);
  const p = bi(`${name.fr}${pValue.fr}`, `${name.en}${pValue.en}`);
  const oneSided = "alternative" in result && result.alternative !== "two.sided";
  const level = formatLevel(alpha);
  const threshold = alpha === 0.05 ? bi("", "") : bi(` au seuil de ${level.fr}`, ` at the ${level.en} level`);
  const side = oneSided ? bi(", test unilatéral", ", one-sided test") : bi("", "");
  return significant
    ? bi(
        `${subject.fr} est statistiquement significatif${threshold.fr} (${p.fr}${side.fr})`,
        `${subject.en} is statistically significant${threshold.en} (${p.en}${side.en})`,
      )
    : bi(
        `${subject.fr} n'est pas statistiquement significatif${threshold.fr} (${p.fr}${side.fr})`,
        `${subject.en} is not statistically significant${threshold.en} (${p.en}${side.en})`,
      );
}
