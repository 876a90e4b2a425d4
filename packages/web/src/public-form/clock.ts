import type { RuntimeClock } from "@ricochet/domain/forms/public-runtime";

const pad = (n: number) => String(n).padStart(2, "0");

/** Today on the respondent's device (local date) and now, as the expressions' today() and now() read them. */
export function runtimeClock(at = new Date()): RuntimeClock {
  return {
    today: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    now: at.toISOString(),
  };
}

/** "12 mars 2026" for "2026-03-12", in the reader's language. */
export function formatDate(isoDate: string, language: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  if (!y || !m || !d) return isoDate;
  try {
    return new Date(y, m - 1, d).toLocaleDateString(language, {
      day: "numeric",
      month: "long",
      year: "numeric",
    });
  } catch {
    return isoDate;
  }
}
