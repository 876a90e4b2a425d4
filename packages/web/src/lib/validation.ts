import { type Locale, zodIssuesToFieldIssues } from "@ricochet/domain";
import type { z } from "zod";
import { ApiError } from "../api/client.ts";

export type FieldErrors = Record<string, string>;

/** Client-side check with the same zod schema the server uses; messages in the current language. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of zodIssuesToFieldIssues(result.error.issues)) {
    const field = issue.path.split(".")[0] ?? issue.path;
    errors[field] ??= issue.message[locale];
  }
  return { ok: false, errors };
}

/** Per-field messages of a server problem (`errors[]`), keyed by the first segment of the path. */
export function serverFieldErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (error instanceof ApiError) {
    for (const e of error.errors) {
      const field = e.path.split(".")[0] ?? e.path;
      errors[field] ??= e.message;
    }
  }
  return errors;
}

/** Like validate, keyed by the whole path ("consent.purpose"), for forms with nested fields. */
export function validatePaths<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of zodIssuesToFieldIssues(result.error.issues))
    errors[issue.path] ??= issue.message[locale];
  return { ok: false, errors };
}

/** A server problem's messages keyed by their whole path. */
export function serverPathErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (error instanceof ApiError) for (const e of error.errors) errors[e.path] ??= e.message;
  return errors;
}
