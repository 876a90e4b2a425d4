import { AppError, type Locale } from "@ricochet/domain";
import type { Context } from "hono";

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance: string;
  errors?: { path: string; message: string }[];
}

/** RFC 9457 problem details: a stable `code` for programs, a `title` in the reader's language. */
export function problemBody(error: AppError, locale: Locale, instance: string): ProblemBody {
  const title = error.describe(locale);
  return {
    type: `urn:ricochet:problem:${error.code.toLowerCase().replace(/_/g, "-")}`,
    title,
    status: error.status,
    code: error.code,
    detail: title,
    instance,
    ...(error.issues.length
      ? { errors: error.issues.map((issue) => ({ path: issue.path, message: issue.message[locale] })) }
      : {}),
  };
}

export function problem(c: Context, error: AppError, headers: Record<string, string> = {}): Response {
  const locale = (c.get("locale") as Locale | undefined) ?? "fr";
  return new Response(JSON.stringify(problemBody(error, locale, new URL(c.req.url).pathname)), {
    status: error.status,
    headers: {
      "content-type": "application/problem+json; charset=utf-8",
      "content-language": locale,
      ...headers,
    },
  });
}

export { AppError };
