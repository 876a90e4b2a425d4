import type { PublicForm, SubmissionBody } from "./types.ts";

// The public API, as a respondent's device calls it. A bad connection is the normal case: every
// failure to reach the server (no network, a time-out, a 5xx) answers "network", never throws.

const base = (token: string) => `/api/v1/public/forms/${encodeURIComponent(token)}`;

export type FormResult = { kind: "ok"; form: PublicForm } | { kind: "not_found" } | { kind: "network" };

export interface FieldProblem {
  path: string;
  message: string;
}

export type SendResult =
  | { kind: "stored" }
  | { kind: "network" }
  /** Refused: its problems by answer; `message` when the refusal says more than its code. */
  | { kind: "invalid"; code: string; errors: FieldProblem[]; message?: string }
  | { kind: "closed" }
  | { kind: "not_found" }
  | { kind: "failed"; status: number };

async function request(url: string, init: RequestInit, timeoutMs: number): Promise<Response | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetch(url, { ...init, signal: controller.signal });
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

const headers = (language: string, body: boolean): Record<string, string> => ({
  Accept: "application/json",
  "Accept-Language": language,
  ...(body ? { "Content-Type": "application/json" } : {}),
});

export async function fetchForm(token: string, language: string): Promise<FormResult> {
  const response = await request(
    base(token),
    { headers: headers(language, false), cache: "no-store" },
    20_000,
  );
  if (!response) return { kind: "network" };
  if (response.status === 404) return { kind: "not_found" };
  if (!response.ok) return { kind: "network" };
  try {
    return { kind: "ok", form: (await response.json()) as PublicForm };
  } catch {
    return { kind: "network" };
  }
}

export async function postSubmission(
  token: string,
  body: SubmissionBody,
  language: string,
): Promise<SendResult> {
  if (!navigator.onLine) return { kind: "network" };
  const response = await request(
    `${base(token)}/submissions`,
    { method: "POST", headers: headers(language, true), body: JSON.stringify(body) },
    30_000,
  );
  if (!response || response.status >= 500 || response.status === 408 || response.status === 429)
    return { kind: "network" };
  if (response.status === 200 || response.status === 201) return { kind: "stored" };
  if (response.status === 404) return { kind: "not_found" };
  if (response.status === 409) return { kind: "closed" };
  const problem = (await response.json().catch(() => ({}))) as { code?: string; errors?: FieldProblem[] };
  if (response.status === 422)
    return {
      kind: "invalid",
      code: problem.code ?? "",
      errors: Array.isArray(problem.errors) ? problem.errors : [],
    };
  return { kind: "failed", status: response.status };
}

/** How far the respondent got, for the drop-out follow-up: fire and forget. */
export function postProgress(token: string, sessionKey: string, page: number, completed: boolean): void {
  if (!navigator.onLine) return;
  void request(
    `${base(token)}/progress`,
    {
      method: "POST",
      headers: headers("fr", true),
      body: JSON.stringify({ sessionKey, page: Math.max(0, page), completed }),
      keepalive: true,
    },
    15_000,
  );
}
