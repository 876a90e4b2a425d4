import type { Bilingual } from "../i18n/locale.ts";
import type { SroiConventions } from "./conventions.ts";
import { formatPercent } from "./format.ts";

export interface ConventionStatement {
  option: keyof SroiConventions | "discountRate";
  text: Bilingual;
}

/** The options a result was computed with, and each said in words so a report can print it. */
export interface SroiConventionsReport {
  options: SroiConventions;
  discountRate: number;
  horizonYears: number;
  statements: ConventionStatement[];
}

function dropOff(c: SroiConventions): Bilingual {
  return c.dropOffStartsYear === 2
    ? {
        fr: "La diminution (drop-off) s'applique à partir de la 2e année de chaque effet : valeur de l'année t = impact × (1 − DO)^(t − 1).",
        en: "Drop-off applies from each outcome's second year: value in year t = impact × (1 − DO)^(t − 1).",
      }
    : {
        fr: "La diminution (drop-off) s'applique dès la 1re année de chaque effet : valeur de l'année t = impact × (1 − DO)^t.",
        en: "Drop-off applies from each outcome's first year: value in year t = impact × (1 − DO)^t.",
      };
}

function discounting(c: SroiConventions): Bilingual {
  return c.discountFirstYear
    ? {
        fr: "La 1re année est actualisée une fois : valeur actuelle = Σ valeur de l'année t / (1 + r)^t.",
        en: "Year 1 is discounted once: present value = Σ value in year t / (1 + r)^t.",
      }
    : {
        fr: "La 1re année n'est pas actualisée : valeur actuelle = Σ valeur de l'année t / (1 + r)^(t − 1).",
        en: "Year 1 is not discounted: present value = Σ value in year t / (1 + r)^(t − 1).",
      };
}

function startOffset(c: SroiConventions): Bilingual {
  const n = c.startOffsetYears;
  if (n === 0)
    return {
      fr: "Un effet qui commence après l'activité (début = 2) n'est pas décalé : sa 1re année est l'année 1.",
      en: "An outcome that starts after the activity (start = 2) is not shifted: its first year is year 1.",
    };
  return {
    fr: `Un effet qui commence après l'activité (début = 2) est décalé de ${n} an${n > 1 ? "s" : ""} : sa 1re année est l'année ${n + 1}, actualisée comme telle.`,
    en: `An outcome that starts after the activity (start = 2) is shifted ${n} year${n > 1 ? "s" : ""} later: its first year is year ${n + 1}, and is discounted as such.`,
  };
}

function horizon(years: number): Bilingual {
  return {
    fr: `Horizon : ${years} an${years > 1 ? "s" : ""}, la dernière année de l'effet qui dure le plus longtemps (décalage compris).`,
    en: `Horizon: ${years} year${years > 1 ? "s" : ""}, the last year of the longest-lasting outcome (shift included).`,
  };
}

function payback(c: SroiConventions): Bilingual {
  return c.paybackBasis === "impact-map"
    ? {
        fr: "Délai de retour (mois) = investissement ÷ (somme des impacts de 1re année ÷ 12), sans actualisation ; chaque effet compte son impact de 1re année comme dans la carte d'impact, même s'il commence après l'activité.",
        en: "Payback period (months) = investment ÷ (sum of year-1 impacts ÷ 12), undiscounted; every outcome counts its year-1 impact as in the impact map, even one that starts after the activity.",
      }
    : {
        fr: "Délai de retour (mois) = investissement ÷ (valeur créée pendant l'année 1 ÷ 12), sans actualisation ; un effet décalé par son début n'y contribue pas.",
        en: "Payback period (months) = investment ÷ (value created in year 1 ÷ 12), undiscounted; an outcome shifted by its start adds nothing to it.",
      };
}

function partialYears(c: SroiConventions): Bilingual {
  return c.partialYears === "pro-rata"
    ? {
        fr: "Analyses de sensibilité : une durée non entière compte sa dernière année au prorata (2,5 ans = 2 années pleines et la moitié de la 3e).",
        en: "Sensitivity analyses: a non-whole duration counts its last year pro rata (2.5 years = 2 full years and half of the third).",
      }
    : {
        fr: "Analyses de sensibilité : une durée non entière est arrondie à l'année entière la plus proche (au moins 1 an).",
        en: "Sensitivity analyses: a non-whole duration is rounded to the nearest whole year (at least 1 year).",
      };
}

export function describeConventions(
  options: SroiConventions,
  discountRate: number,
  horizonYears: number,
): SroiConventionsReport {
  const rate = formatPercent(discountRate);
  return {
    options: { ...options },
    discountRate,
    horizonYears,
    statements: [
      {
        option: "discountRate",
        text: {
          fr: `Taux d'actualisation : ${rate.fr} par an (par défaut 3,5 %, HM Treasury Green Book).`,
          en: `Discount rate: ${rate.en} a year (default 3.5%, HM Treasury Green Book).`,
        },
      },
      { option: "dropOffStartsYear", text: dropOff(options) },
      { option: "discountFirstYear", text: discounting(options) },
      { option: "startOffsetYears", text: startOffset(options) },
      { option: "horizon", text: horizon(horizonYears) },
      { option: "paybackBasis", text: payback(options) },
      { option: "partialYears", text: partialYears(options) },
    ],
  };
}
