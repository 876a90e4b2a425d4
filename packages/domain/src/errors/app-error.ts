import { type Bilingual, interpolate, type Locale } from "../i18n/locale.ts";
import { ERROR_CODES, type ErrorCode } from "./error-codes.ts";

/** One invalid field: where it is and why, in both languages. */
export interface FieldIssue {
  path: string;
  message: Bilingual;
}

/**
 * The one error type domain code throws. Transport layers (HTTP, CLI) turn it into
 * problem+json or a terminal message through `describe`.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, unknown>;
  readonly issues: FieldIssue[];

  constructor(code: ErrorCode, params: Record<string, unknown> = {}, issues: FieldIssue[] = []) {
    super(
      interpolate(
        ERROR_CODES[code].message.en,
        Object.fromEntries(Object.entries(params).map(([k, v]) => [k, localiseParam(v, "en")])),
      ),
    );
    this.name = "AppError";
    this.code = code;
    this.params = params;
    this.issues = issues;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  describe(locale: Locale): string {
    const localised = Object.fromEntries(
      Object.entries(this.params).map(([key, value]) => [key, localiseParam(value, locale)]),
    );
    return interpolate(ERROR_CODES[this.code].message[locale], localised);
  }
}

/** Params may be bilingual texts (or lists of them): each message shows its own language. */
function localiseParam(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((v) => localiseParam(v, locale)).join(", ");
  if (value && typeof value === "object" && "fr" in value && "en" in value) {
    return (value as Record<Locale, string>)[locale];
  }
  return value;
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
