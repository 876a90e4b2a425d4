/** One invalid field as the server describes it. */
export interface FieldError {
  path: string;
  message: string;
}

/** An RFC 9457 problem turned into an Error; `title` is already in the person's language. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];

  constructor(status: number, code: string, title: string, detail?: string, errors: FieldError[] = []) {
    super(title);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
  }

  /** The message for one field (by its path, e.g. "name" or "sectorTags.0"). */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((e) => e.path === field || e.path.startsWith(`${field}.`))?.message;
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** randomUUID needs a secure context; plain http on a LAN address has only getRandomValues. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join(
    "",
  );
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as {
    code?: string;
    title?: string;
    detail?: string;
    errors?: FieldError[];
    message?: string;
  } | null;
  return new ApiError(
    response.status,
    body?.code ?? `HTTP_${response.status}`,
    body?.title ?? body?.message ?? response.statusText ?? `HTTP ${response.status}`,
    body?.detail,
    Array.isArray(body?.errors) ? body.errors : [],
  );
}

/** Fetches JSON from the same origin with the session cookie; throws ApiError on failure. */
export async function request<T>(method: Method, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json, application/problem+json" };
  const init: RequestInit = { method, credentials: "same-origin", headers };
  if (method !== "GET") {
    // The server refuses mutations that are not JSON (CSRF protection), even without a body.
    headers["Content-Type"] = "application/json";
    // One key per submission: if the connection drops, the retry below is performed only once.
    headers["Idempotency-Key"] = newIdempotencyKey();
    init.body = JSON.stringify(body ?? {});
  }
  let response: Response | undefined;
  for (let attempt = 0; !response; attempt++) {
    try {
      response = await fetch(url, init);
    } catch {
      if (method === "GET" ? attempt >= 1 : attempt >= 2) throw new ApiError(0, "NETWORK_ERROR", "");
      await new Promise((resolve) => setTimeout(resolve, 500 * (attempt + 1)));
    }
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

const V1 = "/api/v1";

export const api = {
  get: <T>(path: string) => request<T>("GET", `${V1}${path}`),
  post: <T>(path: string, body?: unknown) => request<T>("POST", `${V1}${path}`, body),
  patch: <T>(path: string, body?: unknown) => request<T>("PATCH", `${V1}${path}`, body),
  put: <T>(path: string, body?: unknown) => request<T>("PUT", `${V1}${path}`, body),
  delete: <T>(path: string) => request<T>("DELETE", `${V1}${path}`),
};
