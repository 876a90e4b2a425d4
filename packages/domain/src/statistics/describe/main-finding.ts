import type { Bilingual } from "../../i18n/locale.ts";
import type { ComparisonContext } from "./comparison-context.ts";
import { formatNumber, formatPercent, formatPoints } from "./format.ts";
import type { Tested } from "./tested.ts";
import { signedValue, value } from "./values.ts";
import { verdict } from "./verdict.ts";
import { bi, capitalise, nEquals } from "./words.ts";

const NO_LABELS = {
  x: bi("dans le premier groupe", "in the first group"),
  y: bi("dans le second groupe", "in the second group"),
};

function withLead(context: ComparisonContext, clause: Bilingual): Bilingual {
  if (!context.lead) return capitalise(clause);
  const lead = capitalise(context.lead);
  return bi(`${lead.fr}, ${clause.fr}`, `${lead.en}, ${clause.en}`);
}

function sentence(first: Bilingual, verdictClause: Bilingual): Bilingual {
  return bi(`${first.fr} ; ${verdictClause.fr}.`, `${first.en}; ${verdictClause.en}.`);
}

/** Sizes of two groups: « n = 60 et 58 » / "n = 60 and 58". */
function twoSizes(a: number, b: number, after = bi("", "")): Bilingual {
  const n = nEquals(a);
  const m = formatNumber(b, 0);
  return bi(`${n.fr} et ${m.fr}${after.fr}`, `${n.en} and ${m.en}${after.en}`);
}

const PAIRED = bi(" appariés", " matched pairs");
const DIFFERENT_PEOPLE = bi(", personnes différentes", ", different people");

