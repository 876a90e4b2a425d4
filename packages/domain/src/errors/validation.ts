import type { z } from "zod";
import { en, fr } from "zod/locales";
import { AppError, type FieldIssue } from "./app-error.ts";

const french = fr().localeError;
const english = en().localeError;

function localeMessage(localeError: typeof french, issue: z.core.$ZodIssue): string {
  const result = localeError(issue as never);
  return typeof result === "string" ? result : (result?.message ?? issue.message);
}

const BILINGUAL_PREFIX = "§i18n:";

/**
 * A refinement's message in both languages. zod carries messages as strings, so the pair
 * travels encoded and is decoded into the field issue.
 */
export function bilingualMessage(fr: string, en: string): string {
  return BILINGUAL_PREFIX + JSON.stringify({ fr, en });
}

function decodeCustom(message: string): { fr: string; en: string } {
  if (!message.startsWith(BILINGUAL_PREFIX)) return { fr: message, en: message };
  return JSON.parse(message.slice(BILINGUAL_PREFIX.length)) as { fr: string; en: string };
}

/**
 * Each zod issue with its message in both languages. A schema's own message (a refinement)
 * is kept as written in both, since zod's catalogues cannot translate it.
 */
export function zodIssuesToFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join(".") || "(body)";
    // A bilingual message set by the schema wins, whatever the check (refine, regex…).
    const isCustom = issue.code === "custom" || issue.message.startsWith(BILINGUAL_PREFIX);
    return {
      path,
      message: isCustom
        ? decodeCustom(issue.message)
        : { fr: localeMessage(french, issue), en: localeMessage(english, issue) },
    };
  });
}

/** Parses input for a domain operation; bad input becomes VALIDATION_FAILED with every issue. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success)
    throw new AppError("VALIDATION_FAILED", {}, zodIssuesToFieldIssues(result.error.issues));
  return result.data;
}
