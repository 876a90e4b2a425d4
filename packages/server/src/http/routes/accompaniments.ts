import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ZAccompanimentDecision, ZRequestAccompaniment } from "@ricochet/domain";
import * as services from "../../services/index.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, jsonBody, serviceContext } from "../route-helpers.ts";
import { ZAccompaniment, ZOrgIdParam } from "../schemas.ts";

const tags = ["Accompaniment"];
const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const ZAccompanimentParams = ZOrgIdParam.extend({
  accompanimentId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "accompanimentId", in: "path" } }),
});

export function registerAccompanimentRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/organisations/{orgId}/accompaniments",
      tags,
      security: cookieSecurity,
      summary: "A support organisation's cohort and requests, or who follows a structure / accompagnements",
      request: { params: ZOrgIdParam },
      responses: { 200: json(z.array(ZAccompaniment), "Accompaniments"), ...errorResponses(401, 404) },
    }),
    async (c) =>
      c.json(await services.listAccompaniments(serviceContext(c, deps), c.req.valid("param").orgId), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/organisations/{orgId}/accompaniments",
      tags,
      security: cookieSecurity,
      summary:
        "Ask a support organisation to follow this structure (gives consent) / demander un accompagnement",
      request: { params: ZOrgIdParam, body: jsonBody(ZRequestAccompaniment) },
      responses: { 201: json(ZAccompaniment, "Requested"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await services.requestAccompaniment(
          serviceContext(c, deps),
          c.req.valid("param").orgId,
          c.req.valid("json"),
        ),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/organisations/{orgId}/accompaniments/{accompanimentId}/decision",
      tags,
      security: cookieSecurity,
      summary: "Take a structure into a cohort, or decline / accepter dans une cohorte ou refuser",
      request: { params: ZAccompanimentParams, body: jsonBody(ZAccompanimentDecision) },
      responses: { 200: json(ZAccompaniment, "Decided"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { orgId, accompanimentId } = c.req.valid("param");
      return c.json(
        await services.decideAccompaniment(
          serviceContext(c, deps),
          orgId,
          accompanimentId,
          c.req.valid("json"),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/organisations/{orgId}/accompaniments/{accompanimentId}/end",
      tags,
      security: cookieSecurity,
      summary: "End an accompaniment or withdraw consent / mettre fin ou retirer son consentement",
      request: { params: ZAccompanimentParams },
      responses: { 200: json(ZAccompaniment, "Ended"), ...errorResponses(401, 403, 404, 409) },
    }),
    async (c) => {
      const { orgId, accompanimentId } = c.req.valid("param");
      return c.json(await services.endAccompaniment(serviceContext(c, deps), orgId, accompanimentId), 200);
    },
  );
}
