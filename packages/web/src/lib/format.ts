import type { Locale } from "@ricochet/domain";

const tag = (locale: Locale) => (locale === "fr" ? "fr-FR" : "en-GB");

export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: "medium" }).format(date);
}

export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** "1234.50" (the API's decimal) → « 1 234,50 € » / "€1,234.50". */
export function formatEuros(decimal: string | null | undefined, locale: Locale): string {
  if (decimal == null || decimal === "") return "";
  return new Intl.NumberFormat(tag(locale), { style: "currency", currency: "EUR" }).format(Number(decimal));
}

export function formatNumber(value: string | number | null | undefined, locale: Locale): string {
  if (value == null || value === "") return "";
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 2 }).format(Number(value));
}
