import type { Bilingual } from "../../i18n/locale.ts";
import type { ComparisonContext } from "./comparison-context.ts";
import { formatNumber, formatPercent } from "./format.ts";
import type { Tested } from "./tested.ts";
import { bi } from "./words.ts";

const PAIRED_TESTS = new Set(["paired", "mcnemar", "wilcoxon-signed-rank"]);
const LOW_RESPONSE = 0.7;
const FEW_ANSWERS = 30;

function sizeOf(result: Tested): number {
  switch (result.test) {
    case "welch":
    case "student":
      return result.x.n + result.y.n;
    case "paired":
      return result.differences.n;
    case "one-sample":
      return result.x.n;
    case "two-proportions":
      return result.n1 + result.n2;
    case "mcnemar":
      return result.pairs;
    case "wilcoxon-rank-sum":
      return result.nX + result.nY;
    case "wilcoxon-signed-rank":
      return result.n + result.zeros;
    case "chi-squared":
      return result.n;
    case "fisher-exact":
      return Number.POSITIVE_INFINITY;
    case "difference-in-differences":
      return result.model.n;
  }
}

/** What the numbers cannot say, given how the answers were collected. */
export function caveatSentences(
  result: Tested,
  context: ComparisonContext,
  significant: boolean,
): Bilingual[] {
  const out: Bilingual[] = [];
  const caveats = context.caveats ?? {};
  const paired = PAIRED_TESTS.has(result.test);
  if (context.design === "before-after") {
    out.push(
      paired
        ? bi(
            "Les mêmes personnes ont répondu aux deux mesures : le test compare chacune à elle-même (réponses appariées).",
            "The same people answered both times: the test compares each of them with themselves (paired answers).",
          )
        : bi(
            "Les personnes interrogées avant et après ne sont pas les mêmes : le test les traite comme deux groupes indépendants.",
            "The people asked before and after are not the same: the test treats them as two independent groups.",
          ),
    );
    if (caveats.noControlGroup) {
      out.push(
        bi(
          "Sans groupe de comparaison, ce changement ne peut pas être attribué à l'action : d'autres facteurs (contexte, temps qui passe…) ont pu jouer.",
          "Without a comparison group, this change cannot be attributed to the action: other factors (context, the passing of time…) may have played a part.",
        ),
      );
    }
  }
  if (caveats.groupsNotRandomised && context.design !== "before-after") {
    out.push(
      bi(
        "Les groupes n'ont pas été constitués par tirage au sort : ils pouvaient différer dès le départ, et l'écart ne vient pas forcément de l'action.",
        "The groups were not formed by drawing lots: they may have differed from the start, and the difference does not necessarily come from the action.",
      ),
    );
  }
  if (result.test === "difference-in-differences") {
    out.push(
      bi(
        "La double différence suppose que, sans l'action, les deux groupes auraient évolué de la même façon.",
        "The difference-in-differences assumes that, without the action, both groups would have changed in the same way.",
      ),
    );
  }
  if ((result.test === "chi-squared" || result.test === "two-proportions") && result.lowExpectedCounts) {
    out.push(
      bi(
        "Certains effectifs attendus sont inférieurs à 5 : ce test n'est alors qu'approximatif, le test exact de Fisher est plus sûr.",
        "Some expected counts are below 5: this test is then only approximate, and Fisher's exact test is safer.",
      ),
    );
  }
  const size = sizeOf(result);
  if (!significant && size < FEW_ANSWERS) {
    out.push(
      bi(
        `Avec peu de réponses (${formatNumber(size, 0).fr}), seul un écart important aurait pu être mis en évidence.`,
        `With few answers (${formatNumber(size, 0).en}), only a large difference could have been detected.`,
      ),
    );
  }
  const rate = responseRateSentence(context);
  if (rate) out.push(rate);
  return out;
}

export function responseRateSentence(context: ComparisonContext): Bilingual | null {
  const rate = context.caveats?.responseRate;
  if (rate === undefined || rate >= LOW_RESPONSE) return null;
  const r = formatPercent(rate);
  return bi(
    `Seulement ${r.fr} des personnes sollicitées ont répondu : si elles diffèrent de celles qui n'ont pas répondu, les résultats peuvent être biaisés.`,
    `Only ${r.en} of the people asked answered: if they differ from those who did not, the results may be biased.`,
  );
}
