import { createMiddleware } from "hono/factory";
import type { Auth } from "../../auth/create-auth.ts";
import type { AppEnv } from "../app-env.ts";

/** Resolves the session cookie into an actor (or null) once per request. */
export function sessionMiddleware(auth: Auth) {
  return createMiddleware<AppEnv>(async (c, next) => {
    // No cookie, no session: respondents of public forms never cost a session lookup.
    if (!c.req.header("cookie") && !c.req.header("authorization")) {
      c.set("actor", null);
      return next();
    }
    const session = await auth.api.getSession({ headers: c.req.raw.headers });
    c.set(
      "actor",
      session
        ? { type: "user", userId: session.user.id, name: session.user.name, email: session.user.email }
        : null,
    );
    await next();
  });
}
