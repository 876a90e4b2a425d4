import type { Bilingual } from "../../i18n/locale.ts";

// Numbers are formatted by hand rather than with Intl so that sentences are identical in every
// browser and ICU version: a report generated twice must read the same.

/** No-break space: French puts one before % and the high punctuation (; : ! ?). */
export const NBSP = "\u00a0";

function fixed(value: number, decimals: number): string {
  const rounded = Math.abs(value) < 0.5 * 10 ** -decimals ? 0 : value;
  return rounded.toFixed(decimals);
}

function groupThousands(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function localise(text: string, locale: "fr" | "en"): string {
  const negative = text.startsWith("-");
  const [integer = "0", fraction] = (negative ? text.slice(1) : text).split(".");
  const grouped =
    integer.length > 4 || locale === "en" ? groupThousands(integer, locale === "fr" ? NBSP : ",") : integer;
  const body = fraction === undefined ? grouped : `${grouped}${locale === "fr" ? "," : "."}${fraction}`;
  return negative ? `−${body}` : body;
}

/** A number with a fixed count of decimals: 1234.5 → « 1 234,50 » / "1,234.50"; minus is U+2212. */
export function formatNumber(value: number, decimals = 2): Bilingual {
  const text = fixed(value, decimals);
  return { fr: localise(text, "fr"), en: localise(text, "en") };
}

/** A number with an explicit sign, for differences: +0,45 / −1,20. */
export function formatSigned(value: number, decimals = 2): Bilingual {
  const n = formatNumber(value, decimals);
  const zero = fixed(value, decimals).replace("-", "") === fixed(0, decimals);
  if (zero || value < 0) return n;
  return { fr: `+${n.fr}`, en: `+${n.en}` };
}

/** A proportion as a percentage: 0.41 → « 41 % » / "41%". */
export function formatPercent(fraction: number, decimals = 0): Bilingual {
  const n = formatNumber(fraction * 100, decimals);
  return { fr: `${n.fr}${NBSP}%`, en: `${n.en}%` };
}

/** A difference of proportions in percentage points: 0.22 → « +22 points ». */
export function formatPoints(difference: number, decimals = 0): Bilingual {
  const n = formatSigned(difference * 100, decimals);
  const one = Math.abs(Number(fixed(difference * 100, decimals))) === 1;
  return { fr: `${n.fr}${NBSP}point${one ? "" : "s"}`, en: `${n.en}${NBSP}point${one ? "" : "s"}` };
}

/**
 * A p-value as reports print it: « p < 0,001 », else three decimals below 0.1 and two above;
 * more decimals when rounding would put p on the other side of α (0.0496 is not "0.050").
 */
export function formatPValue(p: number, alpha = 0.05): Bilingual {
  if (p < 0.001) {
    const n = formatNumber(0.001, 3);
    return { fr: `p${NBSP}<${NBSP}${n.fr}`, en: `p${NBSP}<${NBSP}${n.en}` };
  }
  let decimals = p < 0.1 ? 3 : 2;
  while (decimals < 6 && p < alpha !== Number(fixed(p, decimals)) < alpha) decimals++;
  const n = formatNumber(p, decimals);
  return { fr: `p${NBSP}=${NBSP}${n.fr}`, en: `p${NBSP}=${NBSP}${n.en}` };
}

/** A confidence level: 0.95 → « 95 % » / "95%". */
export function formatLevel(level: number): Bilingual {
  const percent = level * 100;
  return formatPercent(level, Number.isInteger(Math.round(percent * 1e6) / 1e6) ? 0 : 1);
}
