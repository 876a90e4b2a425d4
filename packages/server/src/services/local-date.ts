// Campaign dates and expressions' today() are days in metropolitan France, where the
// organisations and their respondents are: a campaign closing on the 31st closes at midnight
// in Paris, not at 1 or 2 a.m.
const parisDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date (YYYY-MM-DD) in Paris at this instant. */
export function localDate(now: Date): string {
  return parisDay.format(now);
}

/** The clock the form runtime reads: today's date in Paris and the instant. */
export function runtimeClockAt(now: Date): { today: string; now: string } {
  return { today: localDate(now), now: now.toISOString() };
}
