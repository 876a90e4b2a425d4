import { AppError } from "@ricochet/domain";
import type { Hono } from "hono";
import { type AuthErrorBody, mapAuthError } from "../auth/auth-errors.ts";
import { type Auth, CLIENT_IP_HEADER } from "../auth/create-auth.ts";
import type { AppEnv } from "./app-env.ts";
import { problem } from "./problem.ts";

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * better-auth answers /api/auth/*. We give it the socket's address for rate limiting (a client
 * cannot forge it), and turn its errors into our problem+json, in the person's language.
 */
export function mountAuthRoutes(app: Hono<AppEnv>, auth: Auth) {
  app.on(["GET", "POST"], "/api/auth/*", async (c) => {
    const headers = new Headers(c.req.raw.headers);
    headers.delete(CLIENT_IP_HEADER);
    const address = (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress;
    if (address) headers.set(CLIENT_IP_HEADER, address);
    const request = new Request(c.req.raw, { headers });
    const response = await auth.handler(request);
    if (response.status < 400) return response;
    const body = (await response
      .clone()
      .json()
      .catch(() => ({}))) as AuthErrorBody;
    const error = mapAuthError(response.status, body);
    if (!error) return response;
    if (error.code === "RATE_LIMITED") {
      const retryAfter = Number(response.headers.get("x-retry-after") ?? 60);
      return problem(c, new AppError("RATE_LIMITED", { retryAfter }), { "retry-after": String(retryAfter) });
    }
    return problem(c, error);
  });
}
