/**
 * Money and quantities are decimals with two places, carried as integer hundredths so that
 * sums are exact (PostgreSQL `numeric` arrives as a string; a float would drift).
 */

const DECIMAL = /^(-?)(\d{1,13})(?:[.,](\d{1,2}))?$/;

/** "1234.5" or "1234,5" → 123450. Throws on anything that is not a decimal with ≤ 2 places. */
export function toHundredths(value: string | number): number {
  const text = typeof value === "number" ? value.toFixed(2) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`Not a decimal with at most two places: ${value}`);
  const [, sign, units = "0", fraction = ""] = match;
  const hundredths = Number(units) * 100 + Number(fraction.padEnd(2, "0"));
  return sign === "-" ? -hundredths : hundredths;
}

/** 123450 → "1234.50" (the form PostgreSQL `numeric(…, 2)` and the API use). */
export function fromHundredths(hundredths: number): string {
  const sign = hundredths < 0 ? "-" : "";
  const abs = Math.abs(hundredths);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/**
 * hours × hourly value, both in hundredths, rounded half away from zero to the cent:
 * 12.5 h × 11.65 € = 145.625 € → 145.63 €.
 */
export function multiplyHundredths(a: number, b: number): number {
  const product = a * b; // in ten-thousandths; exact below 2^53 (≈ 9·10^11 € × 10^4 h)
  const rounded = Math.floor((Math.abs(product) + 50) / 100);
  return product < 0 ? -rounded : rounded;
}
