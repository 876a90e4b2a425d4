import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import * as services from "../../services/index.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, serviceContext } from "../route-helpers.ts";
import { ZAuditPage, ZOrgIdParam } from "../schemas.ts";

const ZAuditQuery = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/organisations/{orgId}/audit-events",
      tags: ["Audit"],
      security: cookieSecurity,
      summary: "Who changed what, newest first (owners and admins) / journal des modifications",
      request: { params: ZOrgIdParam, query: ZAuditQuery },
      responses: {
        200: { description: "A page of events", content: { "application/json": { schema: ZAuditPage } } },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) =>
      c.json(
        await services.listAuditEvents(
          serviceContext(c, deps),
          c.req.valid("param").orgId,
          c.req.valid("query"),
        ),
        200,
      ),
  );
}
