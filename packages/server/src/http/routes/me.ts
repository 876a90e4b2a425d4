import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ZUpdateMe } from "@ricochet/domain";
import * as services from "../../services/index.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, jsonBody, serviceContext } from "../route-helpers.ts";
import { ZDirectoryEntry, ZMe } from "../schemas.ts";

export function registerMeRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/me",
      tags: ["Me"],
      security: cookieSecurity,
      summary: "The signed-in person and their organisations / moi",
      responses: {
        200: { description: "Me", content: { "application/json": { schema: ZMe } } },
        ...errorResponses(401),
      },
    }),
    async (c) => c.json(await services.getMe(serviceContext(c, deps)), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/me",
      tags: ["Me"],
      security: cookieSecurity,
      summary: "Edit my name or language / modifier mon profil",
      request: { body: jsonBody(ZUpdateMe) },
      responses: { 204: { description: "Saved" }, ...errorResponses(400, 401) },
    }),
    async (c) => {
      await services.updateMe(serviceContext(c, deps), c.req.valid("json"));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/directory",
      tags: ["Organisation tree"],
      security: cookieSecurity,
      summary: "Networks and support organisations one can ask to join / annuaire des réseaux",
      request: { query: z.object({ q: z.string().max(100).default("") }) },
      responses: {
        200: {
          description: "Matches",
          content: { "application/json": { schema: z.array(ZDirectoryEntry) } },
        },
        ...errorResponses(400, 401),
      },
    }),
    async (c) => c.json(await services.searchDirectory(serviceContext(c, deps), c.req.valid("query").q), 200),
  );
}
