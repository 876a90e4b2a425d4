import type { Bilingual } from "../i18n/locale.ts";
import type { SroiConventions } from "./conventions.ts";
import { formatEuros } from "./format.ts";
import { type SroiIssue, sroiWarning } from "./issues.ts";

export interface SroiPayback {
  /** I / (Σ year-1 impacts / 12); null when it cannot be computed (see status). */
  months: number | null;
  status: "computed" | "no-investment" | "no-year-one-impact";
  basis: SroiConventions["paybackBasis"];
  /** The Σ year-1 impacts used, undiscounted. */
  yearOneImpact: number;
  /** Outcomes whose start shifts them out of year 1: counted under "impact-map", not under "calendar-year-1". */
  shiftedOutcomeIds: string[];
  explanation: Bilingual;
}

export interface PaybackOutcome {
  id: string;
  impact: number;
  /** Value in year 1 of the analysis: 0 for a shifted outcome. */
  calendarYearOneValue: number;
  shifted: boolean;
}

export function computePayback(
  outcomes: readonly PaybackOutcome[],
  investment: number,
  basis: SroiConventions["paybackBasis"],
): { payback: SroiPayback; issues: SroiIssue[] } {
  let yearOneImpact = 0;
  for (const o of outcomes) yearOneImpact += basis === "impact-map" ? o.impact : o.calendarYearOneValue;
  const shiftedOutcomeIds = outcomes.filter((o) => o.shifted).map((o) => o.id);
  const base = { basis, yearOneImpact, shiftedOutcomeIds };
  if (investment <= 0) {
    const explanation = {
      fr: "Pas de délai de retour sans investissement : il n'y a rien à rembourser.",
      en: "No payback period without investment: there is nothing to pay back.",
    };
    return { payback: { ...base, months: null, status: "no-investment", explanation }, issues: [] };
  }
  const months = investment / (yearOneImpact / 12);
  // A year-1 impact so small that the months overflow is, for a report, no payback at all.
  if (!(yearOneImpact > 0) || !Number.isFinite(months)) {
    const shiftedNote =
      basis === "calendar-year-1" && shiftedOutcomeIds.length > 0
        ? {
            fr: " Les effets qui commencent après l'activité n'y comptent pas selon la convention choisie.",
            en: " Outcomes that start after the activity do not count under the chosen convention.",
          }
        : { fr: "", en: "" };
    const explanation = {
      fr: `Délai de retour incalculable : la somme des impacts de 1re année est nulle (ou négligeable), l'investissement n'est donc jamais remboursé à ce rythme.${shiftedNote.fr}`,
      en: `Payback period cannot be computed: the sum of year-1 impacts is zero (or negligible), so the investment is never paid back at that pace.${shiftedNote.en}`,
    };
    return {
      payback: { ...base, months: null, status: "no-year-one-impact", explanation },
      issues: [sroiWarning("NO_YEAR_ONE_IMPACT", "payback", explanation)],
    };
  }
  const impact = formatEuros(yearOneImpact);
  const explanation = {
    fr: `Investissement ÷ (${impact.fr} d'impacts de 1re année ÷ 12), sans actualisation.`,
    en: `Investment ÷ (${impact.en} of year-1 impacts ÷ 12), undiscounted.`,
  };
  return { payback: { ...base, months, status: "computed", explanation }, issues: [] };
}
