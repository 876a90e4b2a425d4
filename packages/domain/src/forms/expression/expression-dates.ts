// Dates as ODK computes with them: a date is a number of days since 1970-01-01 (UTC, so that the
// same answers give the same result on every device whatever its time zone).

const DAY_MS = 86_400_000;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A calendar date's day number, NaN unless `YYYY-MM-DD` names a real day. */
export function civilDays(year: number, month: number, day: number): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.getTime() / DAY_MS : Number.NaN;
}

/** Days (with a fraction for the time) of `YYYY-MM-DD` or an ISO date-time; NaN if it is neither. */
export function parseDateTime(text: string): number {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return Number.NaN;
  const [, y, mo, d, h = "0", mi = "0", s = "0", zone = "Z"] = m;
  const days = civilDays(Number(y), Number(mo), Number(d));
  const offset =
    zone === "Z" ? 0 : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return days + (Number(h) * 60 + Number(mi) + Number(s) / 60 - offset) / 1440;
}

/** The `YYYY-MM-DD` text of a day number (its fraction dropped), undefined outside years 0–9999. */
export function daysToDate(days: number): string | undefined {
  const date = new Date(Math.floor(days) * DAY_MS);
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < 0 || year > 9999) return undefined;
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The date part of a date or date-time text, undefined if the text is neither. */
export function dateOfText(text: string): string | undefined {
  const days = parseDateTime(text);
  return Number.isNaN(days) ? undefined : text.trim().slice(0, 10);
}