export function mainFinding(
  result: Tested,
  context: ComparisonContext,
  significant: boolean,
  alpha: number,
): Bilingual {
  const m = context.measure;
  const labels = context.labels ?? NO_LABELS;
  const gap = bi("l'écart", "the difference");
  const beforeAfter = context.design === "before-after";
  switch (result.test) {
    case "mcnemar": {
      const clause = beforeAfter
        ? bi(
            `${m.fr} passe de ${formatPercent(result.proportionY).fr} à ${formatPercent(result.proportionX).fr} (${nEquals(result.pairs).fr}${PAIRED.fr})`,
            `${m.en} goes from ${formatPercent(result.proportionY).en} to ${formatPercent(result.proportionX).en} (${nEquals(result.pairs).en}${PAIRED.en})`,
          )
        : bi(
            `${m.fr} est de ${formatPercent(result.proportionX).fr} ${labels.x.fr} contre ${formatPercent(result.proportionY).fr} ${labels.y.fr} (${nEquals(result.pairs).fr}${PAIRED.fr})`,
            `${m.en} is ${formatPercent(result.proportionX).en} ${labels.x.en} against ${formatPercent(result.proportionY).en} ${labels.y.en} (${nEquals(result.pairs).en}${PAIRED.en})`,
          );
      return sentence(withLead(context, clause), verdict(result, significant, alpha, gap));
    }
    case "two-proportions": {
      const points = formatPoints(result.difference);
      const subject = bi(`l'écart de ${points.fr}`, `the difference of ${points.en}`);
      const clause = beforeAfter
        ? bi(
            `${m.fr} passe de ${formatPercent(result.p2).fr} à ${formatPercent(result.p1).fr} (${twoSizes(result.n2, result.n1, DIFFERENT_PEOPLE).fr})`,
            `${m.en} goes from ${formatPercent(result.p2).en} to ${formatPercent(result.p1).en} (${twoSizes(result.n2, result.n1, DIFFERENT_PEOPLE).en})`,
          )
        : bi(
            `${m.fr} est de ${formatPercent(result.p1).fr} ${labels.x.fr} contre ${formatPercent(result.p2).fr} ${labels.y.fr} (${twoSizes(result.n1, result.n2).fr})`,
            `${m.en} is ${formatPercent(result.p1).en} ${labels.x.en} against ${formatPercent(result.p2).en} ${labels.y.en} (${twoSizes(result.n1, result.n2).en})`,
          );
      return sentence(withLead(context, clause), verdict(result, significant, alpha, subject));
    }
    case "welch":
    case "student": {
      const diff = signedValue(result.meanDifference, context);
      const subject = bi(`l'écart (${diff.fr})`, `the difference (${diff.en})`);
      const clause = beforeAfter
        ? bi(
            `${m.fr} passe en moyenne de ${value(result.y.mean, context).fr} à ${value(result.x.mean, context).fr} (${twoSizes(result.y.n, result.x.n, DIFFERENT_PEOPLE).fr})`,
            `${m.en} goes on average from ${value(result.y.mean, context).en} to ${value(result.x.mean, context).en} (${twoSizes(result.y.n, result.x.n, DIFFERENT_PEOPLE).en})`,
          )
        : bi(
            `${m.fr} est en moyenne de ${value(result.x.mean, context).fr} ${labels.x.fr} contre ${value(result.y.mean, context).fr} ${labels.y.fr} (${twoSizes(result.x.n, result.y.n).fr})`,
            `${m.en} averages ${value(result.x.mean, context).en} ${labels.x.en} against ${value(result.y.mean, context).en} ${labels.y.en} (${twoSizes(result.x.n, result.y.n).en})`,
          );
      return sentence(withLead(context, clause), verdict(result, significant, alpha, subject));
    }
    case "paired": {
      const diff = signedValue(result.meanDifference, context);
      const subject = bi(`l'écart (${diff.fr})`, `the change (${diff.en})`);
      const clause = beforeAfter
        ? bi(
            `${m.fr} passe en moyenne de ${value(result.y.mean, context).fr} à ${value(result.x.mean, context).fr} (${nEquals(result.differences.n).fr}${PAIRED.fr})`,
            `${m.en} goes on average from ${value(result.y.mean, context).en} to ${value(result.x.mean, context).en} (${nEquals(result.differences.n).en}${PAIRED.en})`,
          )
        : bi(
            `${m.fr} est en moyenne de ${value(result.x.mean, context).fr} ${labels.x.fr} contre ${value(result.y.mean, context).fr} ${labels.y.fr} (${nEquals(result.differences.n).fr}${PAIRED.fr})`,
            `${m.en} averages ${value(result.x.mean, context).en} ${labels.x.en} against ${value(result.y.mean, context).en} ${labels.y.en} (${nEquals(result.differences.n).en}${PAIRED.en})`,
          );
      return sentence(withLead(context, clause), verdict(result, significant, alpha, subject));
    }
    case "one-sample": {
      const target = value(result.mu, context);
      const subject = bi(`l'écart à ${target.fr}`, `the difference from ${target.en}`);
      const clause = bi(
        `${m.fr} est en moyenne de ${value(result.mean, context).fr} (${nEquals(result.x.n).fr})`,
        `${m.en} averages ${value(result.mean, context).en} (${nEquals(result.x.n).en})`,
      );
      return sentence(withLead(context, clause), verdict(result, significant, alpha, subject));
    }
    case "wilcoxon-rank-sum": {
      const clause = bi(
        `${m.fr} a pour médiane ${value(result.medianX, context).fr} ${labels.x.fr} contre ${value(result.medianY, context).fr} ${labels.y.fr} (${twoSizes(result.nX, result.nY).fr})`,
        `${m.en} has a median of ${value(result.medianX, context).en} ${labels.x.en} against ${value(result.medianY, context).en} ${labels.y.en} (${twoSizes(result.nX, result.nY).en})`,
      );
      return sentence(withLead(context, clause), verdict(result, significant, alpha, gap));
    }
    case "wilcoxon-signed-rank": {
      const zeros =
        result.zeros > 0
          ? bi(
              `, dont ${result.zeros} sans changement, écartés du test`,
              `, ${result.zeros} without change left out of the test`,
            )
          : bi("", "");
      const total = result.n + result.zeros;
      const clause = bi(
        `${m.fr} change d'une valeur médiane de ${signedValue(result.medianDifference, context).fr} (${nEquals(total).fr}${PAIRED.fr}${zeros.fr})`,
        `${m.en} changes by a median of ${signedValue(result.medianDifference, context).en} (${nEquals(total).en}${PAIRED.en}${zeros.en})`,
      );
      return sentence(
        withLead(context, clause),
        verdict(result, significant, alpha, bi("le changement", "the change")),
      );
    }
    case "chi-squared": {
      const n = nEquals(result.n);
      const v = verdict(result, significant, alpha, bi("l'écart", "the difference"));
      return significant
        ? bi(
            `Pour ${m.fr}, la répartition des réponses diffère d'un groupe à l'autre (${n.fr}) ; ${v.fr}.`,
            `For ${m.en}, the distribution of answers differs between groups (${n.en}); ${v.en}.`,
          )
        : bi(
            `Pour ${m.fr}, la répartition des réponses varie d'un groupe à l'autre (${n.fr}), mais ${v.fr}.`,
            `For ${m.en}, the distribution of answers varies between groups (${n.en}), but ${v.en}.`,
          );
    }
    case "fisher-exact": {
      const v = verdict(
        result,
        significant,
        alpha,
        bi("le lien entre les deux variables", "the association between the two variables"),
      );
      return bi(`Pour ${m.fr}, ${v.fr}.`, `For ${m.en}, ${v.en}.`);
    }
    case "difference-in-differences": {
      const { treatedBefore, treatedAfter, controlBefore, controlAfter } = result.cells;
      const treatedChange = signedValue(treatedAfter.mean - treatedBefore.mean, context);
      const controlChange = signedValue(controlAfter.mean - controlBefore.mean, context);
      const did = signedValue(result.estimate, context);
      const clause = bi(
        `${m.fr} évolue en moyenne de ${treatedChange.fr} ${labels.x.fr} et de ${controlChange.fr} ${labels.y.fr} : la double différence est de ${did.fr}`,
        `${m.en} changes on average by ${treatedChange.en} ${labels.x.en} and by ${controlChange.en} ${labels.y.en}: the difference-in-differences is ${did.en}`,
      );
      return sentence(
        withLead(context, clause),
        verdict(result, significant, alpha, bi("cet écart", "this difference")),
      );
    }
  }
}
