/** The timing conventions the year series depends on (see conventions.ts). */
export interface SeriesConventions {
  dropOffStartsYear: 1 | 2;
  discountFirstYear: boolean;
}

/**
 * 1 / (1 + r)^e for the outcome's first year, e = offset (+ 1 when year 1 is discounted).
 * Repeated multiplication by 1 / (1 + r) rather than `**` or division: the exponent is a small
 * integer, and Math.pow and division cost several times more, which shows in Monte Carlo when
 * r is drawn (the products differ from the powers by a few ulps, far below any reported digit).
 */
function firstDiscount(perYear: number, offsetYears: number, conventions: SeriesConventions): number {
  const exponent = offsetYears + (conventions.discountFirstYear ? 1 : 0);
  let discount = 1;
  for (let k = 0; k < exponent; k++) discount *= perYear;
  return discount;
}

/**
 * Σ over the outcome's years k of (1 − DO)^(drop-off exponent) / (1 + r)^(discount exponent):
 * multiplied by the impact it gives the outcome's present value. Recurrences rather than
 * powers keep the inner loop of Monte Carlo cheap; the year table (yearSeries) uses the same
 * ones so both agree. A non-whole duration counts its last year pro rata, which makes the
 * present value continuous and increasing in the duration (what break-even needs).
 */
export function valueFactor(
  dropOff: number,
  duration: number,
  offsetYears: number,
  rate: number,
  conventions: SeriesConventions,
): number {
  const keep = 1 - dropOff;
  const perYear = 1 / (1 + rate);
  let discount = firstDiscount(perYear, offsetYears, conventions);
  let retained = conventions.dropOffStartsYear === 1 ? keep : 1;
  const whole = Math.floor(duration);
  let sum = 0;
  for (let k = 1; k <= whole; k++) {
    sum += retained * discount;
    retained *= keep;
    discount *= perYear;
  }
  const part = duration - whole;
  return part > 0 ? sum + part * retained * discount : sum;
}

export interface YearValue {
  /** Year of the analysis (1 = the activity's year), after the start shift. */
  year: number;
  value: number;
  presentValue: number;
}

/** The outcome's value in each of its (whole) years and its present value, as a report lists them. */
export function yearSeries(
  impact: number,
  dropOff: number,
  duration: number,
  offsetYears: number,
  rate: number,
  conventions: SeriesConventions,
): YearValue[] {
  const keep = 1 - dropOff;
  const perYear = 1 / (1 + rate);
  let discount = firstDiscount(perYear, offsetYears, conventions);
  let retained = conventions.dropOffStartsYear === 1 ? keep : 1;
  const years: YearValue[] = [];
  for (let k = 1; k <= duration; k++) {
    const value = impact * retained;
    years.push({ year: k + offsetYears, value, presentValue: value * discount });
    retained *= keep;
    discount *= perYear;
  }
  return years;
}
