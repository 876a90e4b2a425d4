import type { RouteConfig } from "@hono/zod-openapi";
import { AppError } from "@ricochet/domain";
import type { Context } from "hono";
import type { ServiceContext } from "../services/context.ts";
import type { AppDeps, AppEnv } from "./app-env.ts";
import { ZProblem } from "./schemas.ts";

const problemContent = { "application/problem+json": { schema: ZProblem } };

/** The error answers every route may give, documented once. */
export function errorResponses(...statuses: number[]): RouteConfig["responses"] {
  const descriptions: Record<number, string> = {
    400: "Invalid input / données invalides",
    401: "Not signed in / non connecté",
    403: "Role too weak / rôle insuffisant",
    404: "Not found or not a member / introuvable ou non membre",
    409: "Conflict with the current state / conflit avec l'état actuel",
    410: "No longer valid / n'est plus valable",
  };
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: descriptions[status] ?? "Error", content: problemContent },
    ]),
  );
}

export const cookieSecurity = [{ cookieAuth: [] }];

/** A service context for the signed-in person; a route reached without a session answers 401. */
export function serviceContext(c: Context<AppEnv>, deps: AppDeps): ServiceContext {
  const actor = c.get("actor");
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return { db: deps.db, actor, publicUrl: deps.config.publicUrl };
}

export function jsonBody<T>(schema: T, description = "JSON body") {
  return { content: { "application/json": { schema } }, required: true, description } as const;
}
