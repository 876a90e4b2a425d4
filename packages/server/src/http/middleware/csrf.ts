import { AppError } from "@ricochet/domain";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env.ts";
import { problem } from "../problem.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cookie sessions need CSRF protection. A state-changing request is refused when the browser
 * says it comes from another site (Origin / Sec-Fetch-Site). Bodies must be JSON, which a
 * cross-site HTML form cannot send without a CORS preflight that we never grant.
 * Clients without a browser (CLI, scripts) send neither header and carry no ambient cookie.
 */
export function csrfMiddleware(trustedOrigins: string[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header("origin");
    const site = c.req.header("sec-fetch-site");
    if ((origin && !trustedOrigins.includes(origin)) || site === "cross-site" || site === "same-site") {
      return problem(c, new AppError("CSRF_REJECTED"));
    }
    const length = c.req.header("content-length");
    const hasBody =
      (length !== undefined && length !== "0") || c.req.header("transfer-encoding") !== undefined;
    const type = c.req.header("content-type") ?? "";
    if (hasBody && !/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
      return problem(c, new AppError("UNSUPPORTED_MEDIA_TYPE"));
    }
    return next();
  });
}
