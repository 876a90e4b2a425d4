import type { Bilingual } from "../i18n/locale.ts";

export const SROI_ISSUE_CODES = [
  "INVALID_VALUE",
  "FRACTION_OUT_OF_RANGE",
  "DURATION_INVALID",
  "NEGATIVE_QUANTITY",
  "NEGATIVE_PROXY",
  "NEGATIVE_INPUT",
  "INPUT_NOT_CENTS",
  "VALUE_TOO_LARGE",
  "DISCOUNT_RATE_OUT_OF_RANGE",
  "DUPLICATE_OUTCOME_ID",
  "NO_INVESTMENT",
  "NO_OUTCOMES",
  "PROXY_WITHOUT_SOURCE",
  "NO_YEAR_ONE_IMPACT",
  "UNKNOWN_OUTCOME",
  "DUPLICATE_ASSUMPTION",
  "RANGE_INVALID",
  "RANGE_OUT_OF_DOMAIN",
  "NOT_FINITE",
] as const;
export type SroiIssueCode = (typeof SROI_ISSUE_CODES)[number];

/**
 * A problem found in a model or a sensitivity spec. Errors stop the calculation they concern;
 * warnings travel with the result so a report can show them next to the figures.
 */
export interface SroiIssue {
  severity: "error" | "warning";
  code: SroiIssueCode;
  /** Dotted path into the model or spec, as the UI names fields (e.g. "outcomes.2.deadweight.value"). */
  path: string;
  message: Bilingual;
}

/** Either the computed result, or every issue that prevented it (errors, and warnings found on the way). */
export type SroiOutput<T> = { ok: true; result: T } | { ok: false; issues: SroiIssue[] };

export function sroiError(code: SroiIssueCode, path: string, message: Bilingual): SroiIssue {
  return { severity: "error", code, path, message };
}

export function sroiWarning(code: SroiIssueCode, path: string, message: Bilingual): SroiIssue {
  return { severity: "warning", code, path, message };
}

export function hasErrors(issues: readonly SroiIssue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}
