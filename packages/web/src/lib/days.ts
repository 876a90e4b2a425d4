import type { Locale } from "@ricochet/domain";
import { formatDate } from "./format.ts";

/** A calendar day ("2026-03-02") in words, the same day whatever the browser's time zone. */
export function formatDay(day: string | null | undefined, locale: Locale): string {
  if (!day) return "";
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(`${day}T12:00:00`, locale) : formatDate(day, locale);
}

/** Today as "YYYY-MM-DD" in the browser's time zone (for date inputs). */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
