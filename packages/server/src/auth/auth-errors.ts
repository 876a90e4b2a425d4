import { AppError, type Bilingual, type ErrorCode } from "@ricochet/domain";

/** better-auth's codes that a person can meet, mapped to ours (which carry FR/EN messages). */
const AUTH_CODE_MAP: Record<string, ErrorCode> = {
  USER_ALREADY_EXISTS: "EMAIL_TAKEN",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "EMAIL_TAKEN",
  INVALID_EMAIL_OR_PASSWORD: "INVALID_CREDENTIALS",
  INVALID_PASSWORD: "INVALID_CREDENTIALS",
  PASSWORD_TOO_SHORT: "WEAK_PASSWORD",
  PASSWORD_TOO_LONG: "WEAK_PASSWORD",
  WEAK_PASSWORD: "WEAK_PASSWORD",
  INVALID_EMAIL: "VALIDATION_FAILED",
  VALIDATION_ERROR: "VALIDATION_FAILED",
  FAILED_TO_GET_SESSION: "UNAUTHENTICATED",
  UNAUTHORIZED: "UNAUTHENTICATED",
  INVALID_ORIGIN: "CSRF_REJECTED",
  MISSING_OR_NULL_ORIGIN: "CSRF_REJECTED",
};

export interface AuthErrorBody {
  code?: string;
  message?: string;
  reasons?: Bilingual[];
}

/** Our error for a better-auth error body, or undefined when it is not one we translate. */
export function mapAuthError(status: number, body: AuthErrorBody): AppError | undefined {
  if (status === 429) return new AppError("RATE_LIMITED", { retryAfter: 60 });
  const code = body.code ? AUTH_CODE_MAP[body.code] : undefined;
  if (!code) return undefined;
  if (code === "WEAK_PASSWORD") {
    return new AppError("WEAK_PASSWORD", { reasons: body.reasons ?? [] });
  }
  return new AppError(code);
}

/** The same for an error thrown by `auth.api.*` calls made on the server (CLI, seed). */
export function authErrorToAppError(error: unknown): AppError | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const e = error as { statusCode?: number; status?: number | string; body?: AuthErrorBody };
  const status = typeof e.statusCode === "number" ? e.statusCode : 400;
  return mapAuthError(status, e.body ?? {});
}
