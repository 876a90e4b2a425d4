import type { Bilingual } from "../i18n/locale.ts";

// Messages quote the user's numbers back in each language's own notation.
const frNumber = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 6 });
const enNumber = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 6 });
const frEuros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const enEuros = new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" });

export function formatNumber(x: number): Bilingual {
  return { fr: frNumber.format(x), en: enNumber.format(x) };
}

/** A fraction as the percentage the UI shows: 0.2 → "20 %" / "20%". */
export function formatPercent(fraction: number): Bilingual {
  const percent = fraction * 100;
  return { fr: `${frNumber.format(percent)} %`, en: `${enNumber.format(percent)}%` };
}

export function formatEuros(euros: number): Bilingual {
  return { fr: frEuros.format(euros), en: enEuros.format(euros) };
}

/** A ratio as a report prints it, to two decimals: 1.8 → "1,80" / "1.80". */
export function formatRatio(ratio: number): Bilingual {
  const options = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  return { fr: ratio.toLocaleString("fr-FR", options), en: ratio.toLocaleString("en-GB", options) };
}

export function formatYears(years: number): Bilingual {
  const n = formatNumber(years);
  return { fr: `${n.fr} an${years >= 2 ? "s" : ""}`, en: `${n.en} year${years === 1 ? "" : "s"}` };
}
